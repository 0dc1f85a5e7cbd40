package org.fairpact.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import org.fairpact.analysis.AnalysisResult;
import org.fairpact.analysis.ClauseFinding;
import org.fairpact.analysis.ContractAnalyzer;
import org.fairpact.analysis.RiskBasis;
import org.fairpact.analysis.RiskLevel;
import org.fairpact.analysis.RiskThresholds;
import org.fairpact.analysis.classification.ClauseModel;
import org.fairpact.analysis.classification.ModelDirectory;
import org.fairpact.analysis.extraction.ExtractedText;
import org.fairpact.analysis.matching.Language;
import org.fairpact.analysis.matching.RegisterIndex;
import org.fairpact.analysis.matching.RegisterMatch;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.analysis.segmentation.Clause;
import org.fairpact.analysis.verification.ClauseType;
import org.fairpact.domain.model.analysis.Evidence;
import org.fairpact.domain.model.analysis.Explanation;
import org.fairpact.domain.model.analysis.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the engine says about a clause survives the step into a persistent finding: the classifier's
 * verdict, the clause type, the verifier's probabilities, and the register metadata of the entries
 * as the analysis's own register held them.
 */
class FindingMapperTest {

  private static final String TERMS =
      """
      1. You must keep your sign-in information secure at all times.
      2. Nintendo may terminate this agreement, or any part of this agreement, at any time, \
      without notice if you breach the terms of this agreement.
      """;

  private static ClauseModel model;

  @BeforeAll
  static void loadTheShippedModel() throws IOException {
    model = new ModelDirectory(Path.of("..", "models")).load();
  }

  @Test
  void classifierFindingKeepsItsProbabilityCategoriesAndExplanation() {
    AnalysisResult result;
    try (RegisterIndex empty = RegisterIndex.build(List.of())) {
      result =
          new ContractAnalyzer(empty, model)
              .analyse(ExtractedText.ofText(TERMS), Optional.of(Language.EN), (done, all) -> {});
    }
    ClauseFinding engine = result.findings().get(0);

    List<Finding> findings = FindingMapper.toFindings(UUID.randomUUID(), result);

    assertThat(findings).hasSize(1);
    Finding finding = findings.get(0);
    assertThat(finding.excerpt()).contains("may terminate this agreement");
    assertThat(finding.basis()).isEqualTo(RiskBasis.CLASSIFIER);
    assertThat(finding.probability()).isEqualTo(engine.probability());
    assertThat(finding.categories()).containsExactly("TER").isEqualTo(engine.categories());
    assertThat(finding.evidence()).isEmpty();
    assertThat(finding.explanation()).hasSameSizeAs(engine.explanation()).isNotEmpty();
    Explanation first = finding.explanation().get(0);
    assertThat(first.rank()).isEqualTo(1);
    assertThat(first.phrase()).isEqualTo(engine.explanation().get(0).text());
    assertThat(first.feature()).isEqualTo(engine.explanation().get(0).feature());
    assertThat(first.weight()).isPositive();
  }

  @Test
  void evidenceOfAClassifierFindingIsEveryMatchAtLeastLowEvenAfterAWeakerFirstOne() {
    Clause clause = new Clause(0, "Sklep może zmienić regulamin.", 0, 29, 1);
    // the register puts first the near-best match that contains the most of the clause, which may
    // be less similar than the next one
    List<RegisterMatch> matches =
        List.of(
            new RegisterMatch(11, RiskThresholds.LOW - 0.04, "pierwsza"),
            new RegisterMatch(
                12,
                RiskThresholds.LOW + 0.04,
                "druga",
                List.of(14, 15),
                List.of("zmienić regulamin")),
            new RegisterMatch(13, RiskThresholds.LOW - 0.1, "trzecia"));
    ClauseFinding classified =
        new ClauseFinding(
            clause,
            RiskLevel.HIGH,
            0.9,
            matches,
            OptionalDouble.of(0.9),
            List.of(),
            List.of(),
            RiskBasis.CLASSIFIER,
            Optional.empty());
    AnalysisResult result = new AnalysisResult(Language.PL, List.of(clause), List.of(classified));

    List<Finding> findings = FindingMapper.toFindings(UUID.randomUUID(), result);

    assertThat(findings.get(0).evidence())
        .singleElement()
        .satisfies(
            evidence -> {
              assertThat(evidence.registerNumber()).isEqualTo(12);
              assertThat(evidence.rank()).isEqualTo(1);
              assertThat(evidence.sharedWording()).containsExactly("zmienić regulamin");
              assertThat(evidence.sameWording()).containsExactly(14, 15);
            });
  }

  @Test
  void evidenceMetadataComesFromTheRegisterTheAnalysisMatchedAgainst() {
    Clause clause = new Clause(0, "Reklamacje można złożyć do 7 dni od dostawy.", 0, 44, 1);
    RegisterMatch match =
        new RegisterMatch(5169, 0.85, "Reklamacje można złożyć do 7 dni od momentu dostawy")
            .withVerified(0.91);
    ClauseFinding found = new ClauseFinding(clause, RiskLevel.MEDIUM, 0.85, List.of(match));
    // the analysis's register, not whatever register a sync has swapped in since
    RegisterEntry asMatched =
        entry(5169, "XVII AmC 5292/12", "Sąd Okręgowy w Warszawie", LocalDate.of(2013, 6, 17));
    AnalysisResult result =
        new AnalysisResult(Language.PL, List.of(clause), List.of(found), Map.of(5169, asMatched));

    List<Finding> findings = FindingMapper.toFindings(UUID.randomUUID(), result);

    Evidence evidence = findings.get(0).evidence().get(0);
    assertThat(evidence.registerNumber()).isEqualTo(5169);
    assertThat(evidence.caseSignature()).isEqualTo("XVII AmC 5292/12");
    assertThat(evidence.court()).isEqualTo("Sąd Okręgowy w Warszawie");
    assertThat(evidence.judgmentDate()).isEqualTo(LocalDate.of(2013, 6, 17));
    assertThat(evidence.sector()).isEqualTo("HANDEL ELEKTRONICZNY");
    assertThat(evidence.verified()).isEqualTo(OptionalDouble.of(0.91));
    assertThat(findings.get(0).clauseType()).isEmpty();
  }

  @Test
  void entryTheResultDoesNotHoldLeavesItsMetadataEmpty() {
    Clause clause = new Clause(0, "Sklep może zmienić regulamin.", 0, 29, 1);
    ClauseFinding found =
        new ClauseFinding(
            clause, RiskLevel.MEDIUM, 0.7, List.of(new RegisterMatch(12, 0.7, "Sklep zmienia")));
    AnalysisResult result = new AnalysisResult(Language.PL, List.of(clause), List.of(found));

    Evidence evidence =
        FindingMapper.toFindings(UUID.randomUUID(), result).get(0).evidence().get(0);

    assertThat(evidence.registerNumber()).isEqualTo(12);
    assertThat(evidence.caseSignature()).isNull();
    assertThat(evidence.court()).isNull();
    assertThat(evidence.verified()).isEmpty();
  }

  @Test
  void clauseTypeFindingKeepsItsTypeAndEveryRepresentativeEntryAsEvidence() {
    Clause clause = new Clause(0, "Reklamacje przyjmujemy tylko w ciągu 3 dni.", 0, 43, 1);
    ClauseType complaints =
        new ClauseType(
            "complaint-restriction",
            "Ograniczenie reklamacji",
            "Complaints limited by short deadlines, formalities or conditions the law does not set.");
    // no single entry matches: the representative entries are less than LOW similar
    List<RegisterMatch> representatives =
        List.of(
            new RegisterMatch(5169, RiskThresholds.LOW - 0.1, "pierwsza").withVerified(0.3),
            new RegisterMatch(3032, RiskThresholds.LOW - 0.2, "druga"));
    ClauseFinding typed =
        new ClauseFinding(
            clause,
            RiskLevel.MEDIUM,
            RiskThresholds.LOW - 0.1,
            representatives,
            OptionalDouble.empty(),
            List.of(),
            List.of(),
            RiskBasis.CLAUSE_TYPE,
            Optional.of(complaints));
    AnalysisResult result =
        new AnalysisResult(
            Language.PL,
            List.of(clause),
            List.of(typed),
            Map.of(
                5169, entry(5169, "XVII AmC 5292/12", "SOKiK", null),
                3032, entry(3032, "XVII AmC 1/10", "SOKiK", null)));

    Finding finding = FindingMapper.toFindings(UUID.randomUUID(), result).get(0);

    assertThat(finding.basis()).isEqualTo(RiskBasis.CLAUSE_TYPE);
    assertThat(finding.clauseType()).contains(complaints);
    assertThat(finding.evidence())
        .extracting(Evidence::registerNumber, Evidence::rank, Evidence::caseSignature)
        .containsExactly(tuple(5169, 1, "XVII AmC 5292/12"), tuple(3032, 2, "XVII AmC 1/10"));
    assertThat(finding.evidence().get(0).verified()).isEqualTo(OptionalDouble.of(0.3));
    assertThat(finding.evidence().get(1).verified()).isEmpty();
  }

  private static RegisterEntry entry(
      int number, String caseSignature, String court, LocalDate judgmentDate) {
    return new RegisterEntry(
        number,
        judgmentDate,
        caseSignature,
        court,
        "",
        "",
        "treść",
        null,
        "",
        "HANDEL ELEKTRONICZNY");
  }
}
