package org.fairpact.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fairpact.analysis.extraction.ExtractedText;
import org.fairpact.interfaces.rest.FindingsView.ClassifierView;
import org.fairpact.interfaces.rest.FindingsView.EvidenceView;
import org.fairpact.interfaces.rest.FindingsView.ExplanationView;
import org.fairpact.interfaces.rest.FindingsView.FindingView;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report page is well-formed XHTML in which hostile text stays text, marks exactly the
 * findings, and renders as a PDF whose text keeps the Polish letters and the evidence.
 */
class ReportPageTest {

  /** The rendered PDF is kept for people to look at. */
  private static final Path ARTEFACTS = Path.of("target", "reports");

  private static final String HOSTILE = "Uwaga <script>alert('x')</script> & \"cudzysłów\"";
  private static final String CLAUSE_1 =
      "Sprzedawca zastrzega sobie prawo do zmian regulaminu bez podania przyczyny.";
  private static final String CLAUSE_2 = "Reklamacje można złożyć do 7 dni <b>od</b> dostawy.";

  @Test
  void marksEachFindingWithItsRiskAndEscapesTheText() throws Exception {
    String html = page();

    Document xml = parse(html);
    NodeList marks = xml.getElementsByTagName("mark");
    assertThat(marks.getLength()).isEqualTo(2);
    Element first = (Element) marks.item(0);
    assertThat(first.getTextContent()).isEqualTo(CLAUSE_1);
    assertThat(first.getAttribute("class")).isEqualTo("finding risk-HIGH");
    assertThat(((Element) marks.item(1)).getTextContent()).isEqualTo(CLAUSE_2);
    assertThat(((Element) marks.item(1)).getAttribute("data-risk")).isEqualTo("MEDIUM");
    assertThat(xml.getElementsByTagName("script").getLength()).isZero();
    assertThat(xml.getElementsByTagName("b").getLength()).isZero();
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(html).doesNotContainIgnoringCase("src=").doesNotContain("http://fairpact");
    assertThat(xml.getElementById("summary-risk")).isNull(); // no DTD: ids are plain attributes
    assertThat(html).contains("id=\"summary-risk\"", "id=\"summary-basis\"", "id=\"finding-2\"");
  }

  @Test
  void withoutTheTextMarksTheClausesAlone() throws Exception {
    String html = ReportPage.html(analysis(), "umowa.txt", findings(), Optional.empty());

    Document xml = parse(html);
    assertThat(xml.getElementsByTagName("mark").getLength()).isEqualTo(2);
    assertThat(html).contains("id=\"text-missing\"");
  }

  @Test
  void pdfHasThePolishLettersAndTheEvidence() throws Exception {
    byte[] pdf = ReportPdf.render(page());
    Files.createDirectories(ARTEFACTS);
    Files.write(ARTEFACTS.resolve("report-page-test.pdf"), pdf);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("zastrzega sobie prawo", "można złożyć", "cudzysłów")
          .contains("XVII AmC 715/09", "1926", "Sąd Okręgowy w Warszawie")
          .contains("<script>alert('x')</script>");
    }
  }

  private static String page() {
    return ReportPage.html(analysis(), "umowa <x>.txt", findings(), Optional.of(text()));
  }

  private static ExtractedText text() {
    return ExtractedText.builder()
        .addPage(HOSTILE + "\n§ 1. " + CLAUSE_1 + "\n§ 2. Zwykła klauzula.", false)
        .addPage("§ 3. " + CLAUSE_2, false)
        .build();
  }

  private static FindingsView findings() {
    String full = text().fullText();
    int start1 = full.indexOf(CLAUSE_1);
    int start2 = full.indexOf(CLAUSE_2);
    EvidenceView entry =
        new EvidenceView(
            1926,
            0.58,
            0.91,
            "XVII AmC 715/09",
            "Sąd Okręgowy w Warszawie - Sąd Ochrony Konkurencji i Konsumentów",
            "2010-03-03",
            "HANDEL ELEKTRONICZNY",
            List.of("Sprzedawca zastrzega sobie prawo"),
            List.of(4060));
    FindingView high =
        new FindingView(
            1,
            1,
            start1,
            start1 + CLAUSE_1.length(),
            CLAUSE_1,
            "HIGH",
            0.58,
            List.of(entry),
            "REGISTER",
            new ClassifierView(0.82, List.of(), List.of(new ExplanationView("bez", "w:bez", 0.17))),
            null,
            "Matches register entry 1926 (similarity 0.58; verifier 0.91)");
    FindingView medium =
        new FindingView(
            3,
            2,
            start2,
            start2 + CLAUSE_2.length(),
            CLAUSE_2,
            "MEDIUM",
            0.7,
            List.of(),
            "CLASSIFIER",
            null,
            null,
            "Classifier: probability 0.70");
    return new FindingsView("a", "COMPLETED", "pl", List.of(high, medium));
  }

  private static AnalysisView analysis() {
    return new AnalysisView(
        "a",
        "d",
        "t",
        "COMPLETED",
        "analysis.fast",
        100,
        4,
        4,
        2,
        "pl",
        1,
        null,
        null,
        "2026-12-07T12:00:00Z",
        "2026-12-07T12:00:01Z",
        "2026-12-07T12:00:02Z",
        1000L,
        0.93,
        "pl-2026.1");
  }

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }
}
