package org.fairpact.interfaces.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fairpact.application.ClauseSyncStore;

/**
 * Deactivates entries this sync did not see. Guard: if this sync saw less than half of the active
 * register, it is more likely truncated than shrunk, so nothing is deactivated and the step fails
 * with that reason. The exit status carries the number deactivated.
 */
@Dependent
@Named("deactivateUnseenEntries")
public class DeactivateUnseenEntries extends AbstractBatchlet {

  @Inject JobContext job;
  @Inject ClauseSyncStore store;

  @Override
  public String process() {
    long read = store.countSeenBy(job.getInstanceId());
    long active = store.countActive();
    if (read * 2 < active) {
      throw new IllegalStateException(
          "source lists "
              + read
              + " entries but "
              + active
              + " are active: refusing to deactivate");
    }
    return String.valueOf(store.deactivateUnseen(job.getInstanceId()));
  }
}
