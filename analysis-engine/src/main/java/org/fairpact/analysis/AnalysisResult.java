package org.fairpact.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fairpact.analysis.matching.Language;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.analysis.segmentation.Clause;

/**
 * What the analysis of one document found.
 *
 * @param language the language the clauses were matched in
 * @param clauses every clause of the document, in order
 * @param findings the clauses whose risk is above {@link RiskLevel#NONE}, in document order
 * @param evidence the register entries the findings' matches name, as the register the analysis
 *     matched against holds them: evidence metadata comes from here, never from a register a sync
 *     swapped in meanwhile
 */
public record AnalysisResult(
    Language language,
    List<Clause> clauses,
    List<ClauseFinding> findings,
    Map<Integer, RegisterEntry> evidence) {

  public AnalysisResult {
    Objects.requireNonNull(language, "language");
    clauses = List.copyOf(clauses);
    findings = List.copyOf(findings);
    evidence = Map.copyOf(evidence);
  }

  /** A result whose findings name no register entries. */
  public AnalysisResult(Language language, List<Clause> clauses, List<ClauseFinding> findings) {
    this(language, clauses, findings, Map.of());
  }

  /** The register entry a match names, as the analysis's register held it. */
  public Optional<RegisterEntry> entry(int registerNumber) {
    return Optional.ofNullable(evidence.get(registerNumber));
  }

  /** The highest risk among the findings, NONE if there are none. */
  public RiskLevel highestRisk() {
    return findings.stream().map(ClauseFinding::risk).max(Enum::compareTo).orElse(RiskLevel.NONE);
  }

  /**
   * The document's risk score in [0, 1]: the chance that at least one finding is really abusive,
   * {@code 1 - Π(1 - confidence)} over the findings, reading their {@link
   * ClauseFinding#confidence() confidences} as independent. 0 without findings; it grows with both
   * the number and the strength of findings and is comparable across documents.
   */
  public double documentRisk() {
    double none = 1;
    for (ClauseFinding finding : findings) {
      none *= 1 - finding.confidence();
    }
    return 1 - none;
  }

  /** The expected number of abusive clauses: the sum of the findings' confidences. */
  public double expectedAbusiveClauses() {
    return findings.stream().mapToDouble(ClauseFinding::confidence).sum();
  }
}
