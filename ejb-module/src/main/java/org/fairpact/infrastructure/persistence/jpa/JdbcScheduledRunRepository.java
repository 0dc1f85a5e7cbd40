package org.fairpact.infrastructure.persistence.jpa;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.fairpact.domain.model.scheduling.Claim;
import org.fairpact.domain.model.scheduling.ScheduledRun;
import org.fairpact.domain.model.scheduling.ScheduledRunRepository;

/**
 * The scheduled-run ledger in plain JDBC on the application pool. Every call commits on its own
 * ({@code REQUIRES_NEW}): a claim must be visible to the other instances before the work starts,
 * and a work's own transaction must not hold the ledger row. The claim is one {@code INSERT ... ON
 * CONFLICT DO UPDATE ... WHERE} statement: PostgreSQL serialises concurrent inserts of the same
 * primary key, so exactly one claimer gets a row back. Nothing is held while the work runs, so a
 * crashed owner blocks nobody for longer than its lease, and there is no lock to leak.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JdbcScheduledRunRepository implements ScheduledRunRepository {

  private static final String CLAIM =
      "INSERT INTO scheduled_run AS r (work, slot, owner, claims, claimed_at, lease_until)"
          + " VALUES (?, ?, ?, 1, now(), now() + ? * interval '1 millisecond')"
          + " ON CONFLICT (work, slot) DO UPDATE SET owner = EXCLUDED.owner,"
          + "   claims = r.claims + 1, claimed_at = EXCLUDED.claimed_at,"
          + "   lease_until = EXCLUDED.lease_until, outcome = NULL"
          + " WHERE r.finished_at IS NULL AND r.lease_until <= now()"
          + " RETURNING claims";

  private static final String HOLDER =
      "SELECT owner, lease_until, finished_at IS NOT NULL FROM scheduled_run"
          + " WHERE work = ? AND slot = ?";

  private static final String COLUMNS =
      "work, slot, owner, claims, claimed_at, lease_until, finished_at, outcome";

  @Resource(lookup = DataSourceResources.APPLICATION_DATASOURCE)
  DataSource dataSource;

  @Override
  public Claim claim(String work, Instant slot, String owner, Duration lease) {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
        claim.setString(1, work);
        claim.setObject(2, utc(slot));
        claim.setString(3, owner);
        claim.setLong(4, lease.toMillis());
        try (ResultSet won = claim.executeQuery()) {
          if (won.next()) {
            return new Claim.Won(won.getInt(1));
          }
        }
      }
      try (PreparedStatement holder = connection.prepareStatement(HOLDER)) {
        holder.setString(1, work);
        holder.setObject(2, utc(slot));
        try (ResultSet row = holder.executeQuery()) {
          if (!row.next()) {
            throw new IllegalStateException("slot " + work + "@" + slot + " vanished");
          }
          return new Claim.Held(
              row.getString(1),
              row.getObject(2, OffsetDateTime.class).toInstant(),
              row.getBoolean(3));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("claiming " + work + "@" + slot + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void finish(String work, Instant slot, String owner, String outcome) {
    update(
        "UPDATE scheduled_run SET finished_at = now(), outcome = ?"
            + " WHERE work = ? AND slot = ? AND owner = ?",
        outcome,
        work,
        utc(slot),
        owner);
  }

  @Override
  public void release(String work, Instant slot, String owner, String outcome, Duration delay) {
    update(
        "UPDATE scheduled_run SET lease_until = now() + ? * interval '1 millisecond', outcome = ?"
            + " WHERE work = ? AND slot = ? AND owner = ? AND finished_at IS NULL",
        delay.toMillis(),
        outcome,
        work,
        utc(slot),
        owner);
  }

  @Override
  public List<ScheduledRun> recent(String work, int limit) {
    String sql =
        "SELECT " + COLUMNS + " FROM scheduled_run WHERE work = ? ORDER BY slot DESC LIMIT ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, work);
      query.setInt(2, limit);
      List<ScheduledRun> runs = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          runs.add(
              new ScheduledRun(
                  rows.getString(1),
                  instant(rows, 2),
                  rows.getString(3),
                  rows.getInt(4),
                  instant(rows, 5),
                  instant(rows, 6),
                  Optional.ofNullable(rows.getObject(7, OffsetDateTime.class))
                      .map(OffsetDateTime::toInstant),
                  Optional.ofNullable(rows.getString(8))));
        }
      }
      return runs;
    } catch (SQLException e) {
      throw new IllegalStateException("reading runs of " + work + ": " + e.getMessage(), e);
    }
  }

  @Override
  public int pruneFinishedBefore(Instant before) {
    return update(
        "DELETE FROM scheduled_run WHERE slot < ? AND finished_at IS NOT NULL", utc(before));
  }

  @Override
  public Map<String, String> overrides() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT work, schedule FROM scheduled_work_override");
        ResultSet rows = query.executeQuery()) {
      Map<String, String> overrides = new LinkedHashMap<>();
      while (rows.next()) {
        overrides.put(rows.getString(1), rows.getString(2));
      }
      return overrides;
    } catch (SQLException e) {
      throw new IllegalStateException("reading schedule overrides: " + e.getMessage(), e);
    }
  }

  @Override
  public void override(String work, String schedule, String by) {
    update(
        "INSERT INTO scheduled_work_override (work, schedule, updated_at, updated_by)"
            + " VALUES (?, ?, now(), ?) ON CONFLICT (work) DO UPDATE SET"
            + " schedule = EXCLUDED.schedule, updated_at = now(), updated_by = EXCLUDED.updated_by",
        work,
        schedule,
        by);
  }

  @Override
  public void clearOverride(String work) {
    update("DELETE FROM scheduled_work_override WHERE work = ?", work);
  }

  private int update(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rows, int column) throws SQLException {
    return rows.getObject(column, OffsetDateTime.class).toInstant();
  }
}
