package org.fairpact.application;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the clause-sync executions of the whole cluster from JBatch's shared job repository.
 * Payara's {@code JobOperator} reads single executions, their steps and parameters from that
 * repository too, but it has no query across job instances by page, and {@code getJobInstances} is
 * filtered by the application tag; the tables are the one view every instance (and a standalone
 * runner writing the same tables) shares. Also keeps a running execution's heartbeat: JBatch itself
 * touches the execution row only when its status changes, so every committed chunk refreshes {@code
 * updatetime}, and an execution whose row has not moved for {@code fairpact.sync.stale-after} has
 * no instance left working on it.
 */
@Stateless
public class ClauseSyncExecutions {

  @Resource(lookup = "java:app/jdbc/fairpact")
  DataSource dataSource;

  @Inject Logger log;

  /** JBatch's table prefix, as {@link ClauseSyncs} reads it. */
  @Inject
  @ConfigProperty(name = "fairpact.sync.batch-table-prefix", defaultValue = "jbatch")
  String tablePrefix;

  /**
   * Executions newest first.
   *
   * @param limit at most this many
   * @param before only executions with a smaller id (the cursor of the previous page), if given
   */
  public List<ClauseSyncExecution> list(int limit, Optional<Long> before) {
    try (Connection connection = dataSource.getConnection()) {
      if (!repositoryExists(connection)) {
        return List.of();
      }
      String sql =
          select() + " WHERE i.name = ? AND e.jobexecid < ? ORDER BY e.jobexecid DESC LIMIT ?";
      List<ClauseSyncExecution> page = new ArrayList<>();
      try (PreparedStatement query = connection.prepareStatement(sql)) {
        query.setString(1, ClauseSyncs.JOB);
        query.setLong(2, before.orElse(Long.MAX_VALUE));
        query.setInt(3, limit);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            page.add(execution(rows, connection));
          }
        }
      }
      return page;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list clause-sync executions: " + e, e);
    }
  }

  public Optional<ClauseSyncExecution> find(long executionId) {
    try (Connection connection = dataSource.getConnection()) {
      if (!repositoryExists(connection)) {
        return Optional.empty();
      }
      try (PreparedStatement query =
          connection.prepareStatement(select() + " WHERE i.name = ? AND e.jobexecid = ?")) {
        query.setString(1, ClauseSyncs.JOB);
        query.setLong(2, executionId);
        try (ResultSet rows = query.executeQuery()) {
          return rows.next() ? Optional.of(execution(rows, connection)) : Optional.empty();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read clause-sync execution " + executionId, e);
    }
  }

  /**
   * Executions STARTING or STARTED (not yet asked to stop), whether their instance is alive or not,
   * oldest first.
   */
  public List<Long> running() {
    return ids("e.batchstatus IN ('STARTING', 'STARTED')", null);
  }

  /**
   * Unfinished executions whose row has not moved since {@code cutoff} (a local date-time of the
   * server's zone, as JBatch writes them), oldest first.
   */
  public List<Long> unfinishedSince(LocalDateTime cutoff) {
    return ids(
        "e.batchstatus IN ('STARTING', 'STARTED', 'STOPPING')"
            + " AND coalesce(e.updatetime, e.createtime) < ?",
        cutoff);
  }

  private List<Long> ids(String condition, LocalDateTime time) {
    try (Connection connection = dataSource.getConnection()) {
      if (!repositoryExists(connection)) {
        return List.of();
      }
      String sql =
          "SELECT e.jobexecid FROM "
              + tablePrefix
              + "executioninstancedata e JOIN "
              + tablePrefix
              + "jobinstancedata i ON i.jobinstanceid = e.jobinstanceid"
              + " WHERE i.name = ? AND "
              + condition
              + " ORDER BY e.jobexecid";
      try (PreparedStatement query = connection.prepareStatement(sql)) {
        query.setString(1, ClauseSyncs.JOB);
        if (time != null) {
          query.setObject(2, time, Types.TIMESTAMP);
        }
        List<Long> ids = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getLong(1));
          }
        }
        return ids;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot look for clause-sync executions: " + e, e);
    }
  }

  /**
   * Records that the execution is alive (its instance committed a chunk just now). Outside the
   * chunk's transaction, so the heartbeat never waits for, or rolls back with, the chunk; a failure
   * is logged, never thrown into the chunk.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void heartbeat(long executionId) {
    String sql =
        "UPDATE "
            + tablePrefix
            + "executioninstancedata SET updatetime = ? WHERE jobexecid = ?"
            + " AND batchstatus IN ('STARTING', 'STARTED')";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(sql)) {
      update.setObject(1, LocalDateTime.now(), Types.TIMESTAMP);
      update.setLong(2, executionId);
      update.executeUpdate();
    } catch (SQLException e) {
      // a missed heartbeat only brings the reaper closer; it must never fail the chunk
      log.log(Level.WARNING, e, () -> "clause-sync execution " + executionId + ": no heartbeat");
    }
  }

  /**
   * Takes an unfinished execution out of the running statuses when its row still has not moved
   * since {@code cutoff}, so that JBatch's own {@code abandon} (which refuses STARTING and STARTED)
   * may then mark it ABANDONED in both its execution row and its job status. Its unfinished steps
   * are marked ABANDONED at once.
   *
   * @return whether this call took it (false: it moved meanwhile, or another reaper took it)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean releaseDead(long executionId, LocalDateTime cutoff) {
    String execution =
        "UPDATE "
            + tablePrefix
            + "executioninstancedata SET batchstatus = 'FAILED', updatetime = ?"
            + " WHERE jobexecid = ? AND batchstatus IN ('STARTING', 'STARTED', 'STOPPING')"
            + " AND coalesce(updatetime, createtime) < ?";
    String steps =
        "UPDATE "
            + tablePrefix
            + "stepexecutioninstancedata SET batchstatus = 'ABANDONED', endtime = ?"
            + " WHERE jobexecid = ? AND batchstatus IN ('STARTING', 'STARTED', 'STOPPING')";
    LocalDateTime now = LocalDateTime.now();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement update = connection.prepareStatement(execution)) {
        update.setObject(1, now, Types.TIMESTAMP);
        update.setLong(2, executionId);
        update.setObject(3, cutoff, Types.TIMESTAMP);
        if (update.executeUpdate() == 0) {
          return false;
        }
      }
      try (PreparedStatement update = connection.prepareStatement(steps)) {
        update.setObject(1, now, Types.TIMESTAMP);
        update.setLong(2, executionId);
        update.executeUpdate();
      }
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot release clause-sync execution " + executionId, e);
    }
  }

  private String select() {
    return "SELECT e.jobexecid, e.jobinstanceid, e.batchstatus, e.exitstatus, e.createtime,"
        + " e.starttime, e.endtime, e.updatetime FROM "
        + tablePrefix
        + "executioninstancedata e JOIN "
        + tablePrefix
        + "jobinstancedata i ON i.jobinstanceid = e.jobinstanceid";
  }

  private ClauseSyncExecution execution(ResultSet row, Connection connection) throws SQLException {
    long id = row.getLong("jobexecid");
    return new ClauseSyncExecution(
        id,
        row.getLong("jobinstanceid"),
        row.getString("batchstatus"),
        Optional.ofNullable(row.getString("exitstatus")),
        source(id),
        time(row, "createtime"),
        time(row, "starttime"),
        time(row, "endtime"),
        time(row, "updatetime"),
        steps(id, connection));
  }

  private List<ClauseSyncExecution.Step> steps(long executionId, Connection connection)
      throws SQLException {
    String sql =
        "SELECT stepexecid, stepname, batchstatus, exitstatus, starttime, endtime, readcount,"
            + " writecount, filtercount, commitcount, rollbackcount, readskipcount,"
            + " processskipcount, writeskipcount FROM "
            + tablePrefix
            + "stepexecutioninstancedata WHERE jobexecid = ? ORDER BY stepexecid";
    List<ClauseSyncExecution.Step> steps = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setLong(1, executionId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          steps.add(
              new ClauseSyncExecution.Step(
                  rows.getLong("stepexecid"),
                  rows.getString("stepname"),
                  rows.getString("batchstatus"),
                  Optional.ofNullable(rows.getString("exitstatus")),
                  time(rows, "starttime"),
                  time(rows, "endtime"),
                  rows.getLong("readcount"),
                  rows.getLong("writecount"),
                  rows.getLong("filtercount"),
                  rows.getLong("commitcount"),
                  rows.getLong("rollbackcount"),
                  rows.getLong("readskipcount"),
                  rows.getLong("processskipcount"),
                  rows.getLong("writeskipcount")));
        }
      }
    }
    return steps;
  }

  /**
   * The execution's {@code source} parameter, quoted as logs quote it, through JBatch's own API
   * (which reads the persisted parameters, whichever instance started the execution).
   */
  private static String source(long executionId) {
    try {
      Properties parameters = BatchRuntime.getJobOperator().getParameters(executionId);
      return SourceAllowList.quote(parameters == null ? null : parameters.getProperty("source"));
    } catch (RuntimeException unreadable) {
      return "(unreadable)";
    }
  }

  private static Optional<LocalDateTime> time(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getObject(column, LocalDateTime.class));
  }

  private boolean repositoryExists(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?)")) {
      query.setString(1, tablePrefix + "executioninstancedata");
      try (ResultSet row = query.executeQuery()) {
        return row.next() && row.getString(1) != null;
      }
    }
  }
}
