package org.fairpact.infrastructure.persistence.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.analysis.register.ClauseText;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.application.ClauseSyncStore;
import org.fairpact.application.RunningClauseSyncs;
import org.fairpact.domain.model.event.SystemEvent;

/**
 * The clause sync's store in the standalone batch runner: plain JDBC over the server's tables
 * ({@code register_entry}, {@code system_event}), with the semantics of the server's {@code
 * RegisterCatalogue} and {@code RegisterClause} (same hash, same sync marks, same deactivation
 * rule), so both leave the same register from the same source.
 *
 * <p><b>Transactions.</b> JBeret SE's transaction manager ({@code LocalTransactionManager}) only
 * records a status; it enlists no resource. Each method here is therefore its own JDBC transaction:
 * an upsert writes its whole chunk and commits before the writer returns, and JBeret then stores
 * the chunk's checkpoint in its job repository, in another transaction. A runner that dies between
 * the two re-reads that chunk on restart and upserts it again, which is harmless: the hashes are
 * already equal, so the second upsert only marks the entries seen by the same sync again, and the
 * counts, read back from the marks, do not change. A failed upsert rolls back and leaves nothing of
 * its chunk.
 *
 * <p><b>Sync marks.</b> The runner's job instance ids come from JBeret's own sequence and would
 * collide with the server's JBatch ids, which the same columns hold; a mark equal to an older
 * sync's would make that sync's entries look seen by this one (and never deactivated). The runner
 * therefore stores its instance ids negated: server syncs mark positive ids, runner syncs negative
 * ones. Its events reference {@code batch-runner:<execution id>} for the same reason.
 */
@ApplicationScoped
public class JdbcClauseSyncStore implements ClauseSyncStore {

  /** The reference of a runner execution's system event. */
  public static final String EVENT_REFERENCE_PREFIX = "batch-runner:";

  private static final String FIND =
      "SELECT content_hash, active FROM register_entry" + " WHERE register_number = ? FOR UPDATE";
  private static final String INSERT =
      "INSERT INTO register_entry (register_number, judgment_date, case_signature, court,"
          + " claimant, defendants, clause_text, entry_date, remarks, sector, content_hash,"
          + " active, newly_added, first_seen_instance, changed_instance, seen_instance,"
          + " first_seen_at, updated_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, true, ?, ?, ?, ?, ?)";
  private static final String MARK_SEEN =
      "UPDATE register_entry SET seen_instance = ? WHERE register_number = ?";
  private static final String UPDATE =
      "UPDATE register_entry SET judgment_date = ?, case_signature = ?, court = ?, claimant = ?,"
          + " defendants = ?, clause_text = ?, entry_date = ?, remarks = ?, sector = ?,"
          + " content_hash = ?, active = true,"
          + " newly_added = CASE WHEN first_seen_instance = ? THEN newly_added ELSE false END,"
          + " changed_instance = ?,"
          + " seen_instance = ?, updated_at = ? WHERE register_number = ?";

  @Inject DataSource dataSource;

  @Inject
  @ConfigProperty(
      name = "fairpact.sync.runner-table-prefix",
      defaultValue = RunningClauseSyncs.DEFAULT_RUNNER_PREFIX)
  String runnerTablePrefix;

  private static final Logger log = Logger.getLogger(JdbcClauseSyncStore.class.getName());

  /** The mark a runner sync leaves in the register's {@code *_instance} columns. */
  public static long mark(long jobInstanceId) {
    return -jobInstanceId;
  }

  @Override
  public UpsertCounts upsert(List<RegisterEntry> entries, long syncInstance) {
    long mark = mark(syncInstance);
    OffsetDateTime now = OffsetDateTime.now();
    return inTransaction(
        connection -> {
          int added = 0;
          int updated = 0;
          for (RegisterEntry entry : entries) {
            String hash = ClauseText.contentHash(entry);
            try (PreparedStatement find = connection.prepareStatement(FIND)) {
              find.setInt(1, entry.registerNumber());
              try (ResultSet stored = find.executeQuery()) {
                if (!stored.next()) {
                  insert(connection, entry, hash, mark, now);
                  added++;
                } else if (hash.equals(stored.getString(1)) && stored.getBoolean(2)) {
                  markSeen(connection, entry.registerNumber(), mark);
                } else {
                  update(connection, entry, hash, mark, now);
                  updated++;
                }
              }
            }
          }
          return new UpsertCounts(added, updated);
        });
  }

  private static void insert(
      Connection connection, RegisterEntry entry, String hash, long mark, OffsetDateTime now)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setInt(1, entry.registerNumber());
      bindContent(insert, 2, entry);
      insert.setString(11, hash);
      insert.setLong(12, mark);
      insert.setLong(13, mark);
      insert.setLong(14, mark);
      insert.setObject(15, now);
      insert.setObject(16, now);
      insert.executeUpdate();
    }
  }

  private static void markSeen(Connection connection, int registerNumber, long mark)
      throws SQLException {
    try (PreparedStatement seen = connection.prepareStatement(MARK_SEEN)) {
      seen.setLong(1, mark);
      seen.setInt(2, registerNumber);
      seen.executeUpdate();
    }
  }

  /**
   * As {@code RegisterClause.update}: the content replaced, active again, no longer newly added
   * unless this very sync added it, marked changed and seen by this sync.
   */
  private static void update(
      Connection connection, RegisterEntry entry, String hash, long mark, OffsetDateTime now)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
      bindContent(update, 1, entry);
      update.setString(10, hash);
      update.setLong(11, mark);
      update.setLong(12, mark);
      update.setLong(13, mark);
      update.setObject(14, now);
      update.setInt(15, entry.registerNumber());
      update.executeUpdate();
    }
  }

  /** judgment_date .. sector, nine columns from {@code first}. */
  private static void bindContent(PreparedStatement statement, int first, RegisterEntry entry)
      throws SQLException {
    statement.setObject(first, entry.judgmentDate());
    statement.setString(first + 1, entry.caseSignature());
    statement.setString(first + 2, entry.court());
    statement.setString(first + 3, entry.claimant());
    statement.setString(first + 4, entry.defendants());
    statement.setString(first + 5, entry.clauseText());
    statement.setObject(first + 6, entry.entryDate());
    statement.setString(first + 7, entry.remarks());
    statement.setString(first + 8, entry.sector());
  }

  @Override
  public int deactivateUnseen(long syncInstance) {
    long mark = mark(syncInstance);
    return inTransaction(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE register_entry SET active = false, changed_instance = ?,"
                      + " updated_at = ? WHERE active"
                      + " AND (seen_instance IS NULL OR seen_instance <> ?)")) {
            update.setLong(1, mark);
            update.setObject(2, OffsetDateTime.now());
            update.setLong(3, mark);
            return update.executeUpdate();
          }
        });
  }

  @Override
  public long countActive() {
    return count("SELECT count(*) FROM register_entry WHERE active");
  }

  @Override
  public long countSeenBy(long syncInstance) {
    return count("SELECT count(*) FROM register_entry WHERE seen_instance = ?", syncInstance);
  }

  @Override
  public long countAddedBy(long syncInstance) {
    return count("SELECT count(*) FROM register_entry WHERE first_seen_instance = ?", syncInstance);
  }

  @Override
  public long countChangedBy(long syncInstance) {
    return count(
        "SELECT count(*) FROM register_entry WHERE changed_instance = ?"
            + " AND (first_seen_instance IS NULL OR first_seen_instance <> ?)",
        syncInstance,
        syncInstance);
  }

  @Override
  public void recordSyncFinished(long executionId, String detailsJson) {
    recordEvent(SystemEvent.CLAUSE_SYNC_FINISHED, executionId, detailsJson);
  }

  @Override
  public void recordRowSkipped(long executionId, String detailsJson) {
    recordEvent(SystemEvent.CLAUSE_SYNC_ROW_SKIPPED, executionId, detailsJson);
  }

  /**
   * Refreshes the execution's {@code lastupdatedtime} in JBeret's job repository (JBeret itself
   * writes it only when the status changes), so that the server and other runners keep taking the
   * run for alive while it works through a long source.
   */
  @Override
  public void heartbeat(long executionId) {
    String sql =
        "UPDATE "
            + runnerTablePrefix
            + "job_execution SET lastupdatedtime = ? WHERE jobexecutionid = ?"
            + " AND batchstatus IN ('STARTING', 'STARTED')";
    try {
      inTransaction(
          connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
              update.setObject(1, OffsetDateTime.now());
              update.setLong(2, executionId);
              return update.executeUpdate();
            }
          });
    } catch (RuntimeException e) {
      // a missed heartbeat only makes the run look stale sooner; it must never fail the chunk
      log.log(Level.WARNING, "clause-sync execution " + executionId + ": no heartbeat", e);
    }
  }

  private void recordEvent(String kind, long executionId, String detailsJson) {
    inTransaction(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO system_event (kind, occurred_at, reference, details)"
                      + " VALUES (?, ?, ?, ?)")) {
            insert.setString(1, kind);
            insert.setObject(2, OffsetDateTime.now());
            insert.setString(3, EVENT_REFERENCE_PREFIX + executionId);
            insert.setString(4, detailsJson);
            return insert.executeUpdate();
          }
        });
  }

  /** A count over the register; every instance parameter is a job instance id, stored negated. */
  private long count(String sql, long... syncInstances) {
    return inTransaction(
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < syncInstances.length; i++) {
              query.setLong(i + 1, mark(syncInstances[i]));
            }
            try (ResultSet row = query.executeQuery()) {
              row.next();
              return row.getLong(1);
            }
          }
        });
  }

  private <T> T inTransaction(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.in(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("register store: " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T in(Connection connection) throws SQLException;
  }
}
