package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.Register;
import org.fairpact.it.support.Tokens;
import org.fairpact.testsupport.ProfileDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The clause-sync batch job on Payara's batch runtime: idempotent, counted, recorded. */
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
  void unknownExecutionIsNotFound() {
    assertThat(new Api(base).get("/api/v1/admin/clause-sync/987654321", Tokens.operator()).status())
        .isEqualTo(404);
  }
}
