package org.fairpact.interfaces.rest;

import java.util.List;
import java.util.Optional;
import org.fairpact.analysis.extraction.ExtractedText;
import org.fairpact.interfaces.rest.FindingsView.FindingView;

/**
 * The report of a completed analysis as one self-contained XHTML page, well-formed XML so that
 * {@link ReportPdf} renders the very same page: a summary (the document's overall risk, findings by
 * risk level and by basis), the contract's text with each risky clause marked ({@link ReportText})
 * and a card per finding with its evidence ({@link FindingCards}). It references nothing outside
 * itself: the style sheet is inline, and there is no script, image, font or link to fetch; its
 * Content-Security-Policy forbids them all the same. Every text from the document, the register or
 * the model is escaped ({@link Markup}).
 */
final class ReportPage {

  /** The levels a finding has, strongest first. */
  static final List<String> RISKS = List.of("HIGH", "MEDIUM", "LOW");

  static final List<String> BASES = List.of("REGISTER", "CLAUSE_TYPE", "CLASSIFIER");

  /** No fetch of any kind; only the inline style sheet. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

  private static final String STYLE = Markup.resource("report.css");

  private ReportPage() {}

  static String html(
      AnalysisView analysis, String filename, FindingsView view, Optional<ExtractedText> text) {
    List<FindingView> findings = view.findings();
    String name =
        filename == null || filename.isBlank() ? "document " + analysis.documentId() : filename;
    Markup html = new Markup();
    html.tag("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .text(analysis.language() == null ? "pl" : analysis.language())
        .tag("\"><head><meta charset=\"UTF-8\"/>")
        .tag("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .text(CONTENT_SECURITY_POLICY)
        .tag("\"/>")
        .element("<title>", "FairPact report: " + name)
        .tag("<style>")
        .tag(STYLE)
        .tag("</style></head><body>")
        .element("<h1>", "FairPact report: " + name);
    metadata(html, analysis);
    summary(html, analysis, findings);
    html.tag("<section id=\"contract\">").element("<h2>", "The contract");
    if (text.isPresent()) {
      ReportText.write(html, text.get(), findings);
    } else {
      ReportText.clausesOnly(html, findings);
    }
    html.tag("</section><section id=\"findings\">").element("<h2>", "Findings");
    FindingCards.write(html, findings);
    html.tag("</section></body></html>\n");
    return html.toString();
  }

  /** What the basis of a finding means, in a few words. */
  static String basisDescription(String basis) {
    return switch (basis) {
      case "REGISTER" -> "a register entry matches the clause";
      case "CLAUSE_TYPE" -> "the clause is of a type of clause the register holds many times";
      case "CLASSIFIER" -> "the trained classifier judged the clause abusive";
      default -> basis;
    };
  }

  private static void metadata(Markup html, AnalysisView analysis) {
    html.tag("<table class=\"meta\"><tbody>");
    row(html, "Analysis", analysis.id());
    row(html, "Document", analysis.documentId());
    row(html, "Completed", analysis.completedAt());
    row(html, "Language", analysis.language());
    row(
        html,
        "Clauses analysed",
        analysis.clausesTotal() == null ? "-" : "" + analysis.clausesTotal());
    row(
        html,
        "Classifier model",
        analysis.model() == null ? "none: register evidence alone" : analysis.model());
    html.tag("</tbody></table>");
  }

  private static void row(Markup html, String label, String value) {
    html.tag("<tr>")
        .element("<th>", label)
        .element("<td>", value == null ? "-" : value)
        .tag("</tr>");
  }

  private static void summary(Markup html, AnalysisView analysis, List<FindingView> findings) {
    String overall =
        RISKS.stream()
            .filter(r -> findings.stream().anyMatch(f -> f.risk().equals(r)))
            .findFirst()
            .orElse("NONE");
    html.tag("<section id=\"summary\">")
        .element("<h2>", "Summary")
        .tag(
            "<p id=\"overall\"><strong>Overall risk: </strong><span id=\"overall-risk\" class=\"label risk-")
        .tag(overall + "\">")
        .text(overall)
        .tag("</span> ")
        .text(
            findings.isEmpty()
                ? "no clause resembles clauses ruled abusive."
                : findings.size() == 1
                    ? "the risk of its one risky clause."
                    : "the highest risk of its " + findings.size() + " risky clauses.");
    if (analysis.documentRisk() != null) {
      html.text(
          " Document risk "
              + Markup.number(analysis.documentRisk())
              + ": the chance that at least one finding is really abusive.");
    }
    html.tag("</p>");
    html.tag(
        "<table id=\"summary-risk\"><thead><tr><th>Risk</th><th>Findings</th></tr></thead><tbody>");
    for (String risk : RISKS) {
      long count = findings.stream().filter(f -> f.risk().equals(risk)).count();
      html.tag("<tr data-risk=\"" + risk + "\"><td><span class=\"label risk-" + risk + "\">")
          .text(risk)
          .tag("</span></td>")
          .element("<td class=\"count\">", String.valueOf(count))
          .tag("</tr>");
    }
    html.tag("<tr data-risk=\"ALL\">")
        .element("<th>", "All")
        .element("<td class=\"count\">", String.valueOf(findings.size()))
        .tag("</tr></tbody></table>");
    html.tag("<table id=\"summary-basis\"><thead><tr><th>Basis</th><th>What set the risk</th>")
        .tag("<th>Findings</th></tr></thead><tbody>");
    for (String basis : BASES) {
      long count = findings.stream().filter(f -> f.basis().equals(basis)).count();
      html.tag("<tr data-basis=\"" + basis + "\">")
          .element("<td>", basis)
          .element("<td>", basisDescription(basis))
          .element("<td class=\"count\">", String.valueOf(count))
          .tag("</tr>");
    }
    html.tag("</tbody></table></section>");
  }
}
