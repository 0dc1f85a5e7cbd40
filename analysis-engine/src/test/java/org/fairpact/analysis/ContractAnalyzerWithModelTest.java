package org.fairpact.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.fairpact.analysis.classification.ClauseModel;
import org.fairpact.analysis.extraction.ExtractedText;
import org.fairpact.analysis.matching.Language;
import org.junit.jupiter.api.Test;

/** The engine with the committed model: register evidence stands, the classifier adds to it. */
class ContractAnalyzerWithModelTest {

  private static final String CONTRACT =
      """
      § 1. Przedmiotem umowy jest sprzedaż zestawu mebli kuchennych opisanego w załączniku nr 1.

      § 2. Reklamacje można złożyć do 3 dni od momentu dostawy. Po tym czasie reklamacja danej usługi nie będzie rozpatrywana.

      § 3. Sprzedawca zastrzega sobie prawo do jednostronnej zmiany ceny w każdym czasie bez podania przyczyny, a Kupujący nie może z tego powodu odstąpić od umowy.

      § 4. Umowę sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze stron.
      """;

  @Test
  void registerFindingsStandAndTheClassifierFlagsAnUnregisteredClause() {
    ClauseModel model = TestData.committedModel();
    ContractAnalyzer analyzer = new ContractAnalyzer(TestData::registerIndex, model);

    AnalysisResult result =
        analyzer.analyse(ExtractedText.ofText(CONTRACT), Optional.empty(), ProgressListener.NONE);

    assertThat(result.language()).isEqualTo(Language.PL);
    ClauseFinding complaint = finding(result, 1);
    assertThat(complaint.basis()).isEqualTo(RiskBasis.REGISTER);
    assertThat(complaint.risk()).isIn(RiskLevel.MEDIUM, RiskLevel.HIGH);
    assertThat(complaint.matches().get(0).registerNumber()).isEqualTo(5200);
    ClauseFinding price = finding(result, 2);
    assertThat(price.risk()).isNotEqualTo(RiskLevel.NONE);
    assertThat(price.probability()).isPresent();
    assertThat(price.explanation()).isNotEmpty();
    assertThat(price.explanation())
        .allSatisfy(feature -> assertThat(price.clause().text()).contains(feature.text()));
    assertThat(result.findings())
        .allSatisfy(f -> assertThat(f.probability()).isPresent())
        .allSatisfy(f -> assertThat(f.confidence()).isBetween(0.0, 1.0));
    assertThat(result.documentRisk()).isBetween(0.9, 1.0);
    assertThat(result.expectedAbusiveClauses()).isGreaterThan(1.0);
  }

  @Test
  void assessingOneClauseIsWhatTheAnalysisDoesForEachClause() {
    ContractAnalyzer analyzer =
        new ContractAnalyzer(TestData.registerIndex(), TestData.committedModel());
    String clause = "Umowę sporządzono w dwóch jednobrzmiących egzemplarzach.";

    ClauseAssessment assessment = analyzer.assess(clause, Language.PL);
    AnalysisResult result =
        analyzer.analyse(
            ExtractedText.ofText(clause), Optional.of(Language.PL), ProgressListener.NONE);

    assertThat(assessment.prediction()).isPresent();
    assertThat(result.findings().isEmpty()).isEqualTo(assessment.risk() == RiskLevel.NONE);
  }

  @Test
  void withoutFindingsTheDocumentRiskIsZero() {
    AnalysisResult empty =
        new AnalysisResult(Language.PL, java.util.List.of(), java.util.List.of());

    assertThat(empty.documentRisk()).isZero();
    assertThat(empty.expectedAbusiveClauses()).isZero();
  }

  private static ClauseFinding finding(AnalysisResult result, int clauseIndex) {
    return result.findings().stream()
        .filter(f -> f.clause().index() == clauseIndex)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding for clause " + clauseIndex));
  }
}
