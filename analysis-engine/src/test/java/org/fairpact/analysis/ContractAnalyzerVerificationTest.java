package org.fairpact.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.fairpact.analysis.extraction.ExtractedText;
import org.fairpact.analysis.matching.Language;
import org.fairpact.analysis.matching.RegisterIndex;
import org.fairpact.analysis.matching.RegisterMatch;
import org.fairpact.analysis.register.ClauseText;
import org.fairpact.analysis.verification.ClauseType;
import org.fairpact.analysis.verification.ClauseTypes;
import org.fairpact.analysis.verification.Lemmatiser;
import org.fairpact.analysis.verification.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Polish analysis with the pair verifier, without a model: reworded register entries that surface
 * similarity grades too low become register findings the verifier vouches for, and clauses of a
 * register clause type whose candidates agree become clause-type findings.
 */
class ContractAnalyzerVerificationTest {

  /**
   * Register entry 182 reworded (datasets/pl-rewordings/dev.csv, level 1): too few words in common
   * for surface similarity to reach MEDIUM.
   */
  private static final String REWORDED_FEE =
      "Za każde uszkodzenie wypożyczonego sprzętu pobiera się opłatę wynoszącą od 50% do 100% jego"
          + " wartości.";

  /**
   * A jurisdiction clause of datasets/pl-rewordings/train.csv (entry 801 reworded, level 1): the
   * verifier takes it for no one entry, but its candidates are jurisdiction clauses of many
   * traders.
   */
  /** A heavy rewording of a unilateral-change entry (datasets/pl-rewordings/train.csv). */
  private static final String REWORDED_CHANGE =
      "Usługodawca może w każdym czasie, według własnego uznania, wprowadzać zmiany do niniejszych"
          + " warunków korzystania z usług.";

  private static final String CONTRACT =
      """
      REGULAMIN WYPOŻYCZALNI SPRZĘTU SPORTOWEGO

      § 1. Wypożyczalnia prowadzi działalność w Zakopanem przy ulicy Krupówki 10.

      § 2. Sprzęt wydaje się Klientowi po okazaniu dokumentu tożsamości i podpisaniu umowy najmu.

      § 3. %s

      § 4. Cennik wypożyczenia jest dostępny w lokalu wypożyczalni oraz na jej stronie internetowej.

      § 5. Klient zwraca sprzęt w godzinach otwarcia wypożyczalni.
      """
          .formatted(REWORDED_FEE);

  @Test
  void aRewordedEntryIsARegisterFindingTheVerifierVouchesFor() {
    RegisterIndex register = TestData.registerIndex();
    Verdict verdict = register.verify(REWORDED_FEE, Language.PL).orElseThrow();

    AnalysisResult result =
        new ContractAnalyzer(register)
            .analyse(ExtractedText.ofText(CONTRACT), Optional.empty(), ProgressListener.NONE);

    assertThat(result.language()).isEqualTo(Language.PL);
    assertThat(result.clauses()).hasSize(5);
    assertThat(result.findings()).hasSize(1);
    ClauseFinding finding = result.findings().get(0);
    assertThat(finding.clause().text()).isEqualTo(REWORDED_FEE);
    assertThat(finding.basis()).isEqualTo(RiskBasis.REGISTER);
    assertThat(finding.risk()).isGreaterThanOrEqualTo(ContractAnalyzer.REGISTER_FLOOR);
    assertThat(RiskThresholds.riskOf(finding.score()))
        .as("surface similarity alone")
        .isLessThan(ContractAnalyzer.REGISTER_FLOOR);
    RegisterMatch first = finding.matches().get(0);
    assertThat(first.registerNumber()).isEqualTo(182);
    assertThat(first.verified()).isPresent();
    assertThat(first.verified().getAsDouble()).isGreaterThanOrEqualTo(verdict.thresholds().match());
    assertThat(finding.matches())
        .allSatisfy(
            match -> {
              assertThat(match.verified()).isPresent();
              assertThat(match.verified().getAsDouble())
                  .isGreaterThanOrEqualTo(verdict.thresholds().evidence());
              assertThat(result.entry(match.registerNumber()))
                  .hasValueSatisfying(
                      entry -> assertThat(entry.clauseText()).isEqualTo(match.matchedText()));
            });
  }

  @Test
  void aClauseOfAnAgreedTypeIsAClauseTypeFindingOnlyWhenTheClassifierAgrees() {
    RegisterIndex register = TestData.registerIndex();
    AnalysisResult withoutModel =
        new ContractAnalyzer(register)
            .analyse(
                ExtractedText.ofText(REWORDED_CHANGE),
                Optional.of(Language.PL),
                ProgressListener.NONE);
    assertThat(withoutModel.findings()).noneMatch(f -> f.basis() == RiskBasis.CLAUSE_TYPE);

    AnalysisResult result =
        new ContractAnalyzer(register, TestData.committedModel())
            .analyse(
                ExtractedText.ofText(REWORDED_CHANGE),
                Optional.of(Language.PL),
                ProgressListener.NONE);

    assertThat(result.findings()).hasSize(1);
    ClauseFinding finding = result.findings().get(0);
    assertThat(finding.basis()).isEqualTo(RiskBasis.CLAUSE_TYPE);
    assertThat(finding.risk()).isEqualTo(RiskLevel.LOW);
    assertThat(finding.clauseType()).map(ClauseType::id).contains("unilateral-change");
    assertThat(finding.matches())
        .isNotEmpty()
        .allSatisfy(
            match -> {
              assertThat(match.verified()).isPresent();
              assertThat(typeOf(match.matchedText())).isEqualTo(finding.clauseType());
              assertThat(result.entry(match.registerNumber())).isPresent();
            });
  }

  @Test
  void englishTextIsNotVerified() {
    RegisterIndex register = TestData.registerIndex();
    String contract =
        """
        1. The Supplier shall not be liable for any damage to the goods during delivery.

        2. All disputes shall be settled by the court competent for the Supplier's registered seat.
        """;

    AnalysisResult result =
        new ContractAnalyzer(register)
            .analyse(ExtractedText.ofText(contract), Optional.empty(), ProgressListener.NONE);

    assertThat(result.language()).isEqualTo(Language.EN);
    assertThat(result.findings()).isEmpty();
    assertThat(result.clauses())
        .hasSize(2)
        .allSatisfy(clause -> assertThat(register.verify(clause.text(), Language.EN)).isEmpty());
    assertThat(register.verify(REWORDED_FEE, Language.EN)).isEmpty();
  }

  private static Optional<ClauseType> typeOf(String text) {
    return ClauseTypes.of(Lemmatiser.lemmas(ClauseText.normalise(text)));
  }
}
