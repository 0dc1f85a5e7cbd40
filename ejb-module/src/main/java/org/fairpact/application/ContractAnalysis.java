package org.fairpact.application;

import java.nio.file.Path;
import java.util.Optional;
import org.fairpact.analysis.AnalysisResult;
import org.fairpact.analysis.ProgressListener;
import org.fairpact.analysis.extraction.DocumentType;
import org.fairpact.analysis.matching.Language;

/** The analysis engine as the application sees it: a file in, clauses and findings out. */
public interface ContractAnalysis {

  /**
   * Analyses a document against one register from start to end; the result carries the register
   * entries its findings name ({@link AnalysisResult#evidence()}) as that register holds them.
   */
  AnalysisResult analyse(
      Path file, DocumentType type, Optional<Language> language, ProgressListener progress)
      throws DocumentDefectException;

  /**
   * Whether the document has pages without a text layer, so that reading it needs OCR. A document
   * that cannot even be opened answers false: its analysis fails with the reason.
   */
  boolean needsOcr(Path file, DocumentType type);

  /** The trained model this instance classifies clauses with, if any, and where it came from. */
  ModelStatus model();
}
