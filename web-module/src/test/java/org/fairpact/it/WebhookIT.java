package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.fairpact.it.support.Analyses;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.Metrics;
import org.fairpact.it.support.Tokens;
import org.fairpact.it.support.WebhookReceiver;
import org.fairpact.testsupport.Poll;
import org.fairpact.testsupport.ProfileDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks end to end: a receiver in this JVM registered as a tenant's webhook gets a signed
 * Standard Webhooks delivery for each analysis that completes or fails, retried until it answers
 * 2xx (same webhook-id) or given up; every attempt is listed. The test profile allows http and
 * loopback receivers, retries after 1 s, 2 s, 4 s and gives up after 15 s.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookIT {

  private static final Duration WITHIN = Duration.ofMinutes(2);
  private static final String ATTEMPTS = "fairpact_webhook_attempts_total";
  private static final String TEXT = "Umowa zlecenia. Zleceniobiorca wykona zlecenie starannie.";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  private Api api;
  private Analyses analyses;
  private WebhookReceiver receiver;
  private final String tenant = "hooks-" + UUID.randomUUID();
  private String token;

  @BeforeEach
  void receiver() {
    api = new Api(base);
    analyses = new Analyses(api);
    receiver = new WebhookReceiver();
    token = Tokens.integrator(tenant);
  }

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }

  @Test
  void aCompletedAnalysisIsDeliveredSignedWithTheSecretOfTheRegistration() {
    ApiResponse registered = register(receiver.url());
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    String secret = registered.json().getString("secret");
    assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=");
    assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
    String stored = storedSecret();
    assertThat(stored)
        .as("the secret at rest, sealed under the profile's key")
        .startsWith("sealed.v1.")
        .doesNotContain(secret.substring(6));

    String analysisId = submit(TEXT);
    JsonObject analysis = analyses.awaitFinished(analysisId, token, WITHIN);
    assertThat(analysis.getString("status")).isEqualTo("COMPLETED");
    WebhookReceiver.Received delivery = receiver.awaitFor(analysisId, 1, WITHIN).get(0);

    assertThat(delivery.header("content-type")).startsWith("application/json");
    assertThat(delivery.header("webhook-id")).matches("msg_[0-9a-f]{32}");
    long timestamp = Long.parseLong(delivery.header("webhook-timestamp"));
    assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(120);
    assertThat(verified(secret, delivery)).as(delivery.headers().toString()).isTrue();
    assertThat(verified("whsec_" + Base64.getEncoder().encodeToString(new byte[32]), delivery))
        .isFalse();
    JsonObject body = delivery.json();
    assertThat(body.getString("type")).isEqualTo("analysis.completed");
    assertThat(Instant.parse(body.getString("timestamp"))).isBefore(Instant.now().plusSeconds(1));
    JsonObject data = body.getJsonObject("data");
    assertThat(data.getString("status")).isEqualTo("COMPLETED");
    assertThat(data.getString("documentId")).isEqualTo(analysis.getString("documentId"));
    assertThat(data.getInt("findingsCount")).isEqualTo(analysis.getInt("findingsCount"));
    assertThat(data.getJsonObject("links").getString("findings"))
        .isEqualTo("/api/v1/analyses/" + analysisId + "/findings");

    JsonObject listed = awaitDelivery(analysisId, "DELIVERED");
    assertThat(listed.getString("id")).isEqualTo(delivery.header("webhook-id"));
    assertThat(listed.getString("type")).isEqualTo("analysis.completed");
    JsonObject attempt = listed.getJsonArray("attempts").getJsonObject(0);
    assertThat(attempt.getInt("httpStatus")).isEqualTo(200);
    assertThat(attempt.getString("url")).isEqualTo(receiver.url());
    assertThat(attempt.getJsonNumber("durationMs").longValue()).isNotNegative();
  }

  @Test
  void aReceiverThatFailsFirstGetsTheSameMessageAgainUntilItAccepts() {
    register(receiver.url());
    receiver.answering(500, 503);

    String analysisId = submit(TEXT);
    List<WebhookReceiver.Received> requests = receiver.awaitFor(analysisId, 3, WITHIN);

    assertThat(requests)
        .extracting(r -> r.header("webhook-id"))
        .containsOnly(requests.get(0).header("webhook-id"));
    assertThat(requests)
        .extracting(WebhookReceiver.Received::body)
        .containsOnly(requests.get(0).body());
    JsonObject listed = awaitDelivery(analysisId, "DELIVERED");
    assertThat(listed.getJsonArray("attempts").getValuesAs(JsonObject.class))
        .extracting(a -> a.getInt("number"), a -> a.getInt("httpStatus"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 500),
            org.assertj.core.groups.Tuple.tuple(2, 503),
            org.assertj.core.groups.Tuple.tuple(3, 200));
  }

  @Test
  void attemptsAreCountedByOutcomeAndTheEndpointsAreDescribed() {
    Map<String, String> rejected = Map.of("outcome", "rejected");
    Map<String, String> delivered = Map.of("outcome", "delivered");
    double rejectedBefore = Metrics.read(api).count(ATTEMPTS, rejected);
    double deliveredBefore = Metrics.read(api).count(ATTEMPTS, delivered);
    register(receiver.url());
    receiver.answering(500);

    String analysisId = submit(TEXT);
    awaitDelivery(analysisId, "DELIVERED");

    Metrics metrics = Metrics.read(api);
    assertThat(metrics.count(ATTEMPTS, rejected)).isGreaterThanOrEqualTo(rejectedBefore + 1);
    assertThat(metrics.count(ATTEMPTS, delivered)).isGreaterThanOrEqualTo(deliveredBefore + 1);
    assertThat(metrics.value("fairpact_webhook_deliveries_pending", Map.of())).isPresent();
    String openapi = api.get("/openapi", null).body();
    assertThat(openapi)
        .contains("/api/v1/webhook/deliveries")
        .contains("Register the tenant's webhook or point it to a new URL")
        .contains("webhook-url-not-allowed");
  }

  @Test
  void aDeliveryNoAttemptOfWhichSucceedsIsGivenUpWithEveryAttemptRecorded() {
    register(receiver.url());
    receiver.alwaysAnswering(500);

    String analysisId = submit(TEXT);
    JsonObject listed = awaitDelivery(analysisId, "FAILED");

    List<JsonObject> attempts = listed.getJsonArray("attempts").getValuesAs(JsonObject.class);
    assertThat(attempts)
        .hasSizeGreaterThanOrEqualTo(4)
        .allMatch(a -> a.getInt("httpStatus") == 500);
    Instant first = Instant.parse(attempts.get(0).getString("attemptedAt"));
    Instant last = Instant.parse(attempts.get(attempts.size() - 1).getString("attemptedAt"));
    assertThat(Duration.between(first, last))
        .isBetween(Duration.ofSeconds(5), Duration.ofSeconds(20));
    assertThat(receiver.awaitFor(analysisId, attempts.size(), WITHIN)).hasSize(attempts.size());
  }

  @Test
  void aFailedAnalysisSendsAnalysisFailedWithItsCode() {
    register(receiver.url());

    ApiResponse accepted =
        analyses.submit(
            "%PDF-1.7\n1 0 obj << /Type /Catalog >>\n garbage".getBytes(StandardCharsets.US_ASCII),
            token,
            Map.of());
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    String analysisId = accepted.json().getString("analysisId");
    JsonObject analysis = analyses.awaitFinished(analysisId, token, WITHIN);
    assertThat(analysis.getString("status")).isEqualTo("FAILED");

    JsonObject body = receiver.awaitFor(analysisId, 1, WITHIN).get(0).json();
    assertThat(body.getString("type")).isEqualTo("analysis.failed");
    assertThat(body.getJsonObject("data").getString("status")).isEqualTo("FAILED");
    assertThat(body.getJsonObject("data").getString("failureCode"))
        .isEqualTo(analysis.getString("failureCode"))
        .isEqualTo("corrupt-pdf");
    assertThat(body.getJsonObject("data").getJsonObject("links").containsKey("findings")).isFalse();
  }

  @Test
  void aTenantSeesNeitherAnotherTenantsWebhookNorItsDeliveries() {
    register(receiver.url());
    String analysisId = submit(TEXT);
    awaitDelivery(analysisId, "DELIVERED");
    String stranger = Tokens.integrator("stranger-" + UUID.randomUUID());

    ApiResponse webhook = api.get("/api/v1/webhook", stranger);
    assertThat(webhook.status()).isEqualTo(404);
    assertThat(webhook.contentType()).startsWith("application/problem+json");
    ApiResponse deliveries = api.get("/api/v1/webhook/deliveries", stranger);
    assertThat(deliveries.status()).isEqualTo(200);
    assertThat(deliveries.json().getJsonArray("deliveries")).isEmpty();
    assertThat(api.delete("/api/v1/webhook", stranger).status()).isEqualTo(204);
    assertThat(api.get("/api/v1/webhook", token).json().getString("url")).isEqualTo(receiver.url());
  }

  @Test
  void theSecretIsShownOnlyWhenIssuedAndRotatedOnRequest() {
    String first = register(receiver.url()).json().getString("secret");

    ApiResponse shown = api.get("/api/v1/webhook", token);
    assertThat(shown.status()).isEqualTo(200);
    assertThat(shown.json().getString("url")).isEqualTo(receiver.url());
    assertThat(shown.body()).doesNotContain("whsec_");
    ApiResponse repointed = register(receiver.url() + "?v=2");
    assertThat(repointed.status()).isEqualTo(200);
    assertThat(repointed.json().containsKey("secret")).isFalse();
    ApiResponse rotated =
        api.put(
            "/api/v1/webhook?rotateSecret=true", "{\"url\": \"" + receiver.url() + "\"}", token);
    assertThat(rotated.status()).isEqualTo(200);
    assertThat(rotated.json().getString("secret")).startsWith("whsec_").isNotEqualTo(first);

    String analysisId = submit(TEXT);
    WebhookReceiver.Received delivery = receiver.awaitFor(analysisId, 1, WITHIN).get(0);
    assertThat(verified(rotated.json().getString("secret"), delivery)).isTrue();
    assertThat(verified(first, delivery)).isFalse();

    assertThat(api.delete("/api/v1/webhook", token).status()).isEqualTo(204);
    assertThat(api.get("/api/v1/webhook", token).status()).isEqualTo(404);
  }

  @Test
  void simultaneousFirstRegistrationsOfATenantCreateOneWebhook() throws Exception {
    String racer = Tokens.integrator("racer-" + UUID.randomUUID());
    String body = "{\"url\": \"" + receiver.url() + "\"}";
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ApiResponse>> puts = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        puts.add(pool.submit(() -> api.put("/api/v1/webhook", body, racer)));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<ApiResponse> put : puts) {
        statuses.add(put.get(60, TimeUnit.SECONDS).status());
      }
      assertThat(statuses).as(statuses.toString()).containsOnly(200, 201);
      assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(api.get("/api/v1/webhook", racer).json().getString("url")).isEqualTo(receiver.url());
  }

  @Test
  void privateLinkLocalAndMalformedUrlsAreRefused() {
    assertProblem(register("http://10.0.0.1/hook"), "webhook-url-not-allowed");
    assertProblem(register("http://169.254.169.254/latest/meta-data/"), "webhook-url-not-allowed");
    assertProblem(register("http://[fd00:ec2::254]/"), "webhook-url-not-allowed");
    assertProblem(register("http://192.168.1.1:8080/"), "webhook-url-not-allowed");
    assertProblem(register("ftp://example.com/"), "invalid-webhook-url");
    assertProblem(register("http://user:pw@example.com/"), "invalid-webhook-url");
    assertProblem(register("http://0177.0.0.1/"), "invalid-webhook-url");
    assertProblem(api.put("/api/v1/webhook", "not json", token), "invalid-request");
    assertProblem(api.put("/api/v1/webhook", "{\"url\": 7}", token), "invalid-webhook-url");
    assertThat(api.get("/api/v1/webhook", token).status()).isEqualTo(404);
  }

  private ApiResponse register(String url) {
    return api.put("/api/v1/webhook", "{\"url\": \"" + url + "\"}", token);
  }

  private String submit(String text) {
    ApiResponse accepted = analyses.submitText(text, token);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    return accepted.json().getString("analysisId");
  }

  /** The listed delivery of the analysis, once it has the status. */
  private JsonObject awaitDelivery(String analysisId, String status) {
    return Poll.until(
            WITHIN,
            () ->
                api
                    .get("/api/v1/webhook/deliveries?limit=100", token)
                    .json()
                    .getJsonArray("deliveries")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(d -> d.getString("analysisId").equals(analysisId))
                    .findFirst(),
            found -> found.isPresent() && found.get().getString("status").equals(status),
            "the delivery of analysis " + analysisId + " to be " + status)
        .orElseThrow();
  }

  private static void assertProblem(ApiResponse response, String type) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().getString("type")).endsWith("/" + type);
  }

  /**
   * The receiver's check, written from the Standard Webhooks specification: HMAC-SHA256 keyed with
   * the base64-decoded secret (without {@code whsec_}) over {@code id.timestamp.body}, compared in
   * constant time with each {@code v1,} signature of the header.
   */
  private static boolean verified(String secret, WebhookReceiver.Received request) {
    try {
      byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      String signed =
          request.header("webhook-id")
              + "."
              + request.header("webhook-timestamp")
              + "."
              + request.body();
      byte[] expected = mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
      for (String signature : request.header("webhook-signature").split(" ")) {
        if (signature.startsWith("v1,")
            && MessageDigest.isEqual(
                expected, Base64.getDecoder().decode(signature.substring(3)))) {
          return true;
        }
      }
      return false;
    } catch (IllegalArgumentException e) {
      return false;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The webhook's secret as the database holds it. */
  private String storedSecret() {
    try (Connection connection = ProfileDatabase.connect();
        PreparedStatement select =
            connection.prepareStatement("SELECT secret FROM webhook WHERE tenant = ?")) {
      select.setString(1, tenant);
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).as("webhook row of " + tenant).isTrue();
        return row.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
