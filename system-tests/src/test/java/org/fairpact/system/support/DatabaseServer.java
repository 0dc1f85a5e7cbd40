package org.fairpact.system.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fairpact.testsupport.Poll;
import org.fairpact.testsupport.ProfileDatabase;

/**
 * The PostgreSQL server the cluster uses (the machine's cluster {@code main}, which {@code
 * bin/fairpact} starts), stopped and started with {@code pg_ctlcluster} as {@code bin/fairpact}
 * does: a database outage as the instances see it. Only for tests that run under the machine's test
 * lock, where nothing but the cluster under test uses the server.
 */
public final class DatabaseServer {

  private DatabaseServer() {}

  /** Fast shutdown: open sessions are terminated, new connections refused. */
  public static void stop() {
    pgCtlCluster("stop", "-m", "fast");
  }

  /** Starts the server again and waits (bounded) until the profile's database takes connections. */
  public static void start() {
    pgCtlCluster("start");
    Poll.until(Duration.ofSeconds(60), DatabaseServer::accepts, up -> up, "PostgreSQL to accept");
  }

  public static boolean accepts() {
    try (Connection connection = ProfileDatabase.connect()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private static void pgCtlCluster(String... action) {
    List<String> command = new ArrayList<>();
    if (!"root".equals(System.getProperty("user.name"))) {
      command.addAll(List.of("sudo", "-n"));
    }
    command.addAll(List.of("pg_ctlcluster", version(), "main"));
    command.addAll(List.of(action));
    run(command);
  }

  /** The version of the cluster named main, as {@code pg_lsclusters} lists it. */
  private static String version() {
    String listing = run(List.of("pg_lsclusters", "-h"));
    return listing
        .lines()
        .map(line -> line.trim().split("\\s+"))
        .filter(columns -> columns.length > 1 && columns[1].equals("main"))
        .map(columns -> columns[0])
        .findFirst()
        .orElseThrow(() -> new AssertionError("no PostgreSQL cluster main: " + listing));
  }

  private static String run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new AssertionError(String.join(" ", command) + " failed: " + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
