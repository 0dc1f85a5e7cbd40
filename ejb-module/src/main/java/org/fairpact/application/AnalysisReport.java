package org.fairpact.application;

import java.util.List;
import java.util.Optional;
import org.fairpact.analysis.extraction.ExtractedText;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.Finding;
import org.fairpact.domain.model.document.Document;

/**
 * What a report of a completed analysis shows: the analysis, its document, its findings in clause
 * order and the document's text, when it could be read again exactly as the analysis read it.
 *
 * @param text the document's pages; empty when the text could not be read again so that every
 *     finding's excerpt stands at its offsets (a page that needed OCR, a document the extractor now
 *     reads differently)
 */
public record AnalysisReport(
    Analysis analysis, Document document, List<Finding> findings, Optional<ExtractedText> text) {

  public AnalysisReport {
    findings = List.copyOf(findings);
  }

  /** Whether every finding's excerpt is exactly the full text between its offsets. */
  static boolean findingsStandIn(String fullText, List<Finding> findings) {
    for (Finding finding : findings) {
      var position = finding.position();
      if (position.start() < 0
          || position.end() > fullText.length()
          || position.start() > position.end()
          || !fullText.substring(position.start(), position.end()).equals(finding.excerpt())) {
        return false;
      }
    }
    return true;
  }
}
