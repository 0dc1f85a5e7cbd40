package org.fairpact.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fairpact.analysis.extraction.ExtractedText;
import org.fairpact.analysis.extraction.OcrNeededException;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.AnalysisRepository;
import org.fairpact.domain.model.analysis.Finding;
import org.fairpact.domain.model.document.Document;
import org.fairpact.domain.model.document.DocumentRepository;

/**
 * Gathers the report of a completed analysis. The extracted text is not stored: the report reads it
 * again from the stored document's text layers, with the extractor the analysis used, and keeps it
 * only if every finding's excerpt stands exactly at its offsets in it. A document with a page that
 * needed OCR is not recognised again for a report (OCR takes seconds a page): its report shows the
 * risky clauses without the text around them.
 */
@Stateless
public class AnalysisReports {

  @Inject AnalysisRepository analyses;
  @Inject DocumentRepository documents;
  @Inject DocumentStore store;
  @Inject ContractAnalysis engine;
  @Inject Logger log;

  public AnalysisReport report(Analysis analysis) {
    var findings = analyses.findings(analysis.id());
    Document document =
        documents
            .find(analysis.documentId())
            .orElseThrow(() -> new IllegalStateException("document " + analysis.documentId()));
    return new AnalysisReport(analysis, document, findings, text(analysis, document, findings));
  }

  private Optional<ExtractedText> text(
      Analysis analysis, Document document, List<Finding> findings) {
    Path file = null;
    try {
      file = Files.createTempFile("fairpact-report-", ".bin");
      store.fetch(document.storageKey(), file);
      ExtractedText text = engine.readText(file, document.type());
      if (AnalysisReport.findingsStandIn(text.fullText(), findings)) {
        return Optional.of(text);
      }
      log.warning(
          () ->
              "analysis="
                  + analysis.id()
                  + " report: the text read again does not hold the findings at their offsets");
    } catch (OcrNeededException e) {
      log.fine(() -> "analysis=" + analysis.id() + " report: the document needs OCR");
    } catch (DocumentDefectException e) {
      log.warning(() -> "analysis=" + analysis.id() + " report: text not read: " + e.code());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + document.storageKey() + ": " + e, e);
    } finally {
      deleteQuietly(file);
    }
    return Optional.empty();
  }

  private void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.log(Level.FINE, "temp file left behind: " + file, e);
    }
  }
}
