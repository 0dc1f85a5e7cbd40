package org.fairpact.interfaces.batch;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fairpact.application.ClauseSyncStore;

/**
 * Refreshes the execution's row in the job repository after every chunk, the proof that some
 * instance still works on it (the reaper abandons executions without one).
 */
@Dependent
@Named("clauseSyncHeartbeat")
public class ClauseSyncHeartbeat extends AbstractChunkListener {

  @Inject JobContext job;
  @Inject ClauseSyncStore store;

  @Override
  public void afterChunk() {
    store.heartbeat(job.getExecutionId());
  }
}
