package org.fairpact.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Which exceptions are a database outage (answered 503 with Retry-After) rather than an unexpected
 * error (500): connection failures however deeply the container wraps them.
 */
class DatabaseOutageTest {

  @Test
  void aRefusedOrDroppedConnectionDeepInTheChainIsAnOutage() {
    SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
    assertThat(DatabaseOutage.causedBy(wrapped(refused))).isTrue();

    SQLException shutdown =
        new SQLException("terminating connection due to administrator command", "57P01");
    assertThat(DatabaseOutage.causedBy(wrapped(shutdown))).isTrue();

    SQLException pool = new SQLException("Error in allocating a connection");
    pool.initCause(new ResourceAllocationException("Connection could not be allocated"));
    assertThat(DatabaseOutage.causedBy(wrapped(pool))).isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    SQLException unique = new SQLException("duplicate key value", "23505");
    assertThat(DatabaseOutage.causedBy(wrapped(unique))).isFalse();
    assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
  }

  private static EJBException wrapped(SQLException cause) {
    return new EJBException(new PersistenceException("query failed", cause));
  }
}
