package org.fairpact.interfaces.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Whether the database takes a connection now: one from the application's pool, validated with a
 * bounded round trip. Readiness reports it; the REST layer asks it when a request failed in a way
 * it did not expect, to tell an outage from a fault.
 */
@ApplicationScoped
public class DatabaseProbe {

  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = "java:app/jdbc/fairpact")
  DataSource dataSource;

  /** Empty when the database answered, else what went wrong. */
  public Optional<String> problem() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(TIMEOUT_SECONDS)
          ? Optional.empty()
          : Optional.of("the connection did not validate within " + TIMEOUT_SECONDS + " s");
    } catch (SQLException | RuntimeException e) {
      return Optional.of(e.toString());
    }
  }
}
