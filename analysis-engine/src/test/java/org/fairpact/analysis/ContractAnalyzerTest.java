package org.fairpact.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.fairpact.analysis.extraction.ExtractedText;
import org.fairpact.analysis.matching.Language;
import org.fairpact.analysis.matching.RegisterIndex;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.analysis.segmentation.Clause;
import org.junit.jupiter.api.Test;

class ContractAnalyzerTest {

  /** Register entry 3500 with the business renamed. */
  private static final String PHARMACY_CLAUSE =
      "Pomimo dołożenia przez SKLEP należytej staranności wygląd towarów oferowanych na stronie"
          + " internetowej może różnić się od towaru otrzymanego przez Klienta np. w przypadku"
          + " zmiany przez producenta wyglądu opakowania, czy zawartości ilościowej opakowania."
          + " Powyższe różnice nie mogą stanowić podstawy do reklamacji.";

  /** Register entry 5200 with another deadline. */
  private static final String COMPLAINT_CLAUSE =
      "Reklamacje można złożyć do 3 dni od momentu dostawy. Po tym czasie reklamacja danej usługi"
          + " nie będzie rozpatrywana.";

  private static final String CONTRACT =
      """
      UMOWA SPRZEDAŻY

      § 1. Przedmiotem umowy jest sprzedaż zestawu mebli kuchennych opisanego w załączniku nr 1.

      § 2. Sprzedawca dostarczy towar pod adres wskazany przez Kupującego w ciągu 21 dni od dnia
      zawarcia umowy.

      § 3. Kupujący zapłaci cenę przelewem na rachunek bankowy Sprzedawcy wskazany na fakturze.

      § 4. %s

      § 5. Kupujący będący konsumentem może odstąpić od umowy bez podania przyczyny w terminie
      14 dni od dnia otrzymania towaru, składając oświadczenie na formularzu z załącznika nr 2.

      § 6. %s

      § 7. Umowę sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze stron.
      """
          .formatted(PHARMACY_CLAUSE, COMPLAINT_CLAUSE);

  @Test
  void findsAdaptedRegisterClausesAndLeavesOrdinaryOnesAlone() {
    ContractAnalyzer analyzer = new ContractAnalyzer(TestData.registerIndex());
    List<int[]> progress = new ArrayList<>();

    AnalysisResult result =
        analyzer.analyse(
            ExtractedText.ofText(CONTRACT),
            Optional.empty(),
            (done, total) -> progress.add(new int[] {done, total}));

    assertThat(result.language()).isEqualTo(Language.PL);
    assertThat(result.clauses()).hasSize(7);
    assertThat(result.findings())
        .filteredOn(finding -> finding.risk().compareTo(RiskLevel.MEDIUM) >= 0)
        .extracting(
            finding -> finding.clause().index(),
            finding -> finding.matches().get(0).registerNumber())
        .containsExactly(tuple(3, 3500), tuple(5, 5200));
    assertThat(result.findings())
        .allSatisfy(
            finding -> {
              assertThat(finding.matches()).hasSizeBetween(1, ContractAnalyzer.MATCHES);
              assertThat(finding.score()).isEqualTo(finding.matches().get(0).similarity());
              assertThat(finding.risk()).isEqualTo(RiskThresholds.riskOf(finding.score()));
            });
    assertThat(result.highestRisk()).isIn(RiskLevel.MEDIUM, RiskLevel.HIGH);
    assertThat(progress).first().isEqualTo(new int[] {0, 7});
    assertThat(progress).last().isEqualTo(new int[] {7, 7});
    assertThat(progress).hasSize(8);
  }

  @Test
  void findingsOfTheRewordedExampleShowTheWordingTheyShareWithTheirEntries() throws IOException {
    String terms =
        Files.readString(Path.of("..", "examples", "regulamin-sklepu-przeredagowany.txt"));

    AnalysisResult result =
        new ContractAnalyzer(TestData.registerIndex())
            .analyse(ExtractedText.ofText(terms), Optional.empty(), ProgressListener.NONE);

    // as README shows it: typed without Polish letters, shared as the register writes it
    ClauseFinding finding =
        result.findings().stream()
            .filter(f -> f.clause().text().startsWith("Reklamacje mozna zlozyc do 7 dni"))
            .findFirst()
            .orElseThrow();
    assertThat(finding.matches().get(0).registerNumber()).isEqualTo(5169);
    assertThat(finding.matches().get(0).sharedWording())
        .containsExactly(
            "Reklamacje można złożyć do 7 dni od momentu dostawy", "czasie reklamacja");
    assertThat(finding.matches()).allSatisfy(m -> assertThat(m.sharedWording()).isNotEmpty());
  }

  @Test
  void eachAnalysisUsesTheIndexCurrentWhenItStarts() {
    RegisterEntry complaint = entry(5200);
    RegisterEntry pharmacy = entry(3500);
    AtomicReference<RegisterIndex> current =
        new AtomicReference<>(RegisterIndex.build(List.of(complaint)));
    ContractAnalyzer analyzer = new ContractAnalyzer(current::get);
    ExtractedText text =
        ExtractedText.ofText(complaint.clauseText() + "\n\n" + pharmacy.clauseText());

    AnalysisResult before = analyzer.analyse(text, Optional.of(Language.PL), ProgressListener.NONE);
    current.set(RegisterIndex.build(List.of(complaint, pharmacy)));
    AnalysisResult after = analyzer.analyse(text, Optional.of(Language.PL), ProgressListener.NONE);

    assertThat(before.findings())
        .extracting(f -> f.matches().get(0).registerNumber())
        .containsExactly(5200);
    assertThat(after.findings())
        .extracting(f -> f.matches().get(0).registerNumber())
        .containsExactly(5200, 3500);
    assertThat(after.findings()).allMatch(f -> f.risk() == RiskLevel.HIGH);
  }

  @Test
  void englishContractIsAnalysedInEnglishWithoutFindings() {
    String contract =
        """
        1. The Supplier shall deliver the Products to the Customer's premises within thirty days.

        2. The Customer shall pay each invoice within fourteen days of its receipt.

        3. This Agreement is governed by the laws of England and Wales.
        """;

    AnalysisResult result =
        new ContractAnalyzer(TestData.registerIndex())
            .analyse(ExtractedText.ofText(contract), Optional.empty(), ProgressListener.NONE);

    assertThat(result.language()).isEqualTo(Language.EN);
    assertThat(result.clauses()).extracting(Clause::index).containsExactly(0, 1, 2);
    assertThat(result.findings()).isEmpty();
    assertThat(result.highestRisk()).isEqualTo(RiskLevel.NONE);
  }

  @Test
  void sharedWordingBelowTheRegisterFloorIsEvidenceButNoFinding() {
    ContractAnalyzer analyzer = new ContractAnalyzer(TestData.registerIndex());
    String[] words = PHARMACY_CLAUSE.split(" ");
    Optional<String> lowBand = Optional.empty();
    for (int n = words.length; n > 3 && lowBand.isEmpty(); n--) {
      String prefix = String.join(" ", java.util.Arrays.copyOf(words, n));
      if (RiskThresholds.riskOf(analyzer.assess(prefix, Language.PL).similarity())
          == RiskLevel.LOW) {
        lowBand = Optional.of(prefix);
      }
    }
    assertThat(lowBand).as("a cut of entry 3500 in the LOW band").isPresent();

    ClauseAssessment assessment = analyzer.assess(lowBand.get(), Language.PL);

    assertThat(assessment.matches()).isNotEmpty();
    assertThat(assessment.matches().get(0).registerNumber()).isEqualTo(3500);
    assertThat(assessment.registerRisk()).isEqualTo(RiskLevel.NONE);
    assertThat(assessment.risk()).isEqualTo(RiskLevel.NONE);
    AnalysisResult result =
        analyzer.analyse(
            ExtractedText.ofText("§ 1. " + lowBand.get()), Optional.of(Language.PL), (d, t) -> {});
    assertThat(result.findings()).isEmpty();
  }

  @Test
  void aClauseIsScoredByItsMostSimilarEntryWhenItsSourceComesFirst() {
    ContractAnalyzer analyzer = new ContractAnalyzer(TestData.registerIndex());
    // cut from entry 1885; entry 1066 is the same clause cut before "która to kwota", so by
    // similarity alone the clause is nearly a copy of 1066 (0.985), of its source 1885 only 0.80
    String clause =
        "Strona, z winy której doszło do odstąpienia obciążona zostanie na rzecz strony przeciwnej"
            + " z tytułu niewykonania zobowiązania kwotą stanowiącą wartość 5% łącznej ceny brutto"
            + " przedmiotu umowy, która to kwota, o";

    ClauseAssessment assessment = analyzer.assess(clause, Language.PL);

    assertThat(assessment.matches())
        .extracting(m -> m.registerNumber())
        .startsWith(1885)
        .contains(1066);
    assertThat(assessment.similarity())
        .isEqualTo(
            assessment.matches().stream().mapToDouble(m -> m.similarity()).max().orElseThrow())
        .isGreaterThan(assessment.matches().get(0).similarity());
    assertThat(assessment.registerRisk()).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void risksFollowTheThresholds() {
    assertThat(RiskThresholds.riskOf(1.0)).isEqualTo(RiskLevel.HIGH);
    assertThat(RiskThresholds.riskOf(RiskThresholds.HIGH)).isEqualTo(RiskLevel.HIGH);
    assertThat(RiskThresholds.riskOf(Math.nextDown(RiskThresholds.HIGH)))
        .isEqualTo(RiskLevel.MEDIUM);
    assertThat(RiskThresholds.riskOf(RiskThresholds.MEDIUM)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(RiskThresholds.riskOf(RiskThresholds.LOW)).isEqualTo(RiskLevel.LOW);
    assertThat(RiskThresholds.riskOf(Math.nextDown(RiskThresholds.LOW))).isEqualTo(RiskLevel.NONE);
  }

  private static RegisterEntry entry(int number) {
    return TestData.registerIndex().entry(number).orElseThrow();
  }
}
