package org.fairpact.interfaces.rest;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.fairpact.analysis.extraction.ExtractedText;
import org.fairpact.analysis.extraction.Page;
import org.fairpact.interfaces.rest.FindingsView.FindingView;

/**
 * The contract part of the report: the document's text page by page, each risky clause in a {@code
 * <mark class="finding risk-LEVEL">} holding exactly its excerpt (its offsets and risk also as
 * {@code data-} attributes), followed by a link with its number and risk level as text to its card.
 * Clauses never overlap and never cross a page (a page break is a paragraph break to the
 * segmenter); a clause that did would be shown whole on the page it starts on.
 */
final class ReportText {

  private ReportText() {}

  static void write(Markup html, ExtractedText text, List<FindingView> findings) {
    String full = text.fullText();
    List<Integer> order =
        IntStream.range(0, findings.size())
            .boxed()
            .sorted(Comparator.comparingInt(i -> findings.get(i).start()))
            .toList();
    int next = 0;
    int pos = 0;
    for (Page page : text.pages()) {
      pos = Math.max(pos, page.offset());
      int to = Math.max(page.end(), pos);
      html.tag("<section class=\"page\" id=\"page-" + page.number() + "\">")
          .element("<p class=\"page-number\">", "Page " + page.number())
          .tag("<div class=\"text\">");
      while (next < order.size() && findings.get(order.get(next)).start() < to) {
        int index = order.get(next++);
        FindingView finding = findings.get(index);
        if (finding.start() < pos) {
          continue; // overlaps the clause before: its card still shows it
        }
        html.text(full.substring(pos, finding.start()));
        mark(html, finding, index + 1);
        pos = finding.end();
        to = Math.max(to, pos);
      }
      html.text(full.substring(pos, to)).tag("</div></section>");
      pos = to;
    }
  }

  /** Without the document's text: the risky clauses alone, each marked as in the text. */
  static void clausesOnly(Markup html, List<FindingView> findings) {
    html.element(
            "<p class=\"note\" id=\"text-missing\">",
            "The document's text is not shown: it is not stored, and it could not be read again"
                + " exactly as the analysis read it (a page that needed OCR is not recognised again"
                + " for a report). Its risky clauses follow, each with its page.")
        .tag("<ol class=\"clauses\">");
    for (int i = 0; i < findings.size(); i++) {
      FindingView finding = findings.get(i);
      html.tag("<li>").text("Page " + finding.page() + ": ").tag("<span class=\"text\">");
      mark(html, finding, i + 1);
      html.tag("</span></li>");
    }
    html.tag("</ol>");
  }

  private static void mark(Markup html, FindingView finding, int number) {
    String risk = finding.risk();
    html.tag("<mark class=\"finding risk-" + risk + "\" id=\"mark-" + number + "\"")
        .tag(" data-risk=\"" + risk + "\" data-start=\"" + finding.start() + "\"")
        .tag(" data-end=\"" + finding.end() + "\" title=\"")
        .text(risk + " risk: " + finding.reason())
        .tag("\">")
        .text(finding.excerpt())
        .tag("</mark><a class=\"ref risk-" + risk + "\" href=\"#finding-" + number + "\">")
        .text(number + " " + risk)
        .tag("</a>");
  }
}
