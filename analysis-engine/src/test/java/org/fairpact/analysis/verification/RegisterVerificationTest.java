package org.fairpact.analysis.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.fairpact.analysis.TestData;
import org.fairpact.analysis.register.ClauseText;
import org.fairpact.analysis.register.RegisterEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Verification against the whole bundled register with the bundled verifier, as the register index
 * prepares it (normalised entry texts, ordinals in register order). Built once for the class and
 * only read.
 */
class RegisterVerificationTest {

  /** A right the law gives, in the words of the law: no register entry forbids it. */
  private static final String STATUTORY_WITHDRAWAL =
      "Konsument może odstąpić od umowy w terminie 14 dni bez podania przyczyny, zgodnie z art. 27"
          + " ustawy o prawach konsumenta.";

  /** Level-1 rewordings of datasets/pl-rewordings/dev.csv with their accepted register numbers. */
  private static final List<Rewording> LIGHT_REWORDINGS =
      List.of(
          new Rewording(
              "Za każde uszkodzenie wypożyczonego sprzętu pobiera się opłatę wynoszącą od 50% do"
                  + " 100% jego wartości.",
              Set.of(182)),
          new Rewording(
              "Wszelkie reklamacje należy zgłaszać Biuru w nieprzekraczalnym terminie 14 dni od dnia"
                  + " zakończenia wyjazdu.",
              Set.of(1364)),
          new Rewording(
              "Decyzja Usługodawcy w przedmiocie reklamacji jest ostateczna i Klientowi nie"
                  + " przysługuje od niej odwołanie.",
              Set.of(4885)));

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static List<RegisterEntry> entries;
  private static RegisterVerification verification;

  @BeforeAll
  static void prepareRegister() {
    entries = TestData.register().stream().filter(e -> !e.clauseText().isBlank()).toList();
    verification =
        RegisterVerification.build(entries.stream().map(RegisterVerificationTest::text).toList());
  }

  @Test
  void verbatimEntriesAreMatchedWithTheirOwnWordingFirst() {
    List<RegisterEntry> sample = new ArrayList<>();
    for (int i = 0; i < entries.size(); i += 250) {
      sample.add(entries.get(i));
    }
    sample.add(entry(5200));
    sample.add(entry(2608));

    assertThat(sample)
        .allSatisfy(
            entry -> {
              Verdict verdict = verification.verify(text(entry));
              assertThat(verdict.matched()).as("entry %d", entry.registerNumber()).isTrue();
              RegisterEntry first = entries.get(verdict.candidates().get(0).ordinal());
              assertThat(wording(first))
                  .as("entry %d", entry.registerNumber())
                  .isEqualTo(wording(entry));
            });
  }

  @Test
  void lightRewordingsAreMatchedWithAnAcceptedEntryAmongTheEvidence() {
    assertThat(LIGHT_REWORDINGS)
        .allSatisfy(
            rewording -> {
              Verdict verdict = verification.verify(rewording.text());
              assertThat(verdict.matched()).as(rewording.text()).isTrue();
              assertThat(evidence(verdict))
                  .as(rewording.text())
                  .containsAnyElementsOf(rewording.accept());
            });
  }

  @Test
  void aClauseMustNameWhatMakesItsEntrysTypeAbusive() {
    Verdict atTheSeat =
        verification.verify("Spory rozstrzyga sąd właściwy dla siedziby Sprzedawcy.");
    Verdict asTheLawSays =
        verification.verify("Wszelkie spory wynikające z umowy rozstrzyga sąd właściwy miejscowo.");

    assertThat(atTheSeat.matched()).isTrue();
    assertThat(atTheSeat.candidates().get(0).type())
        .map(ClauseType::id)
        .contains("jurisdiction-trader-seat");
    // alike in every word but the seat, which is what the court ruled on
    assertThat(asTheLawSays.candidates().get(0).type())
        .map(ClauseType::id)
        .contains("jurisdiction-trader-seat");
    assertThat(asTheLawSays.candidates().get(0).fitsItsType()).isFalse();
    assertThat(asTheLawSays.matched()).isFalse();
  }

  @Test
  void aLawfulStatutoryClauseIsNeitherMatchedNorTyped() {
    Verdict verdict = verification.verify(STATUTORY_WITHDRAWAL);

    assertThat(verdict.matched()).isFalse();
    assertThat(verdict.best()).isLessThan(verdict.thresholds().evidence());
    // its words fit the withdrawal type, but the entries of that type it retrieves disagree
    assertThat(verdict.type()).map(ClauseType::id).contains("withdrawal-restriction");
    assertThat(verdict.typed()).isFalse();
  }

  @Test
  void candidatesAreTheMostProbableFirstWithTheirEntriesTypes() {
    Verdict verdict = verification.verify(LIGHT_REWORDINGS.get(0).text());

    assertThat(verdict.candidates())
        .hasSizeBetween(1, RegisterVerification.CANDIDATES)
        .isSortedAccordingTo(Comparator.comparingDouble(Verdict.Verified::probability).reversed());
    assertThat(verdict.best()).isEqualTo(verdict.candidates().get(0).probability());
    assertThat(verdict.candidates())
        .allSatisfy(
            c -> {
              assertThat(c.probability()).isBetween(0.0, 1.0);
              assertThat(c.retrieval()).isPositive();
              assertThat(c.type()).isEqualTo(verification.type(c.ordinal()));
              assertThat(c.type())
                  .isEqualTo(ClauseTypes.of(verification.index().entry(c.ordinal()).lemmas()));
            });
    assertThat(verdict.ofType()).allMatch(c -> c.type().equals(verdict.type()));
  }

  @Test
  void theVerifierGivenDecides() {
    Verifier bundled = verification.verifier();
    int n = PairFeatures.NAMES.size();
    Verifier rejectsAll =
        new Verifier(
            PairFeatures.NAMES, new double[n], ones(n), new double[n], -30, bundled.thresholds());
    String clause = text(entry(5200));

    Verdict verdict = verification.with(rejectsAll).verify(clause);

    assertThat(verification.verify(clause).matched()).isTrue();
    assertThat(verdict.matched()).isFalse();
    assertThat(verdict.best()).isLessThan(1e-9);
    assertThat(verdict.candidates())
        .extracting(Verdict.Verified::ordinal)
        .containsExactlyInAnyOrderElementsOf(
            verification.verify(clause).candidates().stream()
                .map(Verdict.Verified::ordinal)
                .toList());
  }

  @Test
  void aHeadingIsNotVerified() {
    String heading = "Regulamin sklepu internetowego";
    assertThat(Lemmatiser.lemmas(heading)).hasSizeLessThan(RegisterVerification.MIN_LEMMAS);

    Verdict verdict = verification.verify(heading);

    assertThat(verdict.candidates()).isEmpty();
    assertThat(verdict.matched()).isFalse();
  }

  @Test
  void aClauseWithoutWordsHasNoCandidates() {
    Verdict verdict = verification.verify(" – ");

    assertThat(verdict.candidates()).isEmpty();
    assertThat(verdict.best()).isZero();
    assertThat(verdict.matched()).isFalse();
    assertThat(verdict.typed()).isFalse();
  }

  /** The register numbers of the candidates whose probability makes them evidence. */
  private static List<Integer> evidence(Verdict verdict) {
    return verdict.candidates().stream()
        .filter(c -> c.probability() >= verdict.thresholds().evidence())
        .map(c -> entries.get(c.ordinal()).registerNumber())
        .toList();
  }

  /**
   * An entry's words in order, ignoring case and punctuation, as the register index groups them.
   */
  private static String wording(RegisterEntry entry) {
    return NON_WORD.matcher(text(entry).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  private static String text(RegisterEntry entry) {
    return ClauseText.normalise(entry.clauseText());
  }

  private static RegisterEntry entry(int number) {
    return entries.stream()
        .filter(e -> e.registerNumber() == number)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no register entry " + number));
  }

  private static double[] ones(int n) {
    double[] ones = new double[n];
    Arrays.fill(ones, 1);
    return ones;
  }

  private record Rewording(String text, Set<Integer> accept) {}
}
