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
import org.fairpact.analysis.extraction.ExtractedText;
import org.fairpact.analysis.extraction.ExtractionException;
import org.fairpact.analysis.extraction.TextExtractor;
import org.fairpact.analysis.matching.Language;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.application.ContractAnalysis;
import org.fairpact.application.DocumentDefectException;

/** Runs the plain-Java analysis engine against this instance's current register index. */
@ApplicationScoped
public class EngineContractAnalysis implements ContractAnalysis {

  private final TextExtractor extractor = new DocumentTextExtractor();

  @Inject RegisterIndexHolder register;

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
    return new ContractAnalyzer(register::index).analyse(text, language, progress);
  }

  @Override
  public Optional<RegisterEntry> entry(int registerNumber) {
    return register.entry(registerNumber);
  }
}
