package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fairpact.it.support.Analyses;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.StoredObjects;
import org.fairpact.it.support.Tokens;
import org.fairpact.testsupport.Poll;
import org.fairpact.testsupport.ProfileDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant with a retention period (here one hour) loses the documents older than that to the
 * scheduled work {@code document-retention}, erased as a DELETE erases them; other tenants keep
 * theirs, and each run leaves one system event with its counts per tenant.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

  private static final String SHORT = "retention-" + UUID.randomUUID().toString().substring(0, 8);
  private static final String WORK = "/api/v1/admin/scheduled-work/document-retention";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpactWith(Map.of("fairpact.retention.tenant." + SHORT, "PT1H"));
  }

  @ArquillianResource URL base;

  @AfterEach
  void restoreSchedule() {
    new Api(base).delete(WORK + "/schedule", Tokens.admin());
  }

  @Test
  void documentsOlderThanTheTenantsPeriodArePurgedOnceAndOthersStay() {
    Api api = new Api(base);
    String keeper = "retention-keeper-" + UUID.randomUUID();
    String old1 = submit(api, SHORT, "Umowa stara pierwsza.");
    String old2 = submit(api, SHORT, "Umowa stara druga.");
    String recent = submit(api, SHORT, "Umowa nowa.");
    String othersOld = submit(api, keeper, "Umowa innego najemcy.");
    String old1Key = StoredObjects.keyOf(old1);
    String old1Analysis = analysisOf(old1);
    ProfileDatabase.update(
        "UPDATE document SET created_at = now() - interval '2 hours'"
            + " WHERE id IN (?::uuid, ?::uuid, ?::uuid)",
        old1,
        old2,
        othersOld);

    ApiResponse scheduled =
        api.put(WORK + "/schedule", "{\"schedule\":\"every 5s\"}", Tokens.admin());
    assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
    String shortToken = Tokens.integrator(SHORT);
    Poll.until(
        Duration.ofSeconds(90),
        () -> List.of(document(api, old1, shortToken), document(api, old2, shortToken)),
        statuses -> statuses.equals(List.of(404, 404)),
        "the old documents of " + SHORT + " purged");

    assertThat(document(api, recent, shortToken)).isEqualTo(200);
    assertThat(document(api, othersOld, Tokens.integrator(keeper)))
        .as("a tenant without a period keeps its old documents")
        .isEqualTo(200);
    assertThat(api.get("/api/v1/analyses/" + old1Analysis, shortToken).status()).isEqualTo(404);
    assertThat(StoredObjects.exists(old1Key)).isFalse();
    List<JsonObject> purging = runsThatPurged(SHORT);
    assertThat(purging).as("runs that purged " + SHORT).hasSize(1);
    assertThat(purging.get(0).getJsonObject("tenants").getJsonObject(SHORT).getInt("purged"))
        .isEqualTo(2);
    assertThat(purging.get(0).getJsonObject("tenants").containsKey(keeper)).isFalse();
    assertThat(
            ProfileDatabase.count(
                "SELECT count(*) FROM system_event WHERE kind = 'DOCUMENT_ERASED'"
                    + " AND reference IN (?, ?) AND details LIKE '%\"cause\":\"retention\"%'",
                old1, old2))
        .isEqualTo(2);
    JsonObject work = api.get(WORK, Tokens.admin()).json();
    assertThat(work.toString()).contains("purged");
  }

  private static String submit(Api api, String tenant, String text) {
    ApiResponse accepted = new Analyses(api).submitText(text, Tokens.integrator(tenant));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    new Analyses(api)
        .awaitFinished(
            accepted.json().getString("analysisId"),
            Tokens.integrator(tenant),
            Duration.ofSeconds(60));
    return accepted.json().getString("documentId");
  }

  private static int document(Api api, String id, String token) {
    return api.get("/api/v1/documents/" + id, token).status();
  }

  private static String analysisOf(String document) {
    return ProfileDatabase.strings(
            "SELECT id::text FROM analysis WHERE document_id = ?", UUID.fromString(document))
        .get(0);
  }

  /** The retention runs' events whose counts show documents of the tenant purged. */
  private static List<JsonObject> runsThatPurged(String tenant) {
    return ProfileDatabase.strings(
            "SELECT details FROM system_event WHERE kind = 'RETENTION_PURGED'"
                + " AND details LIKE ?",
            "%" + tenant + "%")
        .stream()
        .map(RetentionIT::json)
        .filter(
            run -> {
              JsonValue counts = run.getJsonObject("tenants").get(tenant);
              return counts instanceof JsonObject c && c.getInt("purged", 0) > 0;
            })
        .toList();
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
