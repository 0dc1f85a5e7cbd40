package org.fairpact.analysis.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Polish words as the lemmas the thesaurus and the clause types are written in. */
class LemmatiserTest {

  @Test
  void inflectedFormsOfAWordGiveOneLemma() {
    assertThat(Lemmatiser.lemmas("reklamacji reklamacje reklamacją Reklamacja"))
        .containsExactly("reklamacja", "reklamacja", "reklamacja", "reklamacja");
    assertThat(Lemmatiser.lemmas("odpowiedzialności")).containsExactly("odpowiedzialność");
    assertThat(Lemmatiser.lemmas("dla siedziby Sprzedawcy"))
        .containsExactly("siedziba", "sprzedawca");
  }

  @Test
  void negationAndModalityStayWhileOtherStopWordsGo() {
    assertThat(Lemmatiser.lemmas("Sprzedawca nie odpowiada za opóźnienia oraz szkody"))
        .containsExactly("sprzedawca", "nie", "odpowiadać", "opóźnić", "szkoda");
    assertThat(Lemmatiser.lemmas("bez podania przyczyny")).startsWith("bez");
  }

  @Test
  void numbersStayAsWritten() {
    assertThat(Lemmatiser.lemmas("w terminie 14 dni, a w roku 2025 opłata 49,99 zł"))
        .contains("14", "2025", "49,99")
        .containsSubsequence("termin", "14", "dzień");
  }

  @Test
  void wordsTheDictionaryLacksStayLowerCased() {
    assertThat(Lemmatiser.lemmas("Xyzzyqwerty")).containsExactly("xyzzyqwerty");
  }

  @Test
  void textWithoutWordsHasNoLemmas() {
    assertThat(Lemmatiser.lemmas("")).isEmpty();
    assertThat(Lemmatiser.lemmas(" – ; ")).isEmpty();
  }

  @Test
  void aWordWithSeveralLemmasGetsTheOneOfItsReading() {
    assertThat(Lemmatiser.lemmas("umowy wady może zatrzymana ograniczona nie"))
        .containsExactly("umowa", "wada", "móc", "zatrzymać", "ograniczyć", "nie");
  }
}
