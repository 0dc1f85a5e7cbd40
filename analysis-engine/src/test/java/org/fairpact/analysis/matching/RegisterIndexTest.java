package org.fairpact.analysis.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.fairpact.analysis.RiskThresholds;
import org.fairpact.analysis.TestData;
import org.fairpact.analysis.register.ClauseText;
import org.fairpact.analysis.register.RegisterEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegisterIndexTest {

  private static final Logger LOG = Logger.getLogger(RegisterIndexTest.class.getName());
  private static final int SAMPLE = 200;

  /**
   * A fixed sample of entries whose text occurs once in the register. Texts published under several
   * register numbers (the same clause ruled against several businesses) cannot be told apart by any
   * matcher, so they would only test tie-breaking.
   */
  private static List<RegisterEntry> sample;

  @BeforeAll
  static void sampleRegister() {
    Map<String, Long> occurrences =
        TestData.register().stream()
            .collect(
                Collectors.groupingBy(
                    entry -> ClauseText.normalise(entry.clauseText()), Collectors.counting()));
    List<RegisterEntry> unique = new ArrayList<>();
    for (RegisterEntry entry : TestData.register()) {
      if (occurrences.get(ClauseText.normalise(entry.clauseText())) == 1) {
        unique.add(entry);
      }
    }
    Collections.shuffle(unique, new Random(20240206));
    sample = List.copyOf(unique.subList(0, SAMPLE));
  }

  @Test
  void buildsTheWholeRegisterInSeconds() {
    long started = System.nanoTime();
    try (RegisterIndex index = RegisterIndex.build(TestData.register())) {
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      LOG.info("building the index of the whole register took " + took.toMillis() + " ms");
      assertThat(index.size()).isEqualTo(7463);
      assertThat(took).isLessThan(Duration.ofSeconds(20));
    }
  }

  @Test
  void verbatimClauseFindsItselfAtRankOneAsHighRisk() {
    RegisterIndex index = TestData.registerIndex();
    int strictlyFirst = 0;
    for (RegisterEntry entry : sample) {
      List<RegisterMatch> matches = index.match(entry.clauseText(), Language.PL, 3);

      assertThat(matches).isNotEmpty();
      assertThat(similarityOf(entry, matches))
          .as("entry %d", entry.registerNumber())
          .isEqualTo(matches.get(0).similarity())
          .isGreaterThanOrEqualTo(RiskThresholds.HIGH);
      strictlyFirst += matches.get(0).registerNumber() == entry.registerNumber() ? 1 : 0;
    }
    LOG.info("verbatim: " + strictlyFirst + "/" + SAMPLE + " first by number, the rest tied");
    assertThat(strictlyFirst).isGreaterThanOrEqualTo(SAMPLE * 9 / 10);
  }

  @Test
  void lightlyEditedClausesStillFindTheirEntry() {
    assertFound("word dropped", ClauseEdits::dropWord, 0.95, 0.95);
    assertFound("inflection changed", ClauseEdits::inflect, 0.95, 0.95);
    assertFound(
        "punctuation and case lost",
        (text, random) -> ClauseEdits.losePunctuation(text),
        0.95,
        0.95);
    assertFound(
        "names and amounts changed",
        (text, random) -> ClauseEdits.renameAndReprice(text),
        0.9,
        0.9);
  }

  @Test
  void aClauseCutShortFindsTheEntryItWasCopiedFromRatherThanAShorterSibling() {
    RegisterIndex index = TestData.registerIndex();

    // each is the beginning of the first entry; the second is shorter, so more like the cut
    // clause by similarity alone, but has another number or leaves out words the clause has
    assertFirst(
        index,
        "Reklamacje można złożyć do 2 dni od momentu dostawy. Po tym czasie reklamacja",
        5200,
        5169);
    assertFirst(
        index,
        "Zleceniobiorca zastrzega sobie prawo zmiany powyższego regulaminu, publikując zmiany",
        4180,
        4301);
    assertFirst(
        index,
        "Organizator zastrzega sobie prawo zmiany terminu dostawy w przypadku chwilowego braku"
            + " Nagród w magazynie spowodowanego niezależnymi",
        2330,
        1988);
  }

  @Test
  void aClauseCutFromALongEntryFindsItAheadOfAShorterCutOfTheSameClause() {
    RegisterIndex index = TestData.registerIndex();
    // 1066 publishes the clause of 1885 cut short with "(…)": more similar to this cut by over
    // FIRST_PLACE_WINDOW, but only 1885 holds its last words "która to kwota, o"
    String clause =
        "Strona, z winy której doszło do odstąpienia obciążona zostanie na rzecz strony przeciwnej"
            + " z tytułu niewykonania zobowiązania kwotą stanowiącą wartość 5% łącznej ceny brutto"
            + " przedmiotu umowy, która to kwota, o";

    List<RegisterMatch> matches = index.match(clause, Language.PL, 3);

    assertThat(matches).extracting(RegisterMatch::registerNumber).startsWith(1885, 1066);
    assertThat(matches.get(1).similarity() - matches.get(0).similarity())
        .isGreaterThan(RegisterIndex.FIRST_PLACE_WINDOW)
        .isLessThanOrEqualTo(RegisterIndex.FAR_PLACE_WINDOW);
  }

  @Test
  void aClauseResemblingNoEntryGetsItsMatchesInOrderOfSimilarity() {
    RegisterIndex index = TestData.registerIndex();
    String clause =
        "The Consultant will faithfully, honestly and diligently serve the Company and cooperate"
            + " with the Company and utilize maximum professional skill and care.";

    List<RegisterMatch> matches = index.match(clause, Language.EN, 20);

    assertThat(matches).hasSizeGreaterThan(1);
    assertThat(matches.get(0).similarity()).isLessThan(RegisterIndex.FIRST_PLACE_FLOOR);
    assertThat(matches)
        .extracting(RegisterMatch::similarity)
        .isSortedAccordingTo(Collections.reverseOrder());
  }

  @Test
  void aRepairedWordKeepsItsCapitalSoTheEntryWritingItSoComesFirst() {
    RegisterIndex index = TestData.registerIndex();
    // eight entries share this wording; 5684 writes "Klienta", 7272 and others "klienta"
    String clause =
        "Sprawdzenami przesyłki przy odbiorze jest niezbędnym warunkiem uwzględniena ewentualnych"
            + " roszczeń Klientu z tytułu uszkodzenia czy okradzenego przesyłky w transporcie";

    List<RegisterMatch> matches = index.match(clause, Language.PL, 8);

    assertThat(matches.get(0).similarity()).isEqualTo(1.0);
    assertThat(matches.get(0).matchedText()).contains("roszczeń Klienta");
    assertThat(matches).anySatisfy(m -> assertThat(m.matchedText()).contains("roszczeń klienta"));
  }

  @Test
  void aClauseWithItsPartsRotatedKeepsItsMoreSimilarEntryBeforeOneWithWordsMoreAtTheJoin() {
    RegisterIndex index = TestData.registerIndex();

    // 1735 adds "w Poznaniu.", 4707 a leading "5."; each then shares one more trigram with the
    // rotated clause at a join ("go ", " W "), which is chance, not the clause's characters
    assertFirstOf(
        index,
        "dla rozpatrywania sporów wynikających z umowy sprzedaży jest sąd właściwy dla siedziby"
            + " pozwanego Sądem właściwym.",
        3702,
        1735);
    assertFirstOf(
        index,
        "pomniejszoną o koszty realizacji zamówienia, W terminie 7 dni od sprawdzenia towaru Sklep"
            + " zwraca Klientowi zapłaconą kwotę.",
        7203,
        4707);
  }

  private static void assertFirstOf(
      RegisterIndex index, String clause, int copied, int withWordsMore) {
    List<RegisterMatch> matches = index.match(clause, Language.PL, 20);

    assertThat(matches.get(0).covers(copied))
        .as("first %s, an entry with the wording of %d", matches.get(0), copied)
        .isTrue();
    assertThat(matches)
        .filteredOn(m -> m.registerNumber() == withWordsMore)
        .singleElement()
        .extracting(RegisterMatch::similarity)
        .satisfies(
            s ->
                assertThat(s)
                    .isLessThan(matches.get(0).similarity())
                    .isGreaterThanOrEqualTo(
                        matches.get(0).similarity() - RegisterIndex.FIRST_PLACE_WINDOW));
  }

  private static void assertFirst(RegisterIndex index, String clause, int copied, int sibling) {
    List<RegisterMatch> matches = index.match(clause, Language.PL, 3);

    assertThat(matches)
        .extracting(RegisterMatch::registerNumber)
        .startsWith(copied)
        .contains(sibling);
    RegisterMatch siblingMatch =
        matches.stream().filter(m -> m.registerNumber() == sibling).findFirst().orElseThrow();
    assertThat(siblingMatch.similarity())
        .as("the sibling is the more similar by words alone")
        .isGreaterThan(matches.get(0).similarity());
  }

  @Test
  void matchesNameTheEntriesWithTheSameWording() {
    RegisterIndex index = TestData.registerIndex();
    RegisterEntry entry = index.entry(3484).orElseThrow();

    List<RegisterMatch> matches = index.match(entry.clauseText(), Language.PL, 3);

    assertThat(matches.get(0).similarity()).isEqualTo(1.0);
    assertThat(matches).extracting(RegisterMatch::registerNumber).contains(3443, 3484);
    assertThat(matches.get(0).covers(3443)).isTrue();
    assertThat(matches.get(0).covers(3484)).isTrue();
  }

  @Test
  void matchesForEvidenceNameEachWordingOnce() {
    RegisterIndex index = TestData.registerIndex();
    // published under 15 numbers, one for each business a court ruled against
    String clause =
        "Sądem właściwym dla rozpatrywania sporów wynikających z umowy sprzedaży jest sąd właściwy"
            + " dla siedziby pozwanego";

    List<RegisterMatch> all = index.match(clause, Language.PL, 5);
    List<RegisterMatch> wordings = index.matchWordings(clause, Language.PL, 5);

    assertThat(all).allSatisfy(m -> assertThat(all.get(0).covers(m.registerNumber())).isTrue());
    assertThat(wordings.get(0)).isEqualTo(all.get(0));
    assertThat(wordings.get(0).sameWording()).hasSize(14);
    assertThat(wordings).hasSize(5);
    for (int i = 1; i < wordings.size(); i++) {
      RegisterMatch match = wordings.get(i);
      assertThat(wordings.subList(0, i))
          .as("an earlier match has the wording of %d", match.registerNumber())
          .noneMatch(earlier -> earlier.covers(match.registerNumber()));
    }
  }

  @Test
  void similarityIsSymmetricAndBounded() {
    RegisterIndex index = TestData.registerIndex();
    String clause = "Sklep nie ponosi odpowiedzialności za opóźnienia w dostawie towaru.";

    List<RegisterMatch> matches = index.match(clause, Language.PL, 10);

    assertThat(matches)
        .hasSize(10)
        .allSatisfy(match -> assertThat(match.similarity()).isBetween(0.0, 1.0));
    // best first by similarity, except that a near-best match may come first (FAR_PLACE_WINDOW)
    assertThat(matches.subList(1, matches.size()))
        .extracting(RegisterMatch::similarity)
        .isSortedAccordingTo(Collections.reverseOrder());
    double best = matches.stream().mapToDouble(RegisterMatch::similarity).max().orElseThrow();
    assertThat(matches.get(0).similarity())
        .isGreaterThanOrEqualTo(best - RegisterIndex.FAR_PLACE_WINDOW);
    assertThat(matches.get(0).matchedText())
        .isEqualTo(index.entry(matches.get(0).registerNumber()).orElseThrow().clauseText());
  }

  @Test
  void concurrentMatchesGiveTheSameAnswers() throws Exception {
    RegisterIndex index = TestData.registerIndex();
    List<String> queries =
        sample.stream().limit(60).map(e -> ClauseEdits.renameAndReprice(e.clauseText())).toList();
    Map<String, List<RegisterMatch>> sequential =
        queries.stream()
            .collect(
                Collectors.toMap(
                    Function.identity(), q -> index.match(q, Language.PL, 3), (a, b) -> a));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> answers = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String query : queries) {
          answers.add(
              pool.submit(() -> index.match(query, Language.PL, 3).equals(sequential.get(query))));
        }
      }
      for (Future<Boolean> answer : answers) {
        assertThat(answer.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void englishAnalysisIsBuiltOnDemandAndMatchesToo() {
    RegisterIndex index = TestData.registerIndex();
    RegisterEntry entry = sample.get(0);

    List<RegisterMatch> matches = index.match(entry.clauseText(), Language.EN, 1);

    assertThat(matches).singleElement().extracting(RegisterMatch::similarity).isEqualTo(1.0);
  }

  @Test
  void textWithoutTermsMatchesNothing() {
    RegisterIndex index = TestData.registerIndex();

    assertThat(index.match("   ", Language.PL, 3)).isEmpty();
    assertThat(index.match("i w z na, się.", Language.PL, 3)).isEmpty();
    assertThat(index.match("Sprzedawca", Language.PL, 0)).isEmpty();
  }

  @Test
  void registerNumbersMustBeUnique() {
    RegisterEntry entry = TestData.register().get(0);

    assertThatThrownBy(() -> RegisterIndex.build(List.of(entry, entry)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate register number 1");
  }

  private static void assertFound(
      String edit,
      BiFunction<String, Random, String> editor,
      double topOneRate,
      double mediumRate) {
    RegisterIndex index = TestData.registerIndex();
    int first = 0;
    int mediumOrHigh = 0;
    for (RegisterEntry entry : sample) {
      String query = editor.apply(entry.clauseText(), new Random(entry.registerNumber()));
      List<RegisterMatch> matches = index.match(query, Language.PL, 3);
      double own = similarityOf(entry, matches);
      first += !matches.isEmpty() && own >= matches.get(0).similarity() ? 1 : 0;
      mediumOrHigh += own >= RiskThresholds.MEDIUM ? 1 : 0;
    }
    LOG.info(
        String.format(
            "%s: entry at rank 1 for %d/%d, MEDIUM or HIGH for %d/%d",
            edit, first, SAMPLE, mediumOrHigh, SAMPLE));
    assertThat(first)
        .as(edit + ": found at rank 1")
        .isGreaterThanOrEqualTo((int) (SAMPLE * topOneRate));
    assertThat(mediumOrHigh)
        .as(edit + ": MEDIUM or HIGH")
        .isGreaterThanOrEqualTo((int) (SAMPLE * mediumRate));
  }

  private static double similarityOf(RegisterEntry entry, List<RegisterMatch> matches) {
    return matches.stream()
        .filter(match -> match.registerNumber() == entry.registerNumber())
        .mapToDouble(RegisterMatch::similarity)
        .findFirst()
        .orElse(-1);
  }
}
