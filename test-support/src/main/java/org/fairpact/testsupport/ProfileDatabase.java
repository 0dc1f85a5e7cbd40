package org.fairpact.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The profile's PostgreSQL database ({@code FAIRPACT_DB_URL}, {@code _USER}, {@code _PASSWORD}).
 */
public final class ProfileDatabase {

  private ProfileDatabase() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        ProfileEnvironment.require("FAIRPACT_DB_URL"),
        ProfileEnvironment.require("FAIRPACT_DB_USER"),
        ProfileEnvironment.require("FAIRPACT_DB_PASSWORD"));
  }
}
