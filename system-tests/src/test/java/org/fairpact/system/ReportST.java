package org.fairpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.fairpact.system.support.Cluster;
import org.fairpact.system.support.ExampleAnalysis;
import org.fairpact.system.support.FrontEnd;
import org.fairpact.system.support.FrontEnd.Response;
import org.fairpact.system.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of an analysis through nginx: the HTML page with a highlighted clause per finding, the
 * PDF, and 406 for another type, whichever instance answers; and the same report saved by {@code
 * bin/fairpact report}. (ReportIT tests the page itself in a browser.)
 */
class ReportST {

  private static final Duration ANALYSIS_LIMIT = Duration.ofMinutes(2);
  private static final String TENANT = "st-report";
  private static final Pattern MARK = Pattern.compile("<mark class=\"finding risk-");

  private final FrontEnd front = FrontEnd.plain();
  private final String token = Tokens.integrator(TENANT);

  @TempDir Path saved;

  @Test
  void reportAnswersAsHtmlAndPdfThroughTheFrontEnd() throws IOException {
    String id = ExampleAnalysis.submit(front, token, "umowa-report");
    Response done = ExampleAnalysis.awaitFinished(front, token, id, ANALYSIS_LIMIT);
    assertThat(ExampleAnalysis.status(done)).as("%s", done).isEqualTo("COMPLETED");
    int findings =
        json(front.get("/api/v1/analyses/" + id + "/findings", token).body())
            .getJsonArray("findings")
            .size();
    String report = "/api/v1/analyses/" + id + "/report";

    Response html = front.get(report, token, Map.of("Accept", "text/html"));
    Response pdf = front.get(report, token, Map.of("Accept", "application/pdf"));
    Response json = front.get(report, token, Map.of("Accept", "application/json"));

    assertThat(html.status()).as("%s", html).isEqualTo(200);
    assertThat(html.header("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(MARK.matcher(html.body()).results().count()).isEqualTo(findings);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).contains("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF-");
    assertThat(json.status()).isEqualTo(406);
    assertThat(json.header("Content-Type")).contains("application/problem+json");

    Path htmlFile = saved.resolve("report.html");
    Path pdfFile = saved.resolve("report.pdf");
    Cluster.run(
        Duration.ofMinutes(1), "report", id, "--tenant", TENANT, "--out", htmlFile.toString());
    Cluster.run(
        Duration.ofMinutes(1),
        "report",
        id,
        "--pdf",
        "--tenant",
        TENANT,
        "--out",
        pdfFile.toString());
    String savedHtml = Files.readString(htmlFile, StandardCharsets.UTF_8);
    assertThat(MARK.matcher(savedHtml).results().count())
        .as("highlighted clauses in the report bin/fairpact saved")
        .isEqualTo(findings);
    assertThat(new String(Files.readAllBytes(pdfFile), 0, 5, StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    System.out.printf(
        "%n=== report: analysis %s, %d findings, HTML %d chars, PDF %d chars, answered by %s %s %s%n",
        id,
        findings,
        html.body().length(),
        pdf.body().length(),
        html.instance().orElse("?"),
        pdf.instance().orElse("?"),
        json.instance().orElse("?"));
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
