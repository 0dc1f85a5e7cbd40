package org.fairpact.interfaces.rest;

import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether an exception means the database could not be reached (refused or dropped connections, the
 * server shutting down, a pool that cannot open a connection) rather than a fault of the request or
 * the code: such a request is answered 503 with Retry-After, like the other backing services'
 * outages, not 500. Reads and writes that need the database fail while it is down; nothing was
 * accepted.
 */
final class DatabaseOutage {

  private DatabaseOutage() {}

  static boolean causedBy(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = next(cause)) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || cause instanceof ResourceException
          || cause instanceof ConnectException) {
        return true;
      }
      if (cause instanceof SQLException sql && connectionState(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** SQLSTATE class 08 (connection exception) or 57P (operator intervention: shutdown). */
  private static boolean connectionState(String state) {
    return state != null && (state.startsWith("08") || state.startsWith("57P"));
  }

  private static Throwable next(Throwable cause) {
    Throwable next =
        cause instanceof SQLException sql && sql.getNextException() != null
            ? sql.getNextException()
            : cause.getCause();
    return next == cause ? null : next;
  }
}
