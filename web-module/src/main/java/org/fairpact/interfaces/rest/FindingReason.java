package org.fairpact.interfaces.rest;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.fairpact.domain.model.analysis.Evidence;
import org.fairpact.domain.model.analysis.Explanation;
import org.fairpact.domain.model.analysis.Finding;

/**
 * One line saying which evidence made a finding, for people reading the findings: the register
 * entry that matched (with the verifier's probability where it judged the pair), the clause type
 * and its representative entries, or the classifier's probability and the words that weighed most.
 * Built from the stored finding when it is read, so older findings get one too.
 */
final class FindingReason {

  /** Representative entries named for a clause type, and explanation words for the classifier. */
  static final int NAMED = 3;

  private FindingReason() {}

  static String of(Finding finding) {
    return switch (finding.basis()) {
      case REGISTER -> register(finding);
      case CLAUSE_TYPE -> clauseType(finding);
      case CLASSIFIER -> classifier(finding);
    };
  }

  private static String register(Finding finding) {
    if (finding.evidence().isEmpty()) {
      return "Resembles the register (similarity " + two(finding.score()) + ")";
    }
    Evidence first = finding.evidence().get(0);
    String verifier =
        first.verified().isPresent() ? "; verifier " + two(first.verified().getAsDouble()) : "";
    return "Matches register entry "
        + first.registerNumber()
        + " (similarity "
        + two(first.similarity())
        + verifier
        + ")";
  }

  private static String clauseType(Finding finding) {
    String type =
        finding
            .clauseType()
            .map(t -> "clause type '" + t.label() + "'")
            .orElse("a type of clause the register holds many times");
    List<Evidence> evidence = finding.evidence();
    if (evidence.isEmpty()) {
      return "Resembles " + type;
    }
    String entries =
        evidence.stream()
            .limit(NAMED)
            .map(e -> String.valueOf(e.registerNumber()))
            .collect(Collectors.joining(", "));
    return "Resembles "
        + type
        + " (register "
        + (evidence.size() == 1 ? "entry " : "entries ")
        + entries
        + ")";
  }

  private static String classifier(Finding finding) {
    StringBuilder reason = new StringBuilder("Classifier");
    finding.probability().ifPresent(p -> reason.append(": probability ").append(two(p)));
    List<Explanation> explanation = finding.explanation();
    if (!explanation.isEmpty()) {
      reason
          .append(" (words: ")
          .append(
              explanation.stream()
                  .limit(NAMED)
                  .map(e -> "'" + e.phrase() + "'")
                  .collect(Collectors.joining(", ")))
          .append(")");
    }
    return reason.toString();
  }

  private static String two(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
