package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.fairpact.it.support.Analyses;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.RawHttp;
import org.fairpact.it.support.Tokens;
import org.fairpact.testsupport.ProfileDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input gets a clear problem+json answer with a stable type, and nothing is stored for it; a
 * document that is accepted but cannot be read ends FAILED with the reason.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

  private static final String PROBLEMS = "https://fairpact.dev/problems/";
  private static final long LIMIT = 50L * 1024 * 1024;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  private Api api;
  private final String tenant = "bad-input-" + UUID.randomUUID();
  private String token;

  @BeforeEach
  void connect() {
    api = new Api(base);
    token = Tokens.integrator(tenant);
  }

  @Test
  void unknownBinaryTypeIsRefusedWith415() {
    byte[] executable = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    ApiResponse response = new Analyses(api).submit(executable, token, Map.of());

    assertProblem(response, 415, "unsupported-document-type");
    assertNothingStoredForTenant();
  }

  @Test
  void emptyBodyIsRefusedWith400() {
    ApiResponse response = new Analyses(api).submit(new byte[0], token, Map.of());

    assertProblem(response, 400, "empty-document");
    assertNothingStoredForTenant();
  }

  @Test
  void declaredOversizeIsRefusedBeforeReading() {
    int status = RawHttp.announceBody(base, "/api/v1/documents", token, LIMIT + 1);

    assertThat(status).isEqualTo(413);
    assertNothingStoredForTenant();
  }

  @Test
  void streamedOversizeWithoutLengthIsRefused() {
    int status = RawHttp.streamChunked(base, "/api/v1/documents", token, LIMIT + 4L * 65536);

    assertThat(status).isEqualTo(413);
    assertNothingStoredForTenant();
  }

  @Test
  void corruptPdfIsAcceptedAndFailsWithAReason() {
    byte[] corrupt =
        "%PDF-1.7\n1 0 obj << /Type /Catalog >>\n garbage".getBytes(StandardCharsets.US_ASCII);

    ApiResponse accepted = new Analyses(api).submit(corrupt, token, Map.of());
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    JsonObject analysis =
        new Analyses(api)
            .awaitFinished(accepted.json().getString("analysisId"), token, Duration.ofMinutes(1));

    assertThat(analysis.getString("status")).isEqualTo("FAILED");
    assertThat(analysis.getString("failureReason")).containsIgnoringCase("pdf");
  }

  @Test
  void missingTokenGetsProblemJson() {
    ApiResponse response = api.get("/api/v1/analyses/" + UUID.randomUUID(), null);

    assertProblem(response, 401, "unauthorized");
  }

  @Test
  void expiredForeignAndGarbageTokensAreUnauthorized() {
    String path = "/api/v1/analyses/" + UUID.randomUUID();

    assertThat(api.get(path, Tokens.expired(tenant)).status()).isEqualTo(401);
    assertThat(api.get(path, Tokens.wrongIssuer(tenant)).status()).isEqualTo(401);
    assertThat(api.get(path, "not.a.token").status()).isEqualTo(401);
  }

  @Test
  void operatorMayNotSubmitDocuments() {
    ApiResponse response = new Analyses(api).submitText("Umowa.", Tokens.operator());

    assertProblem(response, 403, "forbidden");
  }

  @Test
  void unknownAnalysisIsNotFound() {
    assertProblem(api.get("/api/v1/analyses/" + UUID.randomUUID(), token), 404, "not-found");
    assertProblem(api.get("/api/v1/analyses/not-a-uuid", token), 404, "not-found");
  }

  private void assertProblem(ApiResponse response, int status, String type) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonObject problem = response.json();
    assertThat(problem.getString("type")).isEqualTo(PROBLEMS + type);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
  }

  private void assertNothingStoredForTenant() {
    assertThat(ProfileDatabase.count("SELECT count(*) FROM document WHERE tenant = ?", tenant))
        .isZero();
    assertThat(ProfileDatabase.count("SELECT count(*) FROM analysis WHERE tenant = ?", tenant))
        .isZero();
  }
}
