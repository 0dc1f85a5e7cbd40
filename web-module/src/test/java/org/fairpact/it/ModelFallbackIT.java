package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fairpact.it.support.Analyses;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.ContractTexts;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.ModelObjects;
import org.fairpact.it.support.Register;
import org.fairpact.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A newly published model that is damaged never leaves an instance without one: under a prefix of
 * its own this test publishes the bundled model, then a newer model object cut off in transfer and
 * names that one CURRENT, before the instance starts. The instance loads the previous model, says
 * so, and classifies with it (here a Polish document: Polish is classified by default).
 */
@ExtendWith(ArquillianExtension.class)
class ModelFallbackIT {

  private static final String PREFIX = "models-it-" + UUID.randomUUID() + "/";
  private static final String DAMAGED = "clause-model-1-00000000dead.zip";

  @Deployment(testable = false)
  static WebArchive deployment() {
    ModelObjects.put(
        PREFIX + ModelObjects.bundledCurrentFile(), ModelObjects.bundledCurrentBytes());
    ModelObjects.put(PREFIX + DAMAGED, ModelObjects.truncatedModel(200_000));
    ModelObjects.put(PREFIX + "CURRENT", DAMAGED + "\n");
    return Deployments.fairpactWith(Map.of("fairpact.model.prefix", PREFIX));
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
  void damagedCurrentModelIsPassedOverForThePreviousOneAndTheFallbackIsReported() {
    ApiResponse model = api.get("/api/v1/admin/model", Tokens.admin());

    assertThat(model.status()).as(model.toString()).isEqualTo(200);
    JsonObject json = model.json();
    assertThat(json.getBoolean("loaded")).as(json.toString()).isTrue();
    assertThat(json.getString("current")).isEqualTo(DAMAGED);
    assertThat(json.getString("version")).isEqualTo(ModelObjects.bundledCurrentVersion());
    assertThat(json.getString("file")).isEqualTo(ModelObjects.bundledCurrentFile());
    assertThat(json.getBoolean("fallback")).isTrue();
    assertThat(json.getString("fallbackReason")).contains(DAMAGED);
    assertThat(json.getString("source")).endsWith("/" + PREFIX);
  }

  @Test
  void abusivePolishClauseOutsideTheRegisterIsFoundByTheFallbackModel() {
    String token = Tokens.integrator(tenant);
    ApiResponse accepted =
        analyses.submitText(ContractTexts.read("regulamin-plywalni-pl.txt"), "pl", token);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    String analysisId = accepted.json().getString("analysisId");

    JsonObject analysis = analyses.awaitFinished(analysisId, token, Duration.ofMinutes(2));
    assertThat(analysis.getString("status")).as(analysis.toString()).isEqualTo("COMPLETED");
    assertThat(analysis.getString("model")).isEqualTo(ModelObjects.bundledCurrentVersion());

    List<JsonObject> findings = analyses.findings(analysisId, token);
    JsonObject sauna =
        findings.stream()
            .filter(f -> f.getString("excerpt").contains("przebywania w saunie"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("sauna clause not reported: " + findings));
    assertThat(sauna.getString("basis")).isEqualTo("CLASSIFIER");
    assertThat(sauna.getJsonNumber("score").doubleValue())
        .as("register similarity")
        .isLessThan(0.45);
    JsonObject classifier = sauna.getJsonObject("classifier");
    assertThat(classifier.getJsonNumber("probability").doubleValue()).isBetween(0.5, 1.0);
    assertThat(classifier.getJsonArray("explanation")).isNotEmpty();
  }
}
