package org.fairpact.system.support;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;
import org.fairpact.testsupport.ProfileDatabase;

/** Reads of the cluster's database: what became of the analyses the tests submitted. */
public final class Database {

  private Database() {}

  /**
   * The state of the given analyses: how many exist, how many are COMPLETED, FAILED or still
   * QUEUED/PROCESSING; how many have duplicated findings (two for one clause) or a findings count
   * that differs from their finding rows; and the distinct findings counts of the completed ones.
   */
  public static Outcome outcome(Collection<UUID> ids) {
    String sql =
        """
        SELECT count(*),
               count(*) FILTER (WHERE a.status = 'COMPLETED'),
               count(*) FILTER (WHERE a.status = 'FAILED'),
               count(*) FILTER (WHERE a.status IN ('QUEUED', 'PROCESSING')),
               count(*) FILTER (WHERE f.duplicated > 0
                                   OR (a.status = 'COMPLETED' AND f.found <> a.findings_count)),
               count(DISTINCT a.findings_count) FILTER (WHERE a.status = 'COMPLETED'),
               min(a.findings_count) FILTER (WHERE a.status = 'COMPLETED'),
               max(a.attempts)
          FROM analysis a
          LEFT JOIN LATERAL (
               SELECT count(*) AS found, count(*) - count(DISTINCT clause_index) AS duplicated
                 FROM finding WHERE analysis_id = a.id) f ON true
         WHERE a.id = ANY (?)
        """;
    try (Connection connection = ProfileDatabase.connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      Array array = connection.createArrayOf("uuid", ids.toArray());
      statement.setArray(1, array);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return new Outcome(
            row.getLong(1),
            row.getLong(2),
            row.getLong(3),
            row.getLong(4),
            row.getLong(5),
            row.getLong(6),
            row.getInt(7),
            row.getInt(8));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** How many of the given analyses are PROCESSING right now. */
  public static long processing(Collection<UUID> ids) {
    try (Connection connection = ProfileDatabase.connect();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT count(*) FROM analysis WHERE status = 'PROCESSING' AND id = ANY (?)")) {
      statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** See {@link #outcome}. */
  public record Outcome(
      long found,
      long completed,
      long failed,
      long pending,
      long duplicated,
      long distinctFindingCounts,
      int findingsPerAnalysis,
      int maxAttempts) {}
}
