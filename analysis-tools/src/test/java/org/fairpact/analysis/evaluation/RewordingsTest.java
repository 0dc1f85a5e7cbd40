package org.fairpact.analysis.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RewordingsTest {

  private static final String CLAUSE =
      "Sprzedawca zastrzega sobie prawo do zmiany cen towarów w każdym czasie, bez podania"
          + " przyczyny, a Klient nie może z tego tytułu odstąpić od umowy. Wszelkie spory"
          + " rozstrzyga sąd właściwy dla siedziby Sprzedawcy.";

  @ParameterizedTest
  @EnumSource(Rewording.class)
  void theSameClauseAndSeedGiveTheSameRewording(Rewording kind) {
    String first = Rewordings.reword(CLAUSE, kind, 4711);
    String second = Rewordings.reword(CLAUSE, kind, 4711);

    assertThat(first).isEqualTo(second).isNotEqualTo(CLAUSE).isNotBlank();
  }

  @Test
  void rewordingsDependOnTheSeed() {
    long differing =
        java.util.stream.LongStream.range(0, 20)
            .mapToObj(seed -> Rewordings.reword(CLAUSE, Rewording.OCR_NOISE, seed))
            .distinct()
            .count();

    assertThat(differing).isGreaterThan(15);
  }

  @Test
  void eachKindChangesWhatItSays() {
    assertThat(Rewordings.reword(CLAUSE, Rewording.SYNONYMS, 1))
        .doesNotContain("zastrzega sobie prawo")
        .contains("ma prawo");
    assertThat(Rewordings.reword(CLAUSE, Rewording.REORDERING, 1))
        .startsWith("Wszelkie spory")
        .contains("Sprzedawca zastrzega");
    assertThat(Rewordings.reword(CLAUSE, Rewording.TRUNCATION, 1).split(" ").length)
        .isLessThan(CLAUSE.split(" ").length * 4 / 5 + 1)
        .isGreaterThan(CLAUSE.split(" ").length / 2);
    assertThat(CLAUSE).startsWith(Rewordings.reword(CLAUSE, Rewording.TRUNCATION, 1));
  }

  /**
   * Pinned outputs: the register figures in docs/quality.md depend on exactly these rewordings, so
   * a change to the generator must show up here (and the figures be measured again).
   */
  @Test
  void outputsArePinned() {
    String clause =
        "Sprzedawca zastrzega sobie prawo do zmiany cen towarów w każdym czasie, bez podania"
            + " przyczyny.";

    assertThat(Rewordings.reword(clause, Rewording.SYNONYMS, 7))
        .isEqualTo(
            "Sprzedający ma prawo do zmiany cen towarów w każdym czasie, bez podania przyczyny.");
    assertThat(Rewordings.reword(clause, Rewording.TRUNCATION, 7))
        .isEqualTo("Sprzedawca zastrzega sobie prawo do zmiany cen towarów w każdym");
    assertThat(Rewordings.reword(clause, Rewording.OCR_NOISE, 7))
        .isEqualTo(
            "Sprzedawca zastrzega soble prawo dozmiany cen towarów w każdym czasic, bez podanio"
                + " przyczyny.");
    assertThat(Rewordings.reword(clause, Rewording.COMBINED, 7))
        .isEqualTo(
            "bez podania przyczynę, Sprzedający zastrzega sobic prawo do zmiany ccn towarów");
  }
}
