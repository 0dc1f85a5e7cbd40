package org.fairpact.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fairpact.analysis.extraction.ExtractedText;
import org.fairpact.analysis.matching.Language;
import org.fairpact.analysis.matching.RegisterIndex;
import org.fairpact.analysis.matching.RegisterMatch;
import org.fairpact.analysis.segmentation.Clause;
import org.fairpact.analysis.segmentation.ClauseSegmenter;

/**
 * Analyses a contract: segments it into clauses, matches each clause against the register and
 * grades the best match with {@link RiskThresholds}.
 *
 * <p>The register index comes from a supplier, read once per analysis, so a register sync can swap
 * the index while analyses run: each analysis sees one register from start to end. Thread-safe.
 */
public class ContractAnalyzer {

  /** Register matches kept per finding. */
  public static final int MATCHES = 3;

  private static final Logger LOG = Logger.getLogger(ContractAnalyzer.class.getName());

  private final Supplier<RegisterIndex> index;
  private final ClauseSegmenter segmenter = new ClauseSegmenter();

  /** Analyses against a fixed index. */
  public ContractAnalyzer(RegisterIndex index) {
    Objects.requireNonNull(index, "index");
    this.index = () -> index;
  }

  /** Analyses against whatever index the supplier holds when an analysis starts. */
  public ContractAnalyzer(Supplier<RegisterIndex> index) {
    this.index = Objects.requireNonNull(index, "index");
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
    long started = System.nanoTime();
    RegisterIndex register = Objects.requireNonNull(index.get(), "no register index available");
    List<Clause> clauses = segmenter.segment(text);
    Language language = lang.orElseGet(() -> Language.detect(text.fullText()));
    progress.clausesDone(0, clauses.size());
    List<ClauseFinding> findings = new ArrayList<>();
    for (Clause clause : clauses) {
      List<RegisterMatch> matches = register.match(clause.text(), language, MATCHES);
      double score = matches.isEmpty() ? 0 : matches.get(0).similarity();
      RiskLevel risk = RiskThresholds.riskOf(score);
      if (risk != RiskLevel.NONE) {
        findings.add(new ClauseFinding(clause, risk, score, matches));
      }
      progress.clausesDone(clause.index() + 1, clauses.size());
    }
    LOG.log(
        Level.FINE,
        "analysed {0} clauses ({1}) in {2} ms: {3} findings",
        new Object[] {
          clauses.size(), language, (System.nanoTime() - started) / 1_000_000, findings.size()
        });
    return new AnalysisResult(language, clauses, findings);
  }
}
