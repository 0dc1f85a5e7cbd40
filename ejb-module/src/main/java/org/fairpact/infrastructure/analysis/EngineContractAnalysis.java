package org.fairpact.infrastructure.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.fairpact.analysis.AnalysisResult;
import org.fairpact.analysis.ContractAnalyzer;
import org.fairpact.analysis.ProgressListener;
import org.fairpact.analysis.extraction.DocumentTextExtractor;
import org.fairpact.analysis.extraction.DocumentType;
import org.fairpact.analysis.extraction.DocumentTypes;
import org.fairpact.analysis.extraction.ExtractedText;
import org.fairpact.analysis.extraction.ExtractionException;
import org.fairpact.analysis.extraction.TextExtractor;
import org.fairpact.analysis.matching.Language;
import org.fairpact.application.ContractAnalysis;
import org.fairpact.application.DocumentDefectException;
import org.fairpact.application.ModelStatus;

/**
 * Runs the plain-Java analysis engine against this instance's current register index and, for the
 * languages it is enabled for, the clause model the instance loaded at start. The engine reads the
 * index once per analysis, and the result carries the register entries its findings name from that
 * index, so a sync swapping the index meanwhile cannot mix registers in one report.
 */
@ApplicationScoped
public class EngineContractAnalysis implements ContractAnalysis {

  private final TextExtractor extractor = new DocumentTextExtractor();

  @Inject RegisterIndexHolder register;
  @Inject ClauseModelHolder models;

  @Override
  public AnalysisResult analyse(
      Path file, DocumentType type, Optional<Language> language, ProgressListener progress)
      throws DocumentDefectException {
    ExtractedText text;
    try {
      text = extractor.extract(file, type);
    } catch (ExtractionException e) {
      throw new DocumentDefectException(e.getMessage(), e);
    }
    if (text.fullText().isBlank()) {
      throw new DocumentDefectException("the document contains no readable text", null);
    }
    // Decided here rather than inside the analyser: whether the classifier joins depends on it.
    Language lang = language.orElseGet(() -> Language.detect(text.fullText()));
    ContractAnalyzer analyzer =
        models
            .classifierFor(lang)
            .map(model -> new ContractAnalyzer(register::index, model))
            .orElseGet(() -> new ContractAnalyzer(register::index));
    return analyzer.analyse(text, Optional.of(lang), progress);
  }

  @Override
  public boolean needsOcr(Path file, DocumentType type) {
    try {
      return DocumentTypes.needsOcr(file, type);
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  @Override
  public ModelStatus model() {
    return models.status();
  }
}
