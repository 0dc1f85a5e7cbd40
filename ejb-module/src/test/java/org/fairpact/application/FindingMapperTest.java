package org.fairpact.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
import org.fairpact.analysis.segmentation.Clause;
import org.fairpact.domain.model.analysis.Explanation;
import org.fairpact.domain.model.analysis.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the classifier says about a clause survives the step into a persistent finding. */
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

    List<Finding> findings =
        FindingMapper.toFindings(UUID.randomUUID(), result, number -> Optional.empty());

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
            RiskBasis.CLASSIFIER);
    AnalysisResult result = new AnalysisResult(Language.PL, List.of(clause), List.of(classified));

    List<Finding> findings =
        FindingMapper.toFindings(UUID.randomUUID(), result, number -> Optional.empty());

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
}
