package org.fairpact.application;

import java.nio.file.Path;
import java.util.Optional;
import org.fairpact.analysis.AnalysisResult;
import org.fairpact.analysis.ProgressListener;
import org.fairpact.analysis.extraction.DocumentType;
import org.fairpact.analysis.extraction.ExtractedText;
import org.fairpact.analysis.extraction.OcrNeededException;
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
   * Like {@link #analyse} but reads text layers only: a document that needs OCR is not analysed.
   *
   * @throws OcrNeededException if some page needs OCR (nothing was analysed)
   */
  AnalysisResult analyseWithoutOcr(
      Path file, DocumentType type, Optional<Language> language, ProgressListener progress)
      throws DocumentDefectException, OcrNeededException;

  /**
   * The document's text read from its text layers alone, by the extractor and within the limits the
   * analysis reads with: clause offsets of an analysis of the same document index into its {@link
   * ExtractedText#fullText()}.
   *
   * @throws OcrNeededException if some page needs OCR (nothing was recognised)
   */
  ExtractedText readText(Path file, DocumentType type)
      throws DocumentDefectException, OcrNeededException;

  /** The trained model this instance classifies clauses with, if any, and where it came from. */
  ModelStatus model();
}
