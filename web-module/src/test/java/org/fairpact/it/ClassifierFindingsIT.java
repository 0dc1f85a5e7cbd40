package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
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
 * The trained classifier on Payara Micro: the instance loads the current model from the object
 * store at start ({@code bin/fairpact test} published the repository's {@code models/} there) and
 * reports unfair clauses the register does not contain, with the classifier's evidence.
 */
@ExtendWith(ArquillianExtension.class)
class ClassifierFindingsIT {

  private static final String TOS = "terms-of-service-en.txt";

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
  void instanceReportsTheCurrentModelItLoadedWithItsProvenance() {
    ApiResponse model = api.get("/api/v1/admin/model", Tokens.admin());

    assertThat(model.status()).as(model.toString()).isEqualTo(200);
    JsonObject json = model.json();
    assertThat(json.getBoolean("loaded")).as(json.toString()).isTrue();
    assertThat(json.getString("version")).isEqualTo(ModelObjects.bundledCurrentVersion());
    assertThat(json.getString("current")).isEqualTo(ModelObjects.bundledCurrentFile());
    assertThat(json.getString("source")).endsWith("/models/");
    assertThat(json.getBoolean("fallback")).isFalse();
    assertThat(json.getString("licence")).contains("CC BY-NC-SA", "CC BY 4.0");
    assertThat(json.getJsonArray("trainingData")).isNotEmpty();
    assertThat(json.getJsonArray("languages").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .contains("en", "pl");
    assertThat(json.getJsonArray("classifying").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("en", "pl");
  }

  @Test
  void unfairEnglishClauseOutsideTheRegisterIsFoundByTheClassifierWithItsExplanation() {
    String token = Tokens.integrator(tenant);
    String text = ContractTexts.read(TOS);
    ApiResponse accepted = analyses.submitText(text, "en", token);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    String analysisId = accepted.json().getString("analysisId");

    JsonObject analysis = analyses.awaitFinished(analysisId, token, Duration.ofMinutes(2));
    assertThat(analysis.getString("status")).as(analysis.toString()).isEqualTo("COMPLETED");
    assertThat(analysis.getString("model")).isEqualTo(ModelObjects.bundledCurrentVersion());
    assertThat(analysis.getJsonNumber("documentRisk").doubleValue()).isBetween(0.5, 1.0);

    List<JsonObject> findings = analyses.findings(analysisId, token);
    JsonObject termination =
        findings.stream()
            .filter(f -> f.getString("excerpt").contains("may terminate this agreement"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("termination clause not reported: " + findings));
    assertThat(termination.getString("basis")).isEqualTo("CLASSIFIER");
    assertThat(termination.getString("reason")).startsWith("Classifier: probability ");
    assertThat(termination.containsKey("clauseType")).as("English clauses have no type").isFalse();
    assertThat(termination.getString("risk")).isIn("MEDIUM", "HIGH");
    assertThat(termination.getJsonArray("evidence")).isEmpty();
    JsonObject classifier = termination.getJsonObject("classifier");
    assertThat(classifier.getJsonNumber("probability").doubleValue()).isBetween(0.5, 1.0);
    assertThat(classifier.getJsonArray("categories").getString(0)).isEqualTo("TER");
    List<JsonObject> explanation =
        classifier.getJsonArray("explanation").getValuesAs(JsonObject.class);
    assertThat(explanation).isNotEmpty();
    assertThat(explanation.get(0).getString("feature")).isNotBlank();
    assertThat(explanation.get(0).getJsonNumber("weight").doubleValue()).isPositive();
    assertThat(text).contains(explanation.get(0).getString("text"));

    for (String fair :
        List.of(
            "You must keep your sign-in information secure",
            "Third-party services are subject to terms")) {
      assertThat(findings)
          .as("fair clause reported: %s", fair)
          .noneMatch(f -> f.getString("excerpt").contains(fair));
    }
  }
}
