package org.fairpact.interfaces.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.fairpact.application.ClauseSyncStore;
import org.fairpact.application.RegisterSynced;

/**
 * Records each sync run as a system_event with its counts and tells the matching indexes to
 * refresh. Counts of added and updated entries come from the database (marked with the job instance
 * id), so they stay right across restarts.
 */
@Dependent
@Named("clauseSyncJobListener")
public class ClauseSyncJobListener extends AbstractJobListener {

  @Inject JobContext job;
  @Inject ClauseSyncStore store;
  @Inject Event<RegisterSynced> synced;
  @Inject Logger log;

  @Inject
  @BatchProperty(name = "source")
  String source;

  @Override
  public void afterJob() {
    long instance = job.getInstanceId();
    SyncCounts counts = countsOf(instance);
    String details =
        counts.toJson(
            job.getExecutionId(),
            instance,
            String.valueOf(job.getBatchStatus()),
            job.getExitStatus());
    store.recordSyncFinished(job.getExecutionId(), details);
    log.info(() -> "clause-sync execution " + job.getExecutionId() + " finished: " + details);
    synced.fire(
        new RegisterSynced(
            job.getExecutionId(), counts.added(), counts.updated(), counts.deactivated()));
  }

  private SyncCounts countsOf(long instance) {
    long read = 0;
    long skipped = 0;
    long deactivated = 0;
    for (StepExecution step :
        BatchRuntime.getJobOperator().getStepExecutions(job.getExecutionId())) {
      if ("upsert".equals(step.getStepName())) {
        read += metric(step, Metric.MetricType.READ_COUNT);
        skipped +=
            metric(step, Metric.MetricType.READ_SKIP_COUNT)
                + metric(step, Metric.MetricType.PROCESS_SKIP_COUNT)
                + metric(step, Metric.MetricType.WRITE_SKIP_COUNT);
      } else if ("deactivate".equals(step.getStepName())) {
        deactivated += parse(step.getExitStatus());
      }
    }
    long added = store.countAddedBy(instance);
    long updated = store.countChangedBy(instance) - deactivated;
    long unchanged = Math.max(0, read - skipped - added - updated);
    return new SyncCounts(
        RegisterSource.describe(source), read, added, updated, unchanged, deactivated, skipped);
  }

  private static long metric(StepExecution step, Metric.MetricType type) {
    for (Metric metric : step.getMetrics()) {
      if (metric.getType() == type) {
        return metric.getValue();
      }
    }
    return 0;
  }

  private static long parse(String exitStatus) {
    try {
      return exitStatus == null ? 0 : Long.parseLong(exitStatus);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
