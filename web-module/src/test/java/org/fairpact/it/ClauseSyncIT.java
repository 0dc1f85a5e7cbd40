package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.Metrics;
import org.fairpact.it.support.Register;
import org.fairpact.it.support.Tokens;
import org.fairpact.testsupport.ProfileDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The clause-sync batch job on Payara's batch runtime: idempotent, counted, recorded; its sources
 * only from the configured allow-list (the test profile's register-sources directory, no URLs).
 */
@ExtendWith(ArquillianExtension.class)
class ClauseSyncIT {

  private static final int BUNDLED_ENTRIES = 7463;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  @Test
  void syncingTheSameExportTwiceChangesNothingTheSecondTime() {
    Api api = new Api(base);

    JsonObject first = Register.sync(api, null);
    JsonObject second = Register.sync(api, null);

    assertThat(first.getString("status")).as(first.toString()).isEqualTo("COMPLETED");
    JsonObject firstCounts = first.getJsonObject("counts");
    assertThat(firstCounts.getInt("read")).isEqualTo(BUNDLED_ENTRIES);
    assertThat(
            firstCounts.getInt("added")
                + firstCounts.getInt("updated")
                + firstCounts.getInt("unchanged")
                + firstCounts.getInt("skipped"))
        .isEqualTo(BUNDLED_ENTRIES);

    assertThat(second.getString("status")).as(second.toString()).isEqualTo("COMPLETED");
    JsonObject counts = second.getJsonObject("counts");
    assertThat(counts.getInt("read")).isEqualTo(BUNDLED_ENTRIES);
    assertThat(counts.getInt("added")).isZero();
    assertThat(counts.getInt("updated")).isZero();
    assertThat(counts.getInt("deactivated")).isZero();
    assertThat(counts.getInt("unchanged")).isEqualTo(BUNDLED_ENTRIES);

    assertThat(ProfileDatabase.count("SELECT count(*) FROM register_entry WHERE active"))
        .isEqualTo(BUNDLED_ENTRIES);
    assertThat(
            ProfileDatabase.count(
                "SELECT count(*) FROM system_event WHERE kind = 'CLAUSE_SYNC_FINISHED'"
                    + " AND reference = ?",
                String.valueOf(second.getJsonNumber("executionId").longValue())))
        .isEqualTo(1);
  }

  @Test
  void anXlsxWorkbookOfTheRegisterSyncsAsItsCsvExportDoes() throws IOException {
    Api api = new Api(base);
    JsonObject csv = Register.sync(api, null);
    assertThat(csv.getString("status")).as(csv.toString()).isEqualTo("COMPLETED");
    Path workbook = Register.bundledAsWorkbook();
    try {
      JsonObject xlsx = Register.sync(api, workbook.toString());

      assertThat(xlsx.getString("status")).as(xlsx.toString()).isEqualTo("COMPLETED");
      JsonObject counts = xlsx.getJsonObject("counts");
      assertThat(counts.getInt("read")).isEqualTo(BUNDLED_ENTRIES);
      assertThat(counts.getInt("unchanged")).as(counts.toString()).isEqualTo(BUNDLED_ENTRIES);
      assertThat(
              counts.getInt("added")
                  + counts.getInt("updated")
                  + counts.getInt("deactivated")
                  + counts.getInt("skipped"))
          .as(counts.toString())
          .isZero();
    } finally {
      Files.deleteIfExists(workbook);
    }
  }

  @Test
  void aSecondSyncIsRefusedWhileOneRuns() {
    Api api = new Api(base);
    java.util.Map<String, String> json = java.util.Map.of("Content-Type", "application/json");

    ApiResponse first = Register.start(api, new byte[0]);
    ApiResponse second =
        api.post("/api/v1/admin/clause-sync", new byte[0], Tokens.operator(), json);

    assertThat(first.status()).as(first.toString()).isEqualTo(202);
    assertThat(second.status()).as(second.toString()).isEqualTo(409);
    long running = first.json().getJsonNumber("executionId").longValue();
    assertThat(second.json().getString("detail")).contains(String.valueOf(running));
    Register.awaitEnded(api, running);
  }

  @Test
  void integratorsMayNotStartTheSync() {
    ApiResponse response =
        new Api(base)
            .post(
                "/api/v1/admin/clause-sync",
                new byte[0],
                Tokens.integrator("t"),
                java.util.Map.of());

    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void sourcesOutsideTheAllowListAreRefusedBeforeAnythingRuns() {
    Api api = new Api(base);
    long executionsBefore = executions();
    List<String> refused =
        List.of(
            "/etc/passwd",
            "/proc/self/environ",
            "file:///etc/passwd",
            Register.sourcesDirectory() + "/../fairpact.env",
            "http://127.0.0.1:9/x",
            "http://127.0.0.1:" + base.getPort() + "/api/v1/admin/model",
            "https://example.com/register.csv",
            "ftp://example.com/register.csv");

    for (String source : refused) {
      ApiResponse response = start(api, Json.createObjectBuilder().add("source", source).build());

      assertSourceNotAllowed(response);
    }
    assertThat(executions()).isEqualTo(executionsBefore);
  }

  @Test
  void aSymbolicLinkOutOfTheSourcesDirectoryIsRefused() throws IOException {
    Path link = Register.sourcesDirectory().resolve("link-" + UUID.randomUUID() + ".csv");
    Files.createSymbolicLink(link, Path.of("/etc/passwd"));
    try {
      ApiResponse response =
          start(new Api(base), Json.createObjectBuilder().add("source", link.toString()).build());

      assertSourceNotAllowed(response);
    } finally {
      Files.deleteIfExists(link);
    }
  }

  @Test
  void aTenMegabyteSourceIsRefusedAndNeitherStoredNorEchoed() {
    Api api = new Api(base);
    long executionsBefore = executions();
    String marker = "huge-" + UUID.randomUUID();
    String huge = "/" + marker + "x".repeat(10 * 1024 * 1024);

    ApiResponse response = start(api, Json.createObjectBuilder().add("source", huge).build());

    assertSourceNotAllowed(response);
    assertThat(response.body().length()).isLessThan(1000);
    assertThat(executions()).isEqualTo(executionsBefore);
    assertThat(
            ProfileDatabase.count(
                "SELECT count(*) FROM system_event WHERE details LIKE ?", "%" + marker + "%"))
        .isZero();
  }

  @Test
  void theRefusedSourceIsCountedByType() {
    Api api = new Api(base);
    Map<String, String> type = Map.of("type", "source-not-allowed");
    double before = Metrics.read(api).count("fairpact_requests_refused_total", type);

    assertSourceNotAllowed(
        start(api, Json.createObjectBuilder().add("source", "/etc/passwd").build()));

    assertThat(Metrics.read(api).count("fairpact_requests_refused_total", type))
        .isEqualTo(before + 1);
  }

  private ApiResponse start(Api api, JsonObject body) {
    return api.post(
        "/api/v1/admin/clause-sync",
        body.toString().getBytes(StandardCharsets.UTF_8),
        Tokens.admin(),
        Map.of("Content-Type", "application/json"));
  }

  private static void assertSourceNotAllowed(ApiResponse response) {
    assertThat(response.status()).as(abbreviated(response)).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().getString("type"))
        .isEqualTo("https://fairpact.dev/problems/source-not-allowed");
  }

  private static String abbreviated(ApiResponse response) {
    String text = response.toString();
    return text.length() > 500 ? text.substring(0, 500) + "..." : text;
  }

  /** Clause-sync job executions in JBatch's repository (0 before the first). */
  private static long executions() {
    if (ProfileDatabase.count(
            "SELECT count(*) FROM pg_tables WHERE tablename = ?", "jbatchexecutioninstancedata")
        == 0) {
      return 0;
    }
    return ProfileDatabase.count("SELECT count(*) FROM jbatchexecutioninstancedata");
  }

  @Test
  void unknownExecutionIsNotFound() {
    assertThat(new Api(base).get("/api/v1/admin/clause-sync/987654321", Tokens.operator()).status())
        .isEqualTo(404);
  }
}
