package org.fairpact.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import org.fairpact.analysis.RiskBasis;
import org.fairpact.analysis.RiskLevel;
import org.fairpact.analysis.verification.ClauseType;
import org.fairpact.domain.model.analysis.ClausePosition;
import org.fairpact.domain.model.analysis.Evidence;
import org.fairpact.domain.model.analysis.Explanation;
import org.fairpact.domain.model.analysis.Finding;
import org.fairpact.interfaces.rest.FindingsView.FindingView;
import org.junit.jupiter.api.Test;

/**
 * A finding as the findings API shows it: which evidence set its risk ({@code basis}), its clause
 * type, the verifier's probability per evidence entry, and one line saying why ({@code reason}).
 */
class FindingsViewTest {

  private static final ClauseType COMPLAINTS =
      new ClauseType(
          "complaint-restriction",
          "Ograniczenie reklamacji",
          "Complaints limited by short deadlines, formalities or conditions the law does not set.");

  @Test
  void registerFindingNamesTheEntryItMatchesWithTheVerifiersProbability() {
    Finding finding =
        finding(
            RiskBasis.REGISTER,
            List.of(evidence(1, 5169, 0.8512, OptionalDouble.of(0.9137))),
            OptionalDouble.empty(),
            List.of(),
            Optional.empty());

    FindingView view = FindingsView.finding(finding);

    assertThat(view.basis()).isEqualTo("REGISTER");
    assertThat(view.clauseType()).isNull();
    assertThat(view.classifier()).isNull();
    assertThat(view.evidence().get(0).similarity()).isEqualTo(0.851);
    assertThat(view.evidence().get(0).verified()).isEqualTo(0.914);
    assertThat(view.evidence().get(0).caseSignature()).isEqualTo("XVII AmC 5292/12");
    assertThat(view.reason())
        .isEqualTo("Matches register entry 5169 (similarity 0.85; verifier 0.91)");
  }

  @Test
  void evidenceTheVerifierDidNotJudgeHasNoVerifiedProbability() {
    Finding finding =
        finding(
            RiskBasis.REGISTER,
            List.of(evidence(1, 5747, 1.0, OptionalDouble.empty())),
            OptionalDouble.empty(),
            List.of(),
            Optional.empty());

    FindingView view = FindingsView.finding(finding);

    assertThat(view.evidence().get(0).verified()).isNull();
    assertThat(view.reason()).isEqualTo("Matches register entry 5747 (similarity 1.00)");
  }

  @Test
  void clauseTypeFindingShowsItsTypeAndNamesItsRepresentativeEntries() {
    Finding finding =
        finding(
            RiskBasis.CLAUSE_TYPE,
            List.of(
                evidence(1, 5169, 0.41, OptionalDouble.of(0.32)),
                evidence(2, 3032, 0.38, OptionalDouble.empty())),
            OptionalDouble.empty(),
            List.of(),
            Optional.of(COMPLAINTS));

    FindingView view = FindingsView.finding(finding);

    assertThat(view.basis()).isEqualTo("CLAUSE_TYPE");
    assertThat(view.clauseType().id()).isEqualTo("complaint-restriction");
    assertThat(view.clauseType().label()).isEqualTo("Ograniczenie reklamacji");
    assertThat(view.clauseType().description()).startsWith("Complaints limited");
    assertThat(view.evidence()).hasSize(2);
    assertThat(view.reason())
        .isEqualTo("Resembles clause type 'Ograniczenie reklamacji' (register entries 5169, 3032)");
  }

  @Test
  void classifierFindingGivesTheProbabilityAndTheWordsThatWeighedMost() {
    Finding finding =
        finding(
            RiskBasis.CLASSIFIER,
            List.of(),
            OptionalDouble.of(0.874),
            List.of(
                new Explanation(1, "may terminate", "w:may termin", 1.2),
                new Explanation(2, "at any time", "w:at any time", 0.8),
                new Explanation(3, "without notice", "w:without notic", 0.5),
                new Explanation(4, "agreement", "w:agreement", 0.1)),
            Optional.empty());

    FindingView view = FindingsView.finding(finding);

    assertThat(view.basis()).isEqualTo("CLASSIFIER");
    assertThat(view.classifier().probability()).isEqualTo(0.874);
    assertThat(view.clauseType()).isNull();
    assertThat(view.reason())
        .isEqualTo(
            "Classifier: probability 0.87 (words: 'may terminate', 'at any time', 'without"
                + " notice')");
  }

  private static Finding finding(
      RiskBasis basis,
      List<Evidence> evidence,
      OptionalDouble probability,
      List<Explanation> explanation,
      Optional<ClauseType> clauseType) {
    return new Finding(
        UUID.randomUUID(),
        new ClausePosition(2, 1, 120, 230),
        "Reklamacje można złożyć do 7 dni od momentu dostawy towaru.",
        RiskLevel.MEDIUM,
        evidence.isEmpty() ? 0 : evidence.get(0).similarity(),
        evidence,
        basis,
        probability,
        List.of(),
        explanation,
        clauseType);
  }

  private static Evidence evidence(
      int rank, int registerNumber, double similarity, OptionalDouble verified) {
    return new Evidence(
        rank,
        registerNumber,
        similarity,
        verified,
        "XVII AmC 5292/12",
        "Sąd Okręgowy w Warszawie - Sąd Ochrony Konkurencji i Konsumentów",
        LocalDate.of(2013, 6, 17),
        "HANDEL ELEKTRONICZNY",
        List.of("Reklamacje można złożyć do 7 dni"),
        List.of());
  }
}
