package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fairpact.it.support.Analyses;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Broker;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.ExampleContract;
import org.fairpact.it.support.Register;
import org.fairpact.it.support.ScannedPage;
import org.fairpact.it.support.StoredObjects;
import org.fairpact.it.support.Tokens;
import org.fairpact.it.support.WebhookReceiver;
import org.fairpact.testsupport.Poll;
import org.fairpact.testsupport.ProfileDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code DELETE /documents/{id}} erases the document, its stored object, its analyses and their
 * findings: every read of them answers 404 afterwards, also while the analysis was still queued or
 * running (its request is dropped, not retried or dead-lettered), and equal bytes of two tenants
 * are two objects.
 */
@ExtendWith(ArquillianExtension.class)
class DeletionIT {

  private static final Duration LIMIT = Duration.ofSeconds(90);
  private static final String FAST = "analysis.fast";
  private static final String HEAVY = "analysis.heavy";
  private static final String DEAD_LETTERS = "analysis.dlq";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  private Api api;
  private Analyses analyses;
  private final String tenant = "deletion-" + UUID.randomUUID();
  private final String token = Tokens.integrator(tenant);

  @BeforeEach
  void connect() {
    api = new Api(base);
    analyses = new Analyses(api);
    Register.ensureLoaded(api);
  }

  @Test
  void aDeletedDocumentIsGoneEverywhereWithItsAnalysisFindingsAndObject() {
    ApiResponse accepted = analyses.submitText(ExampleContract.text(), token);
    String analysis = accepted.json().getString("analysisId");
    String document = accepted.json().getString("documentId");
    assertThat(analyses.awaitFinished(analysis, token, LIMIT).getString("status"))
        .isEqualTo("COMPLETED");
    String key = StoredObjects.keyOf(document);
    assertThat(StoredObjects.exists(key)).isTrue();
    assertThat(findingRows(analysis)).isPositive();

    ApiResponse deleted = api.delete("/api/v1/documents/" + document, token);

    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
    assertThat(api.get("/api/v1/documents/" + document, token).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/analyses/" + analysis, token).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/analyses/" + analysis + "/findings", token).status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/documents/" + document, Tokens.admin()).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/analyses?limit=100", token).json().getJsonArray("analyses"))
        .isEmpty();
    assertThat(api.get("/api/v1/documents?limit=100", token).json().getJsonArray("documents"))
        .isEmpty();
    assertThat(StoredObjects.exists(key)).as("object " + key).isFalse();
    assertThat(findingRows(analysis)).isZero();
    assertThat(
            rows(
                "SELECT count(*) FROM finding_evidence e JOIN finding f ON f.id = e.finding_id"
                    + " WHERE f.analysis_id = ?",
                analysis))
        .isZero();
    assertThat(rows("SELECT count(*) FROM analysis WHERE id = ?", analysis)).isZero();
    assertThat(rows("SELECT count(*) FROM document WHERE id = ?", document)).isZero();
    JsonObject event = erasedEvent(document);
    assertThat(event.getString("tenant")).isEqualTo(tenant);
    assertThat(event.getString("by")).startsWith(tenant + "/");
    assertThat(event.getString("cause")).isEqualTo("request");
    assertThat(api.delete("/api/v1/documents/" + document, token).status())
        .as("a second DELETE")
        .isEqualTo(404);
    List<String> audited =
        api
            .get("/api/v1/admin/audit?action=document-delete&limit=100", Tokens.admin())
            .json()
            .getJsonArray("entries")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(entry -> entry.getString("target").equals(document))
            .map(entry -> entry.getString("outcome"))
            .toList();
    assertThat(audited).containsExactlyInAnyOrder("succeeded", "refused: not-found");
  }

  @Test
  void theWebhookDeliveriesOfADeletedDocumentsAnalysisGoWithIt() {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      ApiResponse registered =
          api.put("/api/v1/webhook", "{\"url\": \"" + receiver.url() + "\"}", token);
      assertThat(registered.status()).as(registered.toString()).isIn(200, 201);
      ApiResponse accepted = analyses.submitText("Umowa najmu lokalu " + UUID.randomUUID(), token);
      String analysis = accepted.json().getString("analysisId");
      String document = accepted.json().getString("documentId");
      assertThat(receiver.awaitFor(analysis, 1, LIMIT)).hasSize(1);
      assertThat(rows("SELECT count(*) FROM webhook_delivery WHERE analysis_id = ?", analysis))
          .isEqualTo(1);

      assertThat(api.delete("/api/v1/documents/" + document, token).status()).isEqualTo(204);

      assertThat(rows("SELECT count(*) FROM webhook_delivery WHERE analysis_id = ?", analysis))
          .isZero();
      assertThat(api.get("/api/v1/webhook/deliveries?limit=100", token).body())
          .doesNotContain(analysis);
    } finally {
      api.delete("/api/v1/webhook", token);
    }
  }

  @Test
  void anotherTenantGetsNotFoundAndTheDocumentStays() {
    ApiResponse accepted = analyses.submitText("Umowa najmu lokalu.", token);
    String document = accepted.json().getString("documentId");

    ApiResponse foreign =
        api.delete("/api/v1/documents/" + document, Tokens.integrator("stranger-" + tenant));

    assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
    assertThat(foreign.json().getString("type")).endsWith("/not-found");
    assertThat(api.get("/api/v1/documents/" + document, token).status()).isEqualTo(200);
    assertThat(api.delete("/api/v1/documents/not-a-uuid", token).status()).isEqualTo(404);
  }

  @Test
  void aDocumentDeletedWhileQueuedIsNeverAnalysedAndALateRequestIsDropped() {
    String analysis;
    String document;
    Broker.refuseSends(FAST);
    try {
      ApiResponse accepted = analyses.submitText("Umowa użyczenia samochodu.", token);
      assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
      analysis = accepted.json().getString("analysisId");
      document = accepted.json().getString("documentId");
      assertThat(rows("SELECT count(*) FROM outbox_message WHERE analysis_id = ?", analysis))
          .as("the request waiting in the outbox")
          .isEqualTo(1);

      assertThat(api.delete("/api/v1/documents/" + document, token).status()).isEqualTo(204);

      assertThat(rows("SELECT count(*) FROM outbox_message WHERE analysis_id = ?", analysis))
          .as("the request withdrawn from the outbox")
          .isZero();
    } finally {
      Broker.allowSends(FAST);
    }
    // a request already on its way (published before the deletion) still reaches a worker
    long acknowledged = Broker.attribute(FAST, "MessagesAcknowledged");
    Broker.send(FAST, request(analysis, document, "FAST"), analysis + ":late");

    Poll.until(
        LIMIT,
        () -> Broker.attribute(FAST, "MessagesAcknowledged"),
        count -> count > acknowledged,
        "the worker acknowledging the request of the erased analysis");
    assertThat(Broker.browseAnalysisIds(DEAD_LETTERS)).doesNotContain(analysis);
    assertThat(rows("SELECT count(*) FROM analysis WHERE id = ?", analysis)).isZero();
    assertThat(api.get("/api/v1/analyses/" + analysis, token).status()).isEqualTo(404);
  }

  @Test
  void aDocumentDeletedWhileItsAnalysisRunsStaysDeletedAndTheWorkerMovesOn() throws IOException {
    String text = ExampleContract.text().substring(0, 1200);
    ApiResponse accepted =
        analyses.submit(ScannedPage.png(text), token, Map.of("Content-Type", "image/png"));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    String analysis = accepted.json().getString("analysisId");
    String document = accepted.json().getString("documentId");
    String key = StoredObjects.keyOf(document);
    Poll.until(
        LIMIT,
        Duration.ofMillis(50),
        () -> ProfileDatabase.strings("SELECT status FROM analysis WHERE id = ?", uuid(analysis)),
        status -> status.contains("PROCESSING"),
        "the analysis running (OCR)");

    long acknowledged = Broker.attribute(HEAVY, "MessagesAcknowledged");

    ApiResponse deleted = api.delete("/api/v1/documents/" + document, token);

    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
    Poll.until(
        LIMIT,
        () -> Broker.attribute(HEAVY, "MessagesAcknowledged"),
        count -> count > acknowledged,
        "the worker acknowledging the request of the analysis erased under it");
    assertThat(Broker.browseAnalysisIds(DEAD_LETTERS)).doesNotContain(analysis);
    assertThat(rows("SELECT count(*) FROM analysis WHERE id = ?", analysis))
        .as("not resurrected")
        .isZero();
    assertThat(findingRows(analysis)).isZero();
    assertThat(api.get("/api/v1/analyses/" + analysis, token).status()).isEqualTo(404);
    assertThat(StoredObjects.exists(key)).isFalse();
    ApiResponse next = analyses.submitText("Umowa o dzieło.", token);
    assertThat(
            analyses
                .awaitFinished(next.json().getString("analysisId"), token, LIMIT)
                .getString("status"))
        .as("the workers still work")
        .isEqualTo("COMPLETED");
  }

  @Test
  void equalBytesOfTwoTenantsAreTwoObjectsAndDeletingOneLeavesTheOther() {
    byte[] bytes = ("Umowa sprzedaży " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    String otherTenant = "deletion-other-" + UUID.randomUUID();
    String otherToken = Tokens.integrator(otherTenant);
    Map<String, String> text = Map.of("Content-Type", "text/plain; charset=UTF-8");
    String mine = analyses.submit(bytes, token, text).json().getString("documentId");
    ApiResponse theirs = analyses.submit(bytes, otherToken, text);
    String their = theirs.json().getString("documentId");
    String myKey = StoredObjects.keyOf(mine);
    String theirKey = StoredObjects.keyOf(their);
    assertThat(myKey).isNotEqualTo(theirKey);
    assertThat(StoredObjects.exists(myKey)).isTrue();
    assertThat(StoredObjects.exists(theirKey)).isTrue();

    assertThat(api.delete("/api/v1/documents/" + mine, token).status()).isEqualTo(204);

    assertThat(StoredObjects.exists(myKey)).isFalse();
    assertThat(StoredObjects.exists(theirKey)).isTrue();
    assertThat(api.get("/api/v1/documents/" + their, otherToken).status()).isEqualTo(200);
    assertThat(
            analyses
                .awaitFinished(theirs.json().getString("analysisId"), otherToken, LIMIT)
                .getString("status"))
        .as("their analysis read its bytes")
        .isEqualTo("COMPLETED");
  }

  private static String request(String analysis, String document, String queue) {
    return Json.createObjectBuilder()
        .add("version", 1)
        .add("analysisId", analysis)
        .add("documentId", document)
        .add("tenant", "whoever")
        .add("queue", queue)
        .build()
        .toString();
  }

  private static JsonObject erasedEvent(String document) {
    String details =
        ProfileDatabase.strings(
                "SELECT details FROM system_event WHERE kind = 'DOCUMENT_ERASED'"
                    + " AND reference = ?",
                document)
            .get(0);
    try (var reader = Json.createReader(new java.io.StringReader(details))) {
      return reader.readObject();
    }
  }

  private static long findingRows(String analysis) {
    return rows("SELECT count(*) FROM finding WHERE analysis_id = ?", analysis);
  }

  private static long rows(String sql, String id) {
    return ProfileDatabase.count(sql, uuid(id));
  }

  private static UUID uuid(String id) {
    return UUID.fromString(id);
  }
}
