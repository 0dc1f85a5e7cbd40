package org.fairpact.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * Finds a clause-sync execution running anywhere: in a server (Payara's JBatch job repository,
 * table prefix {@code fairpact.sync.batch-table-prefix}, default {@code jbatch}) or in a standalone
 * batch runner (JBeret's JDBC job repository, prefix {@code fairpact.sync.runner-table-prefix},
 * default {@code jberet_}); both live in the application's database. Whoever starts a sync checks
 * here under {@link #LOCK} (a transaction-scoped advisory lock) and commits its new execution row
 * before the lock is released, so of two starts at once the second sees the first.
 *
 * <p>An execution whose row was not updated for {@code staleAfter} is taken for dead (its JVM
 * crashed or was killed mid-job) and ignored: both runtimes refresh the row after every chunk (the
 * heartbeat), so the setting must exceed the longest chunk. A repository whose tables do not exist
 * yet has never run a sync. The server's reaper marks dead server executions ABANDONED; a runner
 * marks dead runner executions so with {@link #abandonDeadRunnerExecutions} before it starts.
 */
public final class RunningClauseSyncs {

  /** Serialises sync starts across servers and runners. */
  public static final String LOCK =
      "SELECT pg_advisory_xact_lock(hashtext('fairpact:clause-sync'))";

  public static final String DEFAULT_SERVER_PREFIX = "jbatch";
  public static final String DEFAULT_RUNNER_PREFIX = "jberet_";

  private final String serverPrefix;
  private final String runnerPrefix;
  private final Duration staleAfter;

  public RunningClauseSyncs(String serverPrefix, String runnerPrefix, Duration staleAfter) {
    this.serverPrefix = identifier(serverPrefix);
    this.runnerPrefix = identifier(runnerPrefix);
    this.staleAfter = staleAfter;
  }

  /** Takes the start lock in the connection's current transaction (waits at most 30 s). */
  public static void lock(Connection connection) throws SQLException {
    try (Statement lock = connection.createStatement()) {
      lock.execute("SET LOCAL lock_timeout = '30s'");
      lock.execute(LOCK);
    }
  }

  /**
   * The running execution, if any.
   *
   * @param endedInServer whether this JVM's batch runtime already knows a server execution ended
   *     (JBatch marks it a moment before it commits the final row)
   */
  public Optional<RunningSync> find(Connection connection, LongPredicate endedInServer)
      throws SQLException {
    Optional<RunningSync> server = inServer(connection, endedInServer);
    return server.isPresent() ? server : inRunner(connection);
  }

  /**
   * Marks the runner executions (and their unfinished steps) ABANDONED that are still STARTING,
   * STARTED or STOPPING although their row was not updated for {@code staleAfter}: a runner killed
   * mid-job leaves them so, and JBeret in another JVM never ends them.
   *
   * @return the execution ids marked
   */
  public List<Long> abandonDeadRunnerExecutions(Connection connection) throws SQLException {
    if (!exists(connection, runnerPrefix + "job_execution")) {
      return List.of();
    }
    List<Long> abandoned = new ArrayList<>();
    String executions =
        "UPDATE "
            + runnerPrefix
            + "job_execution e SET batchstatus = 'ABANDONED', exitstatus = 'ABANDONED',"
            + " endtime = ?, lastupdatedtime = ? FROM "
            + runnerPrefix
            + "job_instance i WHERE i.jobinstanceid = e.jobinstanceid AND i.jobname = ?"
            + " AND e.batchstatus IN ('STARTING', 'STARTED', 'STOPPING')"
            + " AND coalesce(e.lastupdatedtime, e.starttime, e.createtime) <= ?"
            + " RETURNING e.jobexecutionid";
    OffsetDateTime now = OffsetDateTime.now();
    try (PreparedStatement update = connection.prepareStatement(executions)) {
      update.setObject(1, now);
      update.setObject(2, now);
      update.setString(3, ClauseSyncs.JOB);
      update.setObject(4, now.minus(staleAfter));
      try (ResultSet rows = update.executeQuery()) {
        while (rows.next()) {
          abandoned.add(rows.getLong(1));
        }
      }
    }
    String steps =
        "UPDATE "
            + runnerPrefix
            + "step_execution SET batchstatus = 'ABANDONED', endtime = ? WHERE jobexecutionid = ?"
            + " AND batchstatus IN ('STARTING', 'STARTED', 'STOPPING')";
    for (long execution : abandoned) {
      try (PreparedStatement update = connection.prepareStatement(steps)) {
        update.setObject(1, now);
        update.setLong(2, execution);
        update.executeUpdate();
      }
    }
    return abandoned;
  }

  private Optional<RunningSync> inServer(Connection connection, LongPredicate ended)
      throws SQLException {
    if (!exists(connection, serverPrefix + "executioninstancedata")) {
      return Optional.empty();
    }
    String sql =
        "SELECT e.jobexecid FROM "
            + serverPrefix
            + "executioninstancedata e JOIN "
            + serverPrefix
            + "jobinstancedata i ON i.jobinstanceid = e.jobinstanceid"
            + " WHERE i.name = ? AND e.batchstatus IN ('STARTING', 'STARTED', 'STOPPING')"
            + " AND coalesce(e.updatetime, e.createtime) > ? ORDER BY e.jobexecid DESC";
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, ClauseSyncs.JOB);
      // JBatch writes its timestamps as local date-times of the server's zone
      query.setObject(2, LocalDateTime.now().minus(staleAfter), Types.TIMESTAMP);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long id = rows.getLong(1);
          if (!ended.test(id)) {
            return Optional.of(new RunningSync(RunningSync.SERVER, id));
          }
        }
        return Optional.empty();
      }
    }
  }

  private Optional<RunningSync> inRunner(Connection connection) throws SQLException {
    if (!exists(connection, runnerPrefix + "job_execution")) {
      return Optional.empty();
    }
    String sql =
        "SELECT e.jobexecutionid FROM "
            + runnerPrefix
            + "job_execution e JOIN "
            + runnerPrefix
            + "job_instance i ON i.jobinstanceid = e.jobinstanceid"
            + " WHERE i.jobname = ? AND e.batchstatus IN ('STARTING', 'STARTED', 'STOPPING')"
            + " AND coalesce(e.lastupdatedtime, e.starttime, e.createtime) > ?"
            + " ORDER BY e.jobexecutionid DESC LIMIT 1";
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, ClauseSyncs.JOB);
      query.setObject(2, OffsetDateTime.now().minus(staleAfter));
      try (ResultSet rows = query.executeQuery()) {
        return rows.next()
            ? Optional.of(new RunningSync(RunningSync.RUNNER, rows.getLong(1)))
            : Optional.empty();
      }
    }
  }

  private static boolean exists(Connection connection, String table) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?)")) {
      query.setString(1, table);
      try (ResultSet row = query.executeQuery()) {
        return row.next() && row.getString(1) != null;
      }
    }
  }

  private static String identifier(String prefix) {
    if (!prefix.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("not a table prefix: " + prefix);
    }
    return prefix.toLowerCase(java.util.Locale.ROOT);
  }

  /** A running execution and the runtime that runs it ({@link #SERVER} or {@link #RUNNER}). */
  public record RunningSync(String runtime, long executionId) {
    public static final String SERVER = "server";
    public static final String RUNNER = "batch-runner";

    @Override
    public String toString() {
      return runtime + " execution " + executionId;
    }
  }
}
