package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fairpact.it.support.Analyses;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.ExampleContract;
import org.fairpact.it.support.Register;
import org.fairpact.it.support.ScannedPage;
import org.fairpact.it.support.Tokens;
import org.fairpact.testsupport.HeadlessBrowser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * The report of an analysis for people ({@code GET /api/v1/analyses/{id}/report}), shown in
 * headless Chromium and read back from its PDF, against the real services.
 *
 * <p>How the browser gets an authenticated page: WebDriver cannot add the bearer token to the
 * browser's requests, so the test fetches the HTML with its token and Chromium shows it from a file
 * ({@link HeadlessBrowser#show}). That is honest only because the page needs nothing else: the test
 * also asserts that the HTML references no stylesheet, script, image or font outside itself.
 * Screenshots are kept in {@code target/screenshots/}, the PDF in {@code target/reports/}.
 */
@ExtendWith(ArquillianExtension.class)
class ReportIT {

  /** Long enough for OCR of a scanned page on a busy machine. */
  private static final Duration ANALYSIS = Duration.ofMinutes(3);

  private static final Map<String, String> HTML = Map.of("Accept", "text/html");
  private static final Map<String, String> PDF = Map.of("Accept", "application/pdf");
  private static final Path REPORTS = Path.of("target", "reports");

  private static HeadlessBrowser browser;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  private Api api;
  private Analyses analyses;
  private final String tenant = "report-" + UUID.randomUUID();
  private final String token = Tokens.integrator(tenant);

  @BeforeAll
  static void startBrowser() {
    browser = HeadlessBrowser.start();
  }

  @AfterAll
  static void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void connect() {
    api = new Api(base);
    analyses = new Analyses(api);
    Register.ensureLoaded(api);
  }

  @Test
  void htmlReportRendersAndMarksExactlyTheFindings() {
    String id = completed(ExampleContract.text(), "umowa.txt");
    List<JsonObject> findings = analyses.findings(id, token);
    assertThat(findings).as("the example contract's risky clauses").hasSizeGreaterThan(1);

    ApiResponse report = api.get(report(id), token, HTML);
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    assertThat(report.contentType()).startsWith("text/html");
    assertThat(report.header("Content-Security-Policy"))
        .contains("default-src 'none'; style-src 'unsafe-inline'");
    assertSelfContained(report.body());

    browser.show(report.body());
    assertThat(browser.driver().getTitle()).isEqualTo("FairPact report: umowa.txt");
    WebElement byRisk = browser.awaitVisible(By.id("summary-risk"));
    assertThat(count(byRisk, "ALL")).isEqualTo(findings.size());
    for (String risk : List.of("HIGH", "MEDIUM", "LOW")) {
      assertThat(count(byRisk, risk))
          .as("findings of risk %s", risk)
          .isEqualTo(findings.stream().filter(f -> f.getString("risk").equals(risk)).count());
    }
    assertThat(browser.driver().findElements(By.id("summary-basis"))).hasSize(1);
    assertThat(browser.driver().findElements(By.id("text-missing"))).isEmpty();

    assertMarksAreTheFindings(findings);
    assertThat(browser.screenshot(Path.of("report-it-html"))).isRegularFile();
    browser.driver().findElement(By.cssSelector("a[href='#finding-1']")).click();
    assertThat(browser.driver().getCurrentUrl()).endsWith("#finding-1");
    assertThat(browser.screenshot(Path.of("report-it-first-finding"))).isRegularFile();
  }

  @Test
  void pdfReportCarriesTheEvidenceAndThePolishLetters() throws Exception {
    String id = completed(ExampleContract.text(), "umowa.txt");
    List<JsonObject> findings = analyses.findings(id, token);

    HttpResponse<byte[]> pdf = api.getBytes(report(id), token, PDF);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
    Files.createDirectories(REPORTS);
    Files.write(REPORTS.resolve("report-it.pdf"), pdf.body());

    String text;
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(text).contains("UMOWA SPRZEDAŻY KONSUMENCKIEJ", "zawarta za pośrednictwem");
    assertThat(text).contains("Sąd Okręgowy w Warszawie");
    List<String> named = findings.stream().flatMap(f -> evidenceNames(f).stream()).toList();
    assertThat(named).as("register numbers and case signatures of the evidence").isNotEmpty();
    assertThat(text).contains(named);
  }

  @Test
  void anythingButHtmlOrPdfIsNotAcceptable() {
    String id = completed(ExampleContract.text(), "umowa.txt");

    ApiResponse json = api.get(report(id), token, Map.of("Accept", "application/json"));

    assertThat(json.status()).isEqualTo(406);
    assertThat(json.json().getString("type")).endsWith("/not-acceptable");
  }

  @Test
  void anotherTenantsReportIsNotFound() {
    String id = completed(ExampleContract.text(), "umowa.txt");
    String stranger = Tokens.integrator("stranger-" + UUID.randomUUID());

    for (Map<String, String> accept : List.of(HTML, PDF)) {
      ApiResponse refused = api.get(report(id), stranger, accept);
      assertThat(refused.status()).isEqualTo(404);
      assertThat(refused.json().getString("type")).endsWith("/not-found");
    }
    assertThat(api.get(report(id), Tokens.admin(), HTML).status()).isEqualTo(200);
  }

  @Test
  void analysisThatDidNotCompleteHasNoReport() {
    byte[] corrupt = "%PDF-1.7\nnot really a PDF".getBytes(StandardCharsets.US_ASCII);
    ApiResponse accepted = analyses.submit(corrupt, token, Map.of());
    String id = accepted.json().getString("analysisId");
    assertThat(analyses.awaitFinished(id, token, ANALYSIS).getString("status")).isEqualTo("FAILED");

    ApiResponse refused = api.get(report(id), token, HTML);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("type")).endsWith("/analysis-not-completed");
  }

  @Test
  void hostileTextAndFilenameStayText() {
    String script = "<script>alert('report')</script>";
    String image = "<img src=x onerror=alert(1)>";
    String id = completed(script + "\n" + image + "\n\n" + ExampleContract.text(), script + ".txt");

    ApiResponse report = api.get(report(id), token, HTML);
    assertThat(report.status()).isEqualTo(200);
    assertSelfContained(report.body());

    browser.show(report.body());
    browser.awaitVisible(By.id("summary-risk"));
    assertThatThrownBy(() -> browser.driver().switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
    assertThat(browser.driver().findElements(By.tagName("script"))).isEmpty();
    assertThat(browser.driver().findElements(By.tagName("img"))).isEmpty();
    assertThat(browser.driver().getTitle()).isEqualTo("FairPact report: " + script + ".txt");
    assertThat(browser.driver().findElement(By.id("contract")).getText()).contains(script, image);
    assertThat(browser.driver().findElements(By.cssSelector("mark.finding")))
        .hasSameSizeAs(analyses.findings(id, token));
    browser.screenshot(Path.of("report-it-hostile"));
  }

  @Test
  void pdfContractIsShownWithItsText() {
    ApiResponse accepted =
        api.post(
            "/api/v1/documents?lang=pl&filename=umowa.pdf", ExampleContract.pdf(), token, Map.of());
    String id = awaitCompleted(accepted);
    List<JsonObject> findings = analyses.findings(id, token);
    assertThat(findings).isNotEmpty();

    browser.show(api.get(report(id), token, HTML).body());

    browser.awaitVisible(By.id("summary-risk"));
    assertThat(browser.driver().findElements(By.id("text-missing"))).isEmpty();
    assertThat(browser.driver().findElement(By.id("contract")).getText())
        .contains("UMOWA SPRZEDAŻY KONSUMENCKIEJ");
    assertMarksAreTheFindings(findings);
  }

  @Test
  void scannedContractShowsItsRiskyClausesWithoutTheText() throws Exception {
    String clause =
        ExampleContract.text()
            .lines()
            .filter(l -> l.contains("Drimer.pl"))
            .findFirst()
            .orElseThrow()
            .substring(3);
    ApiResponse accepted =
        analyses.submit(ScannedPage.png(clause), token, Map.of("Content-Type", "image/png"));
    String id = awaitCompleted(accepted);
    List<JsonObject> findings = analyses.findings(id, token);
    assertThat(findings).isNotEmpty();

    browser.show(api.get(report(id), token, HTML).body());

    assertThat(browser.awaitVisible(By.id("text-missing")).getText()).contains("OCR");
    assertMarksAreTheFindings(findings);
    browser.screenshot(Path.of("report-it-scanned"));
  }

  /** Submits the text under the filename and waits until its analysis COMPLETED. */
  private String completed(String text, String filename) {
    ApiResponse accepted =
        api.post(
            "/api/v1/documents?lang=pl&filename="
                + URLEncoder.encode(filename, StandardCharsets.UTF_8),
            text.getBytes(StandardCharsets.UTF_8),
            token,
            Map.of("Content-Type", "text/plain; charset=UTF-8"));
    return awaitCompleted(accepted);
  }

  private String awaitCompleted(ApiResponse accepted) {
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    String id = accepted.json().getString("analysisId");
    JsonObject analysis = analyses.awaitFinished(id, token, ANALYSIS);
    assertThat(analysis.getString("status")).as(analysis.toString()).isEqualTo("COMPLETED");
    return id;
  }

  private static String report(String id) {
    return "/api/v1/analyses/" + id + "/report";
  }

  private static long count(WebElement table, String risk) {
    return Long.parseLong(
        table.findElement(By.cssSelector("tr[data-risk='" + risk + "'] td.count")).getText());
  }

  /**
   * The page's highlighted clauses are exactly the findings, in order: the excerpt, offsets and
   * risk of each, with a colour and a card naming its risk and its evidence.
   */
  private static void assertMarksAreTheFindings(List<JsonObject> findings) {
    List<WebElement> marks = browser.driver().findElements(By.cssSelector("mark.finding"));
    assertThat(marks).as("highlighted clauses").hasSameSizeAs(findings);
    for (int i = 0; i < findings.size(); i++) {
      JsonObject finding = findings.get(i);
      WebElement mark = marks.get(i);
      String risk = finding.getString("risk");
      assertThat(mark.getDomProperty("textContent")).isEqualTo(finding.getString("excerpt"));
      assertThat(mark.getDomAttribute("data-start")).isEqualTo("" + finding.getInt("start"));
      assertThat(mark.getDomAttribute("data-end")).isEqualTo("" + finding.getInt("end"));
      assertThat(mark.getDomAttribute("data-risk")).isEqualTo(risk);
      assertThat(mark.getDomAttribute("class")).isEqualTo("finding risk-" + risk);
      assertThat(mark.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
      WebElement card = browser.driver().findElement(By.id("finding-" + (i + 1)));
      assertThat(card.getDomAttribute("class")).isEqualTo("card card-" + risk);
      assertThat(card.getText()).contains(risk);
      for (String named : evidenceNames(finding)) {
        assertThat(card.getText()).contains(named);
      }
    }
  }

  /** The register numbers and case signatures of a finding's evidence. */
  private static List<String> evidenceNames(JsonObject finding) {
    return finding.getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
        .flatMap(
            e ->
                e.isNull("caseSignature")
                    ? Stream.of("" + e.getInt("registerNumber"))
                    : Stream.of("" + e.getInt("registerNumber"), e.getString("caseSignature")))
        .toList();
  }

  /**
   * Nothing to fetch: no script, link, image, frame or object element, no {@code src} or external
   * {@code href} attribute, no imported style or URL in a style (text that merely reads so is
   * escaped: its {@code <} and {@code "} are character references).
   */
  private static void assertSelfContained(String html) {
    assertThat(html.toLowerCase())
        .doesNotContain("<script", "<link", "<img", "<iframe", "<object", "<embed")
        .doesNotContain(" src=\"", "href=\"http", "href=\"//", "url(", "@import");
  }
}
