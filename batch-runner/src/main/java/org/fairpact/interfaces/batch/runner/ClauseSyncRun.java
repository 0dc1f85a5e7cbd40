package org.fairpact.interfaces.batch.runner;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.inject.Instance;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.fairpact.application.ClauseSyncSources;
import org.fairpact.application.RunningClauseSyncs;
import org.fairpact.application.RunningClauseSyncs.RunningSync;
import org.fairpact.application.SourceNotAllowedException;
import org.fairpact.domain.model.scheduling.Schedule;
import org.jberet.runtime.JobExecutionImpl;
import org.jberet.spi.JobOperatorContext;

/**
 * One run of the clause-sync job: refuses a source outside the allow-list, then, under the same
 * advisory lock as the server's {@code ClauseSyncs}, refuses while an execution runs in a server or
 * another runner, else starts the job (JBeret commits the new execution row before the lock is
 * released, so a server or runner starting meanwhile sees it), waits for it to end and prints what
 * it did. Executions of runners killed mid-job (no heartbeat for {@code fairpact.sync.stale-after})
 * are marked ABANDONED first, under the same lock.
 *
 * <p>Settings (MicroProfile Config: system properties, then the environment): {@code
 * fairpact.sync.runner-table-prefix} (default {@code jberet_}), {@code
 * fairpact.sync.batch-table-prefix} (the server's, default {@code jbatch}), {@code
 * fairpact.sync.stale-after} (default 15m: an execution not updated for longer is taken for dead).
 */
final class ClauseSyncRun {

  static final String JOB = "clause-sync";

  private final Instance<Object> beans;
  private final PrintStream out;
  private final PrintStream err;
  private final Config config = ConfigProvider.getConfig();

  ClauseSyncRun(Instance<Object> beans, PrintStream out, PrintStream err) {
    this.beans = beans;
    this.out = out;
    this.err = err;
  }

  ExitCode run(Optional<String> source) {
    try {
      beans.select(ClauseSyncSources.class).get().check(source.orElse(null));
    } catch (SourceNotAllowedException e) {
      err.println("batch-runner: refused: " + e.getMessage());
      return ExitCode.SOURCE_NOT_ALLOWED;
    }
    DataSource dataSource = beans.select(DataSource.class).get();
    String runnerPrefix =
        setting("fairpact.sync.runner-table-prefix", RunningClauseSyncs.DEFAULT_RUNNER_PREFIX);
    RunningClauseSyncs syncs =
        new RunningClauseSyncs(
            setting("fairpact.sync.batch-table-prefix", RunningClauseSyncs.DEFAULT_SERVER_PREFIX),
            runnerPrefix,
            Schedule.duration(setting("fairpact.sync.stale-after", "15m")));
    // the job repository creates its tables now, before the lock, as the server's does
    JobOperatorContext context =
        JobOperatorContext.create(new RunnerBatchEnvironment(dataSource, runnerPrefix));
    JobOperatorContext.setJobOperatorContextSelector(() -> context);
    JobOperator operator = BatchRuntime.getJobOperator();

    Properties parameters = new Properties();
    source.ifPresent(s -> parameters.setProperty("source", s));
    long executionId;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      RunningClauseSyncs.lock(connection);
      for (long dead : syncs.abandonDeadRunnerExecutions(connection)) {
        out.println(
            "clause-sync execution "
                + dead
                + " of a runner that stopped without ending (no heartbeat for "
                + setting("fairpact.sync.stale-after", "15m")
                + "): marked ABANDONED");
      }
      Optional<RunningSync> running = syncs.find(connection, serverExecution -> false);
      if (running.isPresent()) {
        connection.rollback();
        err.println(
            "batch-runner: refused: clause-sync "
                + running.get()
                + " is still running; nothing started");
        return ExitCode.SYNC_RUNNING;
      }
      executionId = operator.start(JOB, parameters);
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot start the clause sync: " + e.getMessage(), e);
    }
    out.println(
        "clause-sync execution "
            + executionId
            + " started (source: "
            + source.orElse("bundled")
            + ")");

    JobExecutionImpl execution = (JobExecutionImpl) operator.getJobExecution(executionId);
    try {
      execution.awaitTermination(0, TimeUnit.SECONDS); // no timeout: cron/CronJob bound the run
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("batch-runner: interrupted while clause-sync execution " + executionId + " ran");
      return ExitCode.ERROR;
    }
    BatchStatus status = execution.getBatchStatus();
    new RunReport(operator, dataSource).print(execution, out);
    return ExitCode.of(status);
  }

  private String setting(String name, String defaultValue) {
    return config.getOptionalValue(name, String.class).orElse(defaultValue);
  }
}
