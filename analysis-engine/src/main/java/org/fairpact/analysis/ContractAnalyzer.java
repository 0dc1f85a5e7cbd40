package org.fairpact.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fairpact.analysis.classification.ClauseModel;
import org.fairpact.analysis.classification.ClausePrediction;
import org.fairpact.analysis.classification.LanguageClassifier;
import org.fairpact.analysis.extraction.Deadline;
import org.fairpact.analysis.extraction.DefectCode;
import org.fairpact.analysis.extraction.ExtractedText;
import org.fairpact.analysis.extraction.ExtractionException;
import org.fairpact.analysis.matching.Language;
import org.fairpact.analysis.matching.RegisterIndex;
import org.fairpact.analysis.matching.RegisterMatch;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.analysis.segmentation.Clause;
import org.fairpact.analysis.segmentation.ClauseSegmenter;
import org.fairpact.analysis.verification.ClauseType;
import org.fairpact.analysis.verification.Verdict;

/**
 * Analyses a contract: segments it into clauses, matches each clause against the register and
 * grades the best match with {@link RiskThresholds}. With a {@link ClauseModel}, each clause is
 * also classified, the probability graded with the model's calibrated bands, and the clause gets
 * the higher of the two levels: register evidence stands as it is, and the classifier covers the
 * clauses the register does not contain.
 *
 * <p>The register index comes from a supplier, read once per analysis, so a register sync can swap
 * the index while analyses run: each analysis sees one register from start to end. Thread-safe.
 */
public class ContractAnalyzer {

  /**
   * Register matches kept per finding, one for each wording (see {@link
   * RegisterIndex#matchWordings}).
   */
  public static final int MATCHES = 3;

  /**
   * The lowest register level that makes a finding on its own, with or without a model. A register
   * LOW (see {@link RiskThresholds}) is shared wording rather than the same provision: 3.1 % of PAC
   * dev's 456 safe clauses reach it against 0.9 % for MEDIUM (1.6 % and 0.7 % of PAC train's 2,338
   * safe clauses), and dev clauses in the LOW band were abusive 16 of 26 times, less often than dev
   * clauses overall (70 %). Below the floor the matches stay attached as evidence, and a
   * classifier, where there is one for the language, grades the clause.
   */
  public static final RiskLevel REGISTER_FLOOR = RiskLevel.MEDIUM;

  /**
   * The classifier's probability from which it agrees that a clause of a register clause type is
   * abusive (a type finding needs its agreement); below its own decision threshold, which for
   * Polish is set high to keep lawful look-alikes unflagged.
   */
  public static final double TYPE_AGREEMENT = 0.5;

  private static final Logger LOG = Logger.getLogger(ContractAnalyzer.class.getName());

  private final Supplier<RegisterIndex> index;
  private final Optional<ClauseModel> model;
  private final ClauseSegmenter segmenter = new ClauseSegmenter();

  /** Analyses against a fixed index. */
  public ContractAnalyzer(RegisterIndex index) {
    this(fixed(index), Optional.empty());
  }

  /** Analyses against whatever index the supplier holds when an analysis starts. */
  public ContractAnalyzer(Supplier<RegisterIndex> index) {
    this(index, Optional.empty());
  }

  /** Analyses with register evidence and the classifiers of a model. */
  public ContractAnalyzer(Supplier<RegisterIndex> index, ClauseModel model) {
    this(index, Optional.of(Objects.requireNonNull(model, "model")));
  }

  /** Analyses against a fixed index with the classifiers of a model. */
  public ContractAnalyzer(RegisterIndex index, ClauseModel model) {
    this(fixed(index), model);
  }

  private ContractAnalyzer(Supplier<RegisterIndex> index, Optional<ClauseModel> model) {
    this.index = Objects.requireNonNull(index, "index");
    this.model = model;
  }

  private static Supplier<RegisterIndex> fixed(RegisterIndex index) {
    Objects.requireNonNull(index, "index");
    return () -> index;
  }

  /** The model the analyser classifies with, if any. */
  public Optional<ClauseModel> model() {
    return model;
  }

  /**
   * Analyses a document.
   *
   * @param text the extracted document
   * @param lang the document's language if known; detected from the text otherwise
   * @param progress told after each clause
   */
  public AnalysisResult analyse(
      ExtractedText text, Optional<Language> lang, ProgressListener progress) {
    try {
      return analyse(text, lang, progress, Deadline.none(), Integer.MAX_VALUE);
    } catch (ExtractionException e) {
      throw new IllegalStateException("unbounded analysis hit a bound: " + e.code(), e);
    }
  }

  /**
   * Analyses a document within bounds: at most {@code maxClauses} clauses, and done by the
   * deadline, which is checked before each clause.
   *
   * @throws ExtractionException with {@link DefectCode#TOO_MANY_CLAUSES} or {@link
   *     DefectCode#DEADLINE_EXCEEDED}
   */
  public AnalysisResult analyse(
      ExtractedText text,
      Optional<Language> lang,
      ProgressListener progress,
      Deadline deadline,
      int maxClauses)
      throws ExtractionException {
    long started = System.nanoTime();
    RegisterIndex register = currentIndex();
    List<Clause> clauses = segmenter.segment(text);
    if (clauses.size() > maxClauses) {
      throw new ExtractionException(
          DefectCode.TOO_MANY_CLAUSES,
          "document has " + clauses.size() + " clauses, more than the limit of " + maxClauses);
    }
    Language language = lang.orElseGet(() -> Language.detect(text.fullText()));
    Optional<LanguageClassifier> classifier = model.flatMap(m -> m.classifier(language));
    progress.clausesDone(0, clauses.size());
    List<ClauseFinding> findings = new ArrayList<>();
    for (Clause clause : clauses) {
      deadline.check();
      ClauseAssessment assessment = assess(register, classifier, clause.text(), language);
      if (assessment.risk() != RiskLevel.NONE) {
        findings.add(finding(register, language, clause, assessment, classifier));
      }
      progress.clausesDone(clause.index() + 1, clauses.size());
    }
    LOG.log(
        Level.FINE,
        "analysed {0} clauses ({1}) in {2} ms: {3} findings",
        new Object[] {
          clauses.size(), language, (System.nanoTime() - started) / 1_000_000, findings.size()
        });
    Map<Integer, RegisterEntry> evidence = new HashMap<>();
    for (ClauseFinding finding : findings) {
      for (RegisterMatch match : finding.matches()) {
        register.entry(match.registerNumber()).ifPresent(e -> evidence.put(e.registerNumber(), e));
      }
    }
    return new AnalysisResult(language, clauses, findings, evidence);
  }

  /**
   * Assesses a single clause exactly as {@link #analyse} assesses each clause of a document; for
   * evaluations over labelled clauses.
   */
  public ClauseAssessment assess(String clauseText, Language language) {
    return assess(currentIndex(), model.flatMap(m -> m.classifier(language)), clauseText, language);
  }

  private RegisterIndex currentIndex() {
    return Objects.requireNonNull(index.get(), "no register index available");
  }

  private static ClauseAssessment assess(
      RegisterIndex register,
      Optional<LanguageClassifier> classifier,
      String text,
      Language language) {
    List<RegisterMatch> matches = register.matchWordings(text, language, MATCHES);
    double score = ClauseAssessment.registerScore(matches);
    RiskLevel registerRisk = RiskThresholds.riskOf(score);
    if (registerRisk.compareTo(REGISTER_FLOOR) < 0) {
      registerRisk = RiskLevel.NONE;
    }
    Optional<ClausePrediction> prediction = classifier.map(c -> c.classify(text));
    Optional<ClauseType> type = Optional.empty();
    RiskLevel typeRisk = RiskLevel.NONE;
    Optional<Verdict> verdict = register.verify(text, language);
    if (verdict.isPresent()) {
      Verdict v = verdict.get();
      RiskLevel verified = RiskLevel.NONE;
      if (v.matched()) {
        verified = v.best() >= v.thresholds().high() ? RiskLevel.HIGH : RiskLevel.MEDIUM;
      }
      if (verified.compareTo(registerRisk) > 0) {
        // the verifier recognises a reworded entry that surface similarity missed or graded lower
        List<Verdict.Verified> evidence =
            v.candidates().stream()
                .filter(c -> c.probability() >= v.thresholds().evidence())
                .toList();
        matches = register.matchesOf(text, evidence, language, MATCHES);
        registerRisk = verified;
      }
      // a type finding needs the classifier's agreement: lawful clauses on a register topic
      // (the statutory 14-day withdrawal) have close entries of the topic's type as well
      boolean classifierAgrees =
          prediction.isPresent() && prediction.get().probability() >= TYPE_AGREEMENT;
      if (registerRisk == RiskLevel.NONE && v.typed() && classifierAgrees) {
        type = v.type();
        typeRisk = RiskLevel.LOW;
        matches = register.matchesOf(text, v.ofType(), language, MATCHES);
      } else if (v.type().isPresent()
          && !v.candidates().isEmpty()
          && v.candidates().get(0).type().equals(v.type())
          && registerRisk != RiskLevel.NONE) {
        type = v.type();
      }
    }
    if (prediction.isEmpty()) {
      return new ClauseAssessment(
          matches, registerRisk, Optional.empty(), RiskLevel.NONE, type, typeRisk);
    }
    RiskLevel classifierRisk =
        levelOf(classifier.get().bands().level(prediction.get().probability()));
    return new ClauseAssessment(matches, registerRisk, prediction, classifierRisk, type, typeRisk);
  }

  private static RiskLevel levelOf(int band) {
    return switch (band) {
      case 3 -> RiskLevel.HIGH;
      case 2 -> RiskLevel.MEDIUM;
      case 1 -> RiskLevel.LOW;
      default -> RiskLevel.NONE;
    };
  }

  /** A finding, its register matches with the wording the clause shares with each. */
  private static ClauseFinding finding(
      RegisterIndex register,
      Language language,
      Clause clause,
      ClauseAssessment assessment,
      Optional<LanguageClassifier> classifier) {
    Optional<ClausePrediction> prediction = assessment.prediction();
    List<RegisterMatch> matches =
        register.withSharedWording(clause.text(), assessment.matches(), language);
    return new ClauseFinding(
        clause,
        assessment.risk(),
        assessment.similarity(),
        matches,
        prediction.map(p -> OptionalDouble.of(p.probability())).orElse(OptionalDouble.empty()),
        prediction.map(ClausePrediction::categories).orElse(List.of()),
        classifier.map(c -> c.explain(clause.text())).orElse(List.of()),
        assessment.basis(),
        assessment.clauseType());
  }
}
