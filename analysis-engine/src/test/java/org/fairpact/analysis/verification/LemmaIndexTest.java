package org.fairpact.analysis.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LemmaIndexTest {

  private static final List<String> BEFORE =
      List.of(
          "Reklamacje można składać w terminie 7 dni od dnia dostawy towaru.",
          "Sprzedawca nie ponosi odpowiedzialności za opóźnienia w dostawie.",
          "Spory rozstrzyga sąd właściwy dla siedziby Sprzedawcy.");

  private static final List<String> AFTER =
      List.of(
          BEFORE.get(0),
          BEFORE.get(2),
          "Organizator zastrzega sobie prawo zmiany ceny imprezy bez podania przyczyny.");

  @Test
  void aRebuildReusingThePreviousLemmasIndexesAsAFreshBuildDoes() {
    LemmaIndex previous = LemmaIndex.build(BEFORE, Synonyms.bundled());

    LemmaIndex rebuilt = LemmaIndex.build(AFTER, Synonyms.bundled(), Optional.of(previous));
    LemmaIndex fresh = LemmaIndex.build(AFTER, Synonyms.bundled());

    for (int i = 0; i < AFTER.size(); i++) {
      assertThat(rebuilt.entry(i).lemmas()).isEqualTo(fresh.entry(i).lemmas());
      assertThat(rebuilt.entry(i).weights()).isEqualTo(fresh.entry(i).weights());
    }
    // the new entry was lemmatised, not taken from the previous index
    assertThat(rebuilt.entry(2).lemmas()).contains("organizator", "cena");
    LemmaProfile clause = rebuilt.profile("Biuro może podnieść cenę wycieczki bez uzasadnienia.");
    assertThat(rebuilt.candidates(clause, 3)).isEqualTo(fresh.candidates(clause, 3));
    assertThat(rebuilt.candidates(clause, 3).get(0).ordinal()).isEqualTo(2);
  }
}
