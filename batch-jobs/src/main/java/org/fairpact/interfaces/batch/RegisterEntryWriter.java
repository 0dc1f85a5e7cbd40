package org.fairpact.interfaces.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.application.ClauseSyncStore;

/** Upserts a chunk of entries in the chunk's transaction, marking them seen by this sync. */
@Dependent
@Named("registerEntryWriter")
public class RegisterEntryWriter extends AbstractItemWriter {

  @Inject JobContext job;
  @Inject ClauseSyncStore store;

  @Override
  public void writeItems(List<Object> items) {
    List<RegisterEntry> entries = items.stream().map(RegisterEntry.class::cast).toList();
    store.upsert(entries, job.getInstanceId());
  }
}
