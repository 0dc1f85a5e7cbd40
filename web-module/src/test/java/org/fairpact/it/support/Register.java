package org.fairpact.it.support;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fairpact.analysis.register.RegisterCsvReader;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.analysis.register.RegisterSnapshot;
import org.fairpact.testsupport.Poll;
import org.fairpact.testsupport.ProfileDatabase;

/** The register: the bundled snapshot as tests read it, and syncing it through the API. */
public final class Register {

  private Register() {}

  /** Makes sure the stored register holds the bundled snapshot, syncing it if it is empty. */
  public static void ensureLoaded(Api api) {
    if (ProfileDatabase.count("SELECT count(*) FROM register_entry WHERE active") > 0) {
      return;
    }
    JsonObject run = sync(api, null);
    if (!"COMPLETED".equals(run.getString("status"))) {
      throw new IllegalStateException("register sync did not complete: " + run);
    }
  }

  /** Runs the clause sync and waits until its execution has ended and recorded its counts. */
  public static JsonObject sync(Api api, String source) {
    String body = source == null ? "" : "{\"source\":\"" + source + "\"}";
    ApiResponse started = start(api, body.getBytes());
    if (started.status() != 202) {
      throw new IllegalStateException("sync not started: " + started);
    }
    return awaitEnded(api, started.json().getJsonNumber("executionId").longValue());
  }

  /**
   * Starts a sync, retrying (bounded) while another execution still counts as running (409): one
   * started on another instance, or a slot the schedule claimed just now.
   */
  public static ApiResponse start(Api api, byte[] body) {
    return Poll.until(
        Duration.ofSeconds(60),
        () ->
            api.post(
                "/api/v1/admin/clause-sync",
                body,
                Tokens.admin(),
                Map.of("Content-Type", "application/json")),
        r -> r.status() != 409,
        "the previous clause-sync execution to be recorded as ended");
  }

  /** Waits until the execution has ended and recorded its counts; returns its last view. */
  public static JsonObject awaitEnded(Api api, long executionId) {
    return Poll.until(
            Duration.ofMinutes(4),
            () -> api.get("/api/v1/admin/clause-sync/" + executionId, Tokens.admin()),
            r -> r.status() == 200 && ended(r.json()),
            "clause-sync execution " + executionId)
        .json();
  }

  private static boolean ended(JsonObject execution) {
    String status = execution.getString("status");
    boolean terminal = List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status);
    return terminal && (!"COMPLETED".equals(status) || execution.containsKey("counts"));
  }

  /** The bundled register's entries, as the product ships them. */
  public static List<RegisterEntry> bundledEntries() {
    List<RegisterEntry> entries = new ArrayList<>();
    try (RegisterCsvReader reader = new RegisterCsvReader(RegisterSnapshot.openBundled())) {
      for (Optional<RegisterEntry> next = reader.next(); next.isPresent(); next = reader.next()) {
        entries.add(next.get());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return entries;
  }
}
