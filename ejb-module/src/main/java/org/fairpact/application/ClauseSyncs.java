package org.fairpact.application;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.domain.model.scheduling.Schedule;

/**
 * Starts the clause-sync batch job, for an admin or for the schedule, but never while another sync
 * runs anywhere in the cluster (the job repository is shared): two syncs at once would overwrite
 * each other's "seen" marks and deactivate entries wrongly. An execution that has not been updated
 * for {@code fairpact.sync.stale-after} is taken for dead (its instance crashed) and ignored.
 *
 * <p>No transaction: JBatch must have committed the new execution before its thread reads it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClauseSyncs {

  public static final String JOB = "clause-sync";

  @Inject
  @ConfigProperty(name = "fairpact.sync.stale-after", defaultValue = "15m")
  String staleAfter;

  /**
   * Starts a sync of the source (empty: the bundled snapshot).
   *
   * @return the job execution id
   * @throws ClauseSyncRunningException if a sync is running
   */
  public long start(Optional<String> source) {
    JobOperator operator = BatchRuntime.getJobOperator();
    Optional<Long> running = running(operator);
    if (running.isPresent()) {
      throw new ClauseSyncRunningException(running.get());
    }
    Properties parameters = new Properties();
    source.filter(s -> !s.isBlank()).ifPresent(s -> parameters.setProperty("source", s.strip()));
    return operator.start(JOB, parameters);
  }

  /** The execution of a sync that is running now, if any. */
  public Optional<Long> running() {
    return running(BatchRuntime.getJobOperator());
  }

  private Optional<Long> running(JobOperator operator) {
    Instant liveSince = Instant.now().minus(Schedule.duration(staleAfter));
    try {
      for (Long id : operator.getRunningExecutions(JOB)) {
        JobExecution execution = operator.getJobExecution(id);
        Date touched =
            execution.getLastUpdatedTime() != null
                ? execution.getLastUpdatedTime()
                : execution.getCreateTime();
        if (touched == null || touched.toInstant().isAfter(liveSince)) {
          return Optional.of(id);
        }
      }
      return Optional.empty();
    } catch (NoSuchJobException never) {
      return Optional.empty();
    }
  }

  /** A sync is already running. */
  @ApplicationException
  public static class ClauseSyncRunningException extends RuntimeException {

    private final long executionId;

    public ClauseSyncRunningException(long executionId) {
      super("clause-sync execution " + executionId + " is still running");
      this.executionId = executionId;
    }

    public long executionId() {
      return executionId;
    }
  }
}
