package org.fairpact.infrastructure.analysis;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.analysis.AnalysisResult;
import org.fairpact.analysis.ContractAnalyzer;
import org.fairpact.analysis.ProgressListener;
import org.fairpact.analysis.extraction.Deadline;
import org.fairpact.analysis.extraction.DefectCode;
import org.fairpact.analysis.extraction.DocumentTextExtractor;
import org.fairpact.analysis.extraction.DocumentType;
import org.fairpact.analysis.extraction.ExtractedText;
import org.fairpact.analysis.extraction.ExtractionException;
import org.fairpact.analysis.extraction.ExtractionLimits;
import org.fairpact.analysis.extraction.OcrNeededException;
import org.fairpact.analysis.extraction.TextExtractor;
import org.fairpact.analysis.matching.Language;
import org.fairpact.application.ContractAnalysis;
import org.fairpact.application.DocumentDefectException;
import org.fairpact.application.ModelStatus;
import org.fairpact.domain.model.scheduling.Schedule;

/**
 * Runs the plain-Java analysis engine against this instance's current register index and, for the
 * languages it is enabled for, the clause model the instance loaded at start. The engine reads the
 * index once per analysis, and the result carries the register entries its findings name from that
 * index, so a sync swapping the index meanwhile cannot mix registers in one report.
 *
 * <p>Each document gets the work limits {@code fairpact.limits.*} and a processing deadline, {@code
 * fairpact.analysis.deadline} from the moment its analysis starts (extraction, OCR and the clause
 * loop stop at it); a document over either fails with the defect's stable code. The deadline must
 * stay below the broker's transaction timeout, or the broker rolls the work back first.
 */
@ApplicationScoped
public class EngineContractAnalysis implements ContractAnalysis {

  @Inject RegisterIndexHolder register;
  @Inject ClauseModelHolder models;
  @Inject Logger log;

  @Inject
  @ConfigProperty(name = "fairpact.analysis.deadline", defaultValue = "240s")
  String deadline;

  @Inject
  @ConfigProperty(name = "fairpact.limits.max-pages", defaultValue = "1000")
  int maxPages;

  @Inject
  @ConfigProperty(name = "fairpact.limits.max-ocr-pages", defaultValue = "50")
  int maxOcrPages;

  @Inject
  @ConfigProperty(name = "fairpact.limits.max-image-pixels", defaultValue = "50000000")
  long maxImagePixels;

  @Inject
  @ConfigProperty(name = "fairpact.limits.max-decompressed-bytes", defaultValue = "104857600")
  long maxDecompressedBytes;

  @Inject
  @ConfigProperty(name = "fairpact.limits.max-text-chars", defaultValue = "2000000")
  int maxTextChars;

  @Inject
  @ConfigProperty(name = "fairpact.limits.max-clauses", defaultValue = "5000")
  int maxClauses;

  @Inject
  @ConfigProperty(name = "fairpact.limits.ocr-page-timeout", defaultValue = "60s")
  String ocrPageTimeout;

  private ExtractionLimits limits;
  private Duration budget;
  private TextExtractor extractor;

  @PostConstruct
  void configure() {
    limits =
        new ExtractionLimits(
            maxPages,
            maxOcrPages,
            maxImagePixels,
            maxDecompressedBytes,
            maxTextChars,
            maxClauses,
            Schedule.duration(ocrPageTimeout));
    budget = Schedule.duration(deadline);
    extractor = new DocumentTextExtractor(limits);
    log.info(() -> "analyses run within " + limits + " and a deadline of " + budget);
  }

  @Override
  public AnalysisResult analyse(
      Path file, DocumentType type, Optional<Language> language, ProgressListener progress)
      throws DocumentDefectException {
    try {
      return analyse(file, type, language, progress, true);
    } catch (OcrNeededException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  @Override
  public AnalysisResult analyseWithoutOcr(
      Path file, DocumentType type, Optional<Language> language, ProgressListener progress)
      throws DocumentDefectException, OcrNeededException {
    return analyse(file, type, language, progress, false);
  }

  private AnalysisResult analyse(
      Path file,
      DocumentType type,
      Optional<Language> language,
      ProgressListener progress,
      boolean ocrHere)
      throws DocumentDefectException, OcrNeededException {
    Deadline due = Deadline.after(budget);
    try {
      ExtractedText text =
          ocrHere
              ? extractor.extract(file, type, due)
              : extractor.extractTextLayers(file, type, due);
      if (text.fullText().isBlank()) {
        throw new ExtractionException(DefectCode.NO_TEXT, "the document contains no readable text");
      }
      // Decided here rather than inside the analyser: whether the classifier joins depends on it.
      Language lang = language.orElseGet(() -> Language.detect(text.fullText()));
      ContractAnalyzer analyzer =
          models
              .classifierFor(lang)
              .map(model -> new ContractAnalyzer(register::index, model))
              .orElseGet(() -> new ContractAnalyzer(register::index));
      return analyzer.analyse(text, Optional.of(lang), progress, due, limits.maxClauses());
    } catch (ExtractionException e) {
      throw new DocumentDefectException(e.reason(), e.code(), e);
    }
  }

  @Override
  public ExtractedText readText(Path file, DocumentType type)
      throws DocumentDefectException, OcrNeededException {
    try {
      return extractor.extractTextLayers(file, type, Deadline.after(budget));
    } catch (ExtractionException e) {
      throw new DocumentDefectException(e.reason(), e.code(), e);
    }
  }

  @Override
  public ModelStatus model() {
    return models.status();
  }
}
