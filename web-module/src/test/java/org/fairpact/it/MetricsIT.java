package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fairpact.it.support.Analyses;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.Metrics;
import org.fairpact.it.support.Register;
import org.fairpact.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The business metrics on /metrics move with what the API and the workers do, in their units. */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

  private static final String DURATION = "fairpact_analysis_duration_seconds";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  private Api api;
  private Analyses analyses;
  private final String token = Tokens.integrator("metrics-" + UUID.randomUUID());

  @BeforeEach
  void connect() {
    api = new Api(base);
    analyses = new Analyses(api);
  }

  @Test
  void theAnalysisDurationIsReportedInSeconds() {
    Register.ensureLoaded(api);
    Map<String, String> completed = Map.of("outcome", "completed");
    double completedBefore = Metrics.read(api).count("fairpact_analyses_total", completed);

    JsonObject analysis =
        analyse("Umowa sprzedaży. Sprzedawca może zmienić cenę bez podania przyczyny.");
    assertThat(analysis.getString("status")).as(analysis.toString()).isEqualTo("COMPLETED");

    Metrics metrics = Metrics.read(api);
    List<String> lines = metrics.lines(DURATION);
    System.out.println("=== /metrics " + DURATION + ":\n" + String.join("\n", lines));
    double count = metrics.value(DURATION + "_count", Map.of()).orElseThrow();
    assertThat(count).isGreaterThanOrEqualTo(1);
    assertThat(metrics.value(DURATION + "_max", Map.of()))
        .hasValueSatisfying(max -> assertThat(max).isGreaterThan(0).isLessThan(60));
    assertThat(metrics.value(DURATION + "_sum", Map.of()))
        .hasValueSatisfying(sum -> assertThat(sum).isGreaterThan(0).isLessThan(60 * count));
    assertThat(lines)
        .as("every sample but counts in seconds")
        .filteredOn(l -> !l.startsWith("#"))
        .filteredOn(l -> !l.startsWith(DURATION + "_count") && !l.startsWith(DURATION + "_bucket"))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(valueOf(line)).isLessThan(60));
    assertThat(metrics.value(DURATION + "_bucket", Map.of("le", "60.0")))
        .as("histogram bucket up to 60 s holds the analysis")
        .hasValue(count);
    assertThat(metrics.count("fairpact_analyses_total", completed)).isEqualTo(completedBefore + 1);
  }

  @Test
  void failedAnalysesAreCountedByABoundedReason() {
    Map<String, String> corruptPdf = Map.of("reason", "corrupt-pdf");
    Map<String, String> failed = Map.of("outcome", "failed");
    Metrics before = Metrics.read(api);

    ApiResponse accepted =
        analyses.submit(
            "%PDF-1.7\n1 0 obj << /Type /Catalog >>\n garbage".getBytes(StandardCharsets.US_ASCII),
            token,
            Map.of());
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    JsonObject analysis =
        analyses.awaitFinished(
            accepted.json().getString("analysisId"), token, Duration.ofMinutes(1));
    assertThat(analysis.getString("status")).isEqualTo("FAILED");

    Metrics after = Metrics.read(api);
    assertThat(after.count("fairpact_analyses_total", failed))
        .isEqualTo(before.count("fairpact_analyses_total", failed) + 1);
    assertThat(after.count("fairpact_analysis_failures_total", corruptPdf))
        .as(String.join("\n", after.lines("fairpact_analysis_failures_total")))
        .isEqualTo(before.count("fairpact_analysis_failures_total", corruptPdf) + 1);
  }

  @Test
  void queueAndDeadLetterDepthsAreExported() {
    Metrics metrics = Metrics.read(api);

    for (String queue : List.of("analysis.fast", "analysis.heavy", "analysis.dlq")) {
      assertThat(metrics.value("fairpact_queue_depth", Map.of("queue", queue)))
          .as("depth of %s (-1 = broker unreadable)", queue)
          .hasValueSatisfying(depth -> assertThat(depth).isGreaterThanOrEqualTo(0));
    }
  }

  private static double valueOf(String sample) {
    return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
  }

  private JsonObject analyse(String text) {
    ApiResponse accepted = analyses.submitText(text, "pl", token);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    return analyses.awaitFinished(
        accepted.json().getString("analysisId"), token, Duration.ofMinutes(2));
  }
}
