package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fairpact.it.support.Analyses;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Broker;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.ExampleContract;
import org.fairpact.it.support.Register;
import org.fairpact.it.support.ScannedPage;
import org.fairpact.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Upload to findings, end to end, on Payara Micro against the real services. */
@ExtendWith(ArquillianExtension.class)
class DocumentAnalysisIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  private Api api;
  private Analyses analyses;
  private final String tenant = "tenant-" + UUID.randomUUID();

  @BeforeEach
  void connect() {
    api = new Api(base);
    analyses = new Analyses(api);
    Register.ensureLoaded(api);
  }

  @Test
  void polishContractWithRegisterClausesGetsTheirRegisterNumbersAndOrdinaryClausesStayAlone() {
    String token = Tokens.integrator(tenant);
    ApiResponse accepted = analyses.submitText(ExampleContract.text(), token);

    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    String analysisId = accepted.json().getString("analysisId");
    assertThat(accepted.header("Location").orElseThrow())
        .endsWith("/api/v1/analyses/" + analysisId);

    JsonObject analysis = analyses.awaitFinished(analysisId, token, Duration.ofMinutes(2));
    assertThat(analysis.getString("status")).as(analysis.toString()).isEqualTo("COMPLETED");
    assertThat(analysis.getInt("progress")).isEqualTo(100);
    assertThat(analysis.getString("language")).isEqualTo("pl");

    ApiResponse findings = api.get("/api/v1/analyses/" + analysisId + "/findings", token);
    assertThat(findings.status()).isEqualTo(200);
    List<JsonObject> reported =
        findings.json().getJsonArray("findings").getValuesAs(JsonObject.class);

    // evidence names each wording once, with the other entries of that wording
    Set<Integer> evidenced =
        reported.stream()
            .flatMap(f -> f.getJsonArray("evidence").getValuesAs(JsonObject.class).stream())
            .flatMap(
                e ->
                    Stream.concat(
                        Stream.of(e.getInt("registerNumber")),
                        e.getJsonArray("sameWording").getValuesAs(JsonNumber::intValue).stream()))
            .collect(Collectors.toSet());
    assertThat(evidenced).containsAll(ExampleContract.registerNumbers());
    // the clause on disputes copies entries 3443 and 3484 alike: one item names both
    assertThat(
            reported.stream()
                .flatMap(f -> f.getJsonArray("evidence").getValuesAs(JsonObject.class).stream())
                .filter(e -> Set.of(3443, 3484).contains(e.getInt("registerNumber"))))
        .singleElement()
        .satisfies(e -> assertThat(e.getJsonArray("sameWording")).hasSize(1));

    for (JsonObject finding : reported) {
      assertThat(finding.getString("risk")).isIn("LOW", "MEDIUM", "HIGH");
      assertThat(finding.getString("basis")).isEqualTo("REGISTER");
      JsonObject top = finding.getJsonArray("evidence").getJsonObject(0);
      assertThat(finding.getString("reason"))
          .startsWith("Matches register entry " + top.getInt("registerNumber") + " ");
      assertThat(top.getString("caseSignature")).isNotBlank();
      assertThat(top.getString("court")).isNotBlank();
      // the example's register clauses are copies: the wording shared is the clause's own
      List<String> shared = top.getJsonArray("sharedWording").getValuesAs(JsonString::getString);
      assertThat(shared).as("shared wording of %s", top).isNotEmpty();
      assertThat(letters(finding.getString("excerpt"))).contains(letters(shared.get(0)));
      for (String ordinary : ExampleContract.ordinaryClauses()) {
        assertThat(finding.getString("excerpt"))
            .as("ordinary clause reported: %s", ordinary)
            .doesNotContain(ordinary.substring(0, 60));
      }
    }
    String text = ExampleContract.text();
    JsonObject first = reported.get(0);
    assertThat(text.substring(first.getInt("start"), first.getInt("end")))
        .isEqualTo(first.getString("excerpt"));
  }

  private static String letters(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  @Test
  void documentIsReadableWithItsTypeAndHash() {
    String token = Tokens.integrator(tenant);
    ApiResponse accepted =
        analyses.submitText("Umowa najmu lokalu.\n1. Czynsz wynosi 2000 zł.", token);
    String documentId = accepted.json().getString("documentId");

    ApiResponse document = api.get("/api/v1/documents/" + documentId, token);

    assertThat(document.status()).isEqualTo(200);
    assertThat(document.json().getString("type")).isEqualTo("TEXT");
    assertThat(document.json().getString("sha256")).hasSize(64);
  }

  @Test
  void retryWithTheSameIdempotencyKeyReturnsTheSameAnalysis() {
    String token = Tokens.integrator(tenant);
    byte[] body =
        "Umowa o dzieło. Wykonawca wykona dzieło do dnia 1 maja.".getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = Map.of("Idempotency-Key", "order-" + UUID.randomUUID());

    ApiResponse first = analyses.submit(body, token, headers);
    ApiResponse retry = analyses.submit(body, token, headers);

    assertThat(first.status()).isEqualTo(202);
    assertThat(retry.status()).isEqualTo(202);
    assertThat(retry.json().getString("analysisId"))
        .isEqualTo(first.json().getString("analysisId"));
    assertThat(retry.json().get("replayed")).isEqualTo(JsonValue.TRUE);
  }

  @Test
  void clauseSearchFindsRegisterEntries() {
    String token = Tokens.integrator(tenant);
    int number = ExampleContract.registerNumbers().get(0);

    ApiResponse entry = api.get("/api/v1/clauses/" + number, token);
    ApiResponse search = api.get("/api/v1/clauses?q=reklamowanego+towaru&size=5", token);

    assertThat(entry.status()).isEqualTo(200);
    assertThat(entry.json().getInt("registerNumber")).isEqualTo(number);
    assertThat(search.status()).isEqualTo(200);
    assertThat(search.json().getJsonNumber("total").longValue()).isPositive();
    assertThat(search.json().getJsonArray("entries")).hasSizeLessThanOrEqualTo(5);
  }

  @Test
  void readinessReportsEveryBackingService() {
    ApiResponse ready = api.get("/health/ready", null);

    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.json().getString("status")).isEqualTo("UP");
    assertThat(
            ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("name")))
        .contains("database", "broker", "object-store");
  }

  @Test
  void metricsCountUploadsAndShowQueueDepths() {
    analyses.submitText(
        "Umowa przechowania. Przechowawca zwróci rzecz.", Tokens.integrator(tenant));

    String metrics = api.get("/metrics?scope=application", null).body();

    assertThat(metrics).containsPattern("fairpact_uploads_total\\{[^}]*\\} [1-9]");
    for (String queue : List.of("analysis.fast", "analysis.heavy", "analysis.dlq")) {
      assertThat(metrics)
          .as("depth of %s read from the broker (-1 = unreadable)", queue)
          .containsPattern(
              "fairpact_queue_depth\\{[^}]*queue=\""
                  + queue.replace(".", "\\.")
                  + "\"[^}]*\\} [0-9]");
    }
  }

  @Test
  void multipartUploadIsAcceptedWithItsFilename() {
    String token = Tokens.integrator(tenant);
    String boundary = "fairpact-" + UUID.randomUUID();
    String body =
        "--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"umowa.txt\"\r\n"
            + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
            + ExampleContract.text()
            + "\r\n--"
            + boundary
            + "--\r\n";

    ApiResponse accepted =
        analyses.submit(
            body.getBytes(StandardCharsets.UTF_8),
            token,
            Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));

    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    ApiResponse document =
        api.get("/api/v1/documents/" + accepted.json().getString("documentId"), token);
    assertThat(document.json().getString("filename")).isEqualTo("umowa.txt");
    JsonObject analysis =
        analyses.awaitFinished(
            accepted.json().getString("analysisId"), token, Duration.ofMinutes(2));
    assertThat(analysis.getString("status")).isEqualTo("COMPLETED");
    assertThat(analysis.getInt("findingsCount"))
        .isEqualTo(ExampleContract.registerNumbers().size());
  }

  @Test
  void scannedContractGoesToTheHeavyQueueAndIsReadByOcr() throws Exception {
    String token = Tokens.integrator(tenant);
    int registerNumber = 5747; // the Drimer.pl clause of the example contract
    assertThat(ExampleContract.registerNumbers()).contains(registerNumber);
    String clause =
        ExampleContract.text()
            .lines()
            .filter(l -> l.contains("Drimer.pl"))
            .findFirst()
            .orElseThrow()
            .substring(3);

    ApiResponse accepted =
        analyses.submit(ScannedPage.png(clause), token, Map.of("Content-Type", "image/png"));

    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    String analysisId = accepted.json().getString("analysisId");
    JsonObject analysis = analyses.awaitFinished(analysisId, token, Duration.ofMinutes(3));
    assertThat(analysis.getString("queue")).isEqualTo("analysis.heavy");
    assertThat(analysis.getString("status")).as(analysis.toString()).isEqualTo("COMPLETED");
    List<JsonObject> reported = analyses.findings(analysisId, token);
    assertThat(reported)
        .anySatisfy(
            f ->
                assertThat(
                        f.getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
                            .map(e -> e.getInt("registerNumber")))
                    .contains(registerNumber));
  }

  @Test
  void scannedPdfIsForwardedFromTheFastQueueToTheHeavyOne() throws Exception {
    String token = Tokens.integrator(tenant);
    int registerNumber = 5747; // the Drimer.pl clause of the example contract
    String clause =
        ExampleContract.text()
            .lines()
            .filter(l -> l.contains("Drimer.pl"))
            .findFirst()
            .orElseThrow()
            .substring(3);
    long fastBefore = Broker.attribute("analysis.fast", "MessagesAdded");
    long heavyBefore = Broker.attribute("analysis.heavy", "MessagesAdded");

    ApiResponse accepted = analyses.submit(ScannedPage.pdf(clause), token, Map.of());

    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    JsonObject analysis =
        analyses.awaitFinished(
            accepted.json().getString("analysisId"), token, Duration.ofMinutes(3));
    assertThat(analysis.getString("status")).as(analysis.toString()).isEqualTo("COMPLETED");
    assertThat(analysis.getString("queue")).isEqualTo("analysis.heavy");
    assertThat(analysis.getInt("attempts")).as("the fast look costs no attempt").isEqualTo(1);
    assertThat(Broker.attribute("analysis.fast", "MessagesAdded")).isGreaterThan(fastBefore);
    assertThat(Broker.attribute("analysis.heavy", "MessagesAdded")).isGreaterThan(heavyBefore);
    assertThat(analyses.findings(accepted.json().getString("analysisId"), token))
        .anySatisfy(
            f ->
                assertThat(
                        f.getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
                            .map(e -> e.getInt("registerNumber")))
                    .contains(registerNumber));
  }
}
