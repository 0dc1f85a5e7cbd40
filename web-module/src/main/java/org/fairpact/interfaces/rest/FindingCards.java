package org.fairpact.interfaces.rest;

import java.util.List;
import java.util.stream.Collectors;
import org.fairpact.interfaces.rest.FindingsView.ClassifierView;
import org.fairpact.interfaces.rest.FindingsView.EvidenceView;
import org.fairpact.interfaces.rest.FindingsView.ExplanationView;
import org.fairpact.interfaces.rest.FindingsView.FindingView;

/**
 * The findings part of the report: one card per finding ({@code <article id="finding-N">}) with
 * what the API gives of it (see {@link FindingsView}): its risk, why, the clause type, what the
 * classifier said and the words that weighed most, and the register entries that are its evidence.
 * What a finding lacks is said, not left out silently.
 */
final class FindingCards {

  private FindingCards() {}

  static void write(Markup html, List<FindingView> findings) {
    if (findings.isEmpty()) {
      html.element("<p id=\"no-findings\">", "No clause of the document was found risky.");
    }
    for (int i = 0; i < findings.size(); i++) {
      card(html, findings.get(i), i + 1);
    }
  }

  private static void card(Markup html, FindingView f, int number) {
    String risk = f.risk();
    html.tag("<article class=\"card card-" + risk + "\" id=\"finding-" + number + "\">")
        .tag("<h3><span class=\"label risk-" + risk + "\">")
        .text(risk)
        .tag("</span> ")
        .text(
            number
                + ". Page "
                + f.page()
                + ", clause "
                + f.clauseIndex()
                + ", score "
                + Markup.number(f.score())
                + " ")
        .tag("<a href=\"#mark-" + number + "\">")
        .text("(in the text)")
        .tag("</a></h3><blockquote class=\"excerpt\">")
        .text(f.excerpt())
        .tag("</blockquote><p><strong>Why: </strong>")
        .text(f.reason())
        .tag("</p><p><strong>Basis: </strong>")
        .text(ReportPage.basisDescription(f.basis()))
        .tag("</p>");
    clauseType(html, f);
    classifier(html, f.classifier());
    evidence(html, f.evidence());
    html.tag("</article>");
  }

  private static void clauseType(Markup html, FindingView f) {
    if (f.clauseType() == null) {
      html.element(
          "<p class=\"note\">", "Of no type of clause that the register holds many times.");
      return;
    }
    html.tag("<p class=\"clause-type\"><strong>Clause type: </strong>")
        .text(f.clauseType().label() + " (" + f.clauseType().id() + "): ")
        .text(f.clauseType().description())
        .tag("</p>");
  }

  private static void classifier(Markup html, ClassifierView classifier) {
    if (classifier == null) {
      html.element("<p class=\"note\">", "Not judged by the classifier.");
      return;
    }
    html.tag("<p class=\"classifier\"><strong>Classifier: </strong>")
        .text(
            "probability "
                + Markup.number(classifier.probability())
                + " that the clause is abusive; category: "
                + (classifier.categories().isEmpty()
                    ? "none predicted"
                    : String.join(", ", classifier.categories())))
        .tag("</p>");
    if (classifier.explanation().isEmpty()) {
      html.element("<p class=\"note\">", "The classifier named no words that weighed most.");
      return;
    }
    html.element("<p>", "Words that weighed most towards \"abusive\", strongest first:")
        .tag("<ul class=\"words\">");
    for (ExplanationView word : classifier.explanation()) {
      html.tag("<li>")
          .text("\u201e" + word.text() + "\u201d " + Markup.number(word.weight()))
          .tag(" <span class=\"note\">")
          .text("(" + word.feature() + ")")
          .tag("</span></li>");
    }
    html.tag("</ul>");
  }

  private static void evidence(Markup html, List<EvidenceView> evidence) {
    if (evidence.isEmpty()) {
      html.element("<p class=\"note\">", "No register entry is evidence for this clause.");
      return;
    }
    html.tag("<table class=\"evidence\"><thead><tr>")
        .tag("<th>Register no.</th><th>Court</th><th>Case signature</th><th>Judgment date</th>")
        .tag("<th>Similarity</th><th>Verifier</th></tr></thead><tbody>");
    for (EvidenceView e : evidence) {
      html.tag("<tr class=\"entry\">")
          .element("<td class=\"register-number\">", String.valueOf(e.registerNumber()))
          .element("<td>", orDash(e.court()))
          .element("<td class=\"case-signature\">", orDash(e.caseSignature()))
          .element("<td class=\"date\">", orDash(e.judgmentDate()))
          .element("<td class=\"count\">", Markup.number(e.similarity()))
          .element("<td class=\"count\">", e.verified() == null ? "-" : Markup.number(e.verified()))
          .tag("</tr><tr><td colspan=\"6\">")
          .text(wording(e))
          .tag("</td></tr>");
    }
    html.tag("</tbody></table>");
  }

  private static String wording(EvidenceView e) {
    String shared =
        e.sharedWording().isEmpty()
            ? "Shares no passage of two or more words with it."
            : "Shared wording: "
                + e.sharedWording().stream()
                    .map(w -> "\u201e" + w + "\u201d")
                    .collect(Collectors.joining(" / "))
                + ".";
    String same =
        e.sameWording().isEmpty()
            ? ""
            : " Same wording: Nr "
                + e.sameWording().stream().map(String::valueOf).collect(Collectors.joining(", "))
                + ".";
    String sector = e.sector() == null ? "" : " Sector: " + e.sector() + ".";
    return shared + same + sector;
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "-" : value;
  }
}
