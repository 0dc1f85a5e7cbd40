package org.fairpact.application;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.application.RunningClauseSyncs.RunningSync;
import org.fairpact.domain.model.event.SystemEvent;
import org.fairpact.domain.model.scheduling.Schedule;

/**
 * Starts the clause-sync batch job, for an admin or for the schedule, but never while another sync
 * runs anywhere in the cluster or in a standalone batch runner ({@link RunningClauseSyncs}): two
 * syncs at once overwrite each other's "seen" marks, and one of them fails or deactivates wrongly.
 * JBatch's own {@code JobOperator.getRunningExecutions} only knows the executions of its own JVM,
 * so the check reads the shared job repository (same PostgreSQL database and pool), and
 * check-and-start runs under a transaction-scoped advisory lock: of two instances starting at once,
 * the second sees the first's execution. JBatch suspends the caller's transaction while it starts a
 * job, so the new execution is committed before the lock is released. An execution not updated for
 * {@code fairpact.sync.stale-after} (default 15 min) is taken for dead (its instance crashed
 * mid-job) and ignored; JBatch touches that row only when the status changes, so the setting must
 * exceed the longest sync.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class ClauseSyncs {

  public static final String JOB = "clause-sync";

  @Resource(lookup = "java:app/jdbc/fairpact")
  DataSource dataSource;

  @Resource UserTransaction transaction;

  @Inject ClauseSyncSources sources;

  @Inject SystemEvents events;

  @Inject
  @ConfigProperty(name = "fairpact.sync.stale-after", defaultValue = "15m")
  String staleAfter;

  /** JBatch's table prefix (Payara's {@code set-batch-runtime-configuration --tablePrefix}). */
  @Inject
  @ConfigProperty(name = "fairpact.sync.batch-table-prefix", defaultValue = "jbatch")
  String tablePrefix;

  /** The standalone batch runner's JBeret table prefix: its running executions count too. */
  @Inject
  @ConfigProperty(
      name = "fairpact.sync.runner-table-prefix",
      defaultValue = RunningClauseSyncs.DEFAULT_RUNNER_PREFIX)
  String runnerTablePrefix;

  /**
   * Starts a sync of the source (empty: the bundled snapshot).
   *
   * @return the job execution id
   * @throws SourceNotAllowedException if the source is outside the allow-list (nothing started)
   * @throws ClauseSyncRunningException if a sync is running
   */
  public long start(Optional<String> source) {
    sources.check(source.orElse(null));
    // outside any transaction: on its first use JBatch creates its tables, and they must commit
    JobOperator operator = BatchRuntime.getJobOperator();
    Properties parameters = new Properties();
    source.filter(s -> !s.isBlank()).ifPresent(s -> parameters.setProperty("source", s.strip()));
    try {
      transaction.begin();
      try (Connection connection = dataSource.getConnection()) {
        RunningClauseSyncs.lock(connection);
        Optional<Long> running = running(connection);
        if (running.isPresent()) {
          throw new ClauseSyncRunningException(running.get());
        }
      }
      long executionId = operator.start(JOB, parameters);
      transaction.commit();
      return executionId;
    } catch (SQLException
        | NotSupportedException
        | SystemException
        | RollbackException
        | HeuristicMixedException
        | HeuristicRollbackException e) {
      rollback();
      throw new IllegalStateException("cannot start the clause sync: " + e, e);
    } catch (RuntimeException e) {
      rollback();
      throw e;
    }
  }

  /**
   * Restarts a STOPPED or FAILED execution from its last checkpoint with the parameters it was
   * started with (JBatch gives a restart only the parameters passed to it), under the same lock and
   * check as {@link #start}: refused while a sync runs anywhere in the cluster.
   *
   * @param by who asked (recorded in the new execution's {@code CLAUSE_SYNC_RESTARTED} event)
   * @return the new execution's id
   * @throws ClauseSyncRunningException if a sync is running
   * @throws ClauseSyncNotRestartableException if the execution is not the latest of its job
   *     instance or is not STOPPED or FAILED
   */
  public long restart(long executionId, String by) {
    JobOperator operator = BatchRuntime.getJobOperator();
    try {
      transaction.begin();
      try (Connection connection = dataSource.getConnection()) {
        RunningClauseSyncs.lock(connection);
        Optional<Long> running = running(connection);
        if (running.isPresent()) {
          throw new ClauseSyncRunningException(running.get());
        }
      }
      BatchStatus status = operator.getJobExecution(executionId).getBatchStatus();
      if (status != BatchStatus.STOPPED && status != BatchStatus.FAILED) {
        throw new ClauseSyncNotRestartableException(
            "clause-sync execution " + executionId + " is " + status + ", not STOPPED or FAILED");
      }
      long restarted;
      try {
        restarted = operator.restart(executionId, operator.getParameters(executionId));
      } catch (jakarta.batch.operations.JobExecutionNotMostRecentException
          | jakarta.batch.operations.JobExecutionAlreadyCompleteException
          | jakarta.batch.operations.JobRestartException refused) {
        throw new ClauseSyncNotRestartableException(
            "clause-sync execution "
                + executionId
                + " cannot be restarted: "
                + refused.getMessage());
      }
      transaction.commit();
      events.record(
          SystemEvent.CLAUSE_SYNC_RESTARTED,
          String.valueOf(restarted),
          Json.createObjectBuilder()
              .add("executionId", restarted)
              .add("restartOf", executionId)
              .add("by", by)
              .build()
              .toString());
      return restarted;
    } catch (SQLException
        | NotSupportedException
        | SystemException
        | RollbackException
        | HeuristicMixedException
        | HeuristicRollbackException e) {
      rollback();
      throw new IllegalStateException("cannot restart the clause sync: " + e, e);
    } catch (RuntimeException e) {
      rollback();
      throw e;
    }
  }

  /** The execution of a sync that is running now anywhere in the cluster, if any. */
  public Optional<Long> running() {
    try (Connection connection = dataSource.getConnection()) {
      return running(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot check for a running clause sync: " + e, e);
    }
  }

  private Optional<Long> running(Connection connection) throws SQLException {
    RunningClauseSyncs syncs =
        new RunningClauseSyncs(tablePrefix, runnerTablePrefix, Schedule.duration(staleAfter));
    return syncs.find(connection, ClauseSyncs::endedHere).map(RunningSync::executionId);
  }

  /**
   * Whether JBatch in this JVM already reports the execution ended: its job thread marks it so a
   * moment before it commits the final status row, and the API answers from the former.
   */
  private static boolean endedHere(long executionId) {
    try {
      BatchStatus status =
          BatchRuntime.getJobOperator().getJobExecution(executionId).getBatchStatus();
      return status != BatchStatus.STARTING
          && status != BatchStatus.STARTED
          && status != BatchStatus.STOPPING;
    } catch (RuntimeException unknown) {
      return false;
    }
  }

  private void rollback() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (SystemException | IllegalStateException e) {
      // nothing left to undo
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

  /** The execution cannot be restarted (completed, abandoned, running, or not the latest). */
  @ApplicationException
  public static class ClauseSyncNotRestartableException extends RuntimeException {

    public ClauseSyncNotRestartableException(String message) {
      super(message);
    }
  }
}
