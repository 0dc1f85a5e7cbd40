package org.fairpact.analysis.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fairpact.analysis.TestData;
import org.fairpact.analysis.register.ClauseText;
import org.junit.jupiter.api.Test;

class SharedWordingTest {

  @Test
  void aVerbatimCopySharesTheWholeEntry() {
    String entry = "Sprzedawca zastrzega sobie prawo do zmiany niniejszego regulaminu";

    assertThat(shared(entry + ".", entry)).containsExactly(entry);
  }

  @Test
  void passagesAreTheEntrysWordsInAnyInflectionAndInTheEntrysOrder() {
    String entry =
        "Reklamacje dotyczące uszkodzeń mechanicznych przesyłki będą rozpatrywane wyłącznie po"
            + " sporządzeniu protokołu szkodowego";
    // the two parts swapped, other endings ("reklamacji", "protokół"), a word of its own
    String clause =
        "Po sporządzeniu protokołu szkodowego kurier; reklamacji dotyczącej uszkodzeń"
            + " mechanicznych przesyłki";

    List<String> passages = shared(clause, entry);

    assertThat(passages)
        .containsExactly(
            "Reklamacje dotyczące uszkodzeń mechanicznych przesyłki",
            "sporządzeniu protokołu szkodowego");
  }

  @Test
  void singleWordsInCommonAreNotWording() {
    assertThat(
            shared(
                "Klient płaci za przesyłkę kurierską.",
                "Sprzedawca nie odpowiada za opóźnienia przesyłki"))
        .isEmpty();
  }

  @Test
  void theIndexRepairsAScannedClauseBeforeComparing() {
    RegisterIndex index = TestData.registerIndex();
    String scanned = "Sprzedawca zastrzcga s0bie prawo do zmlany niniejszego regulaminu";
    RegisterMatch first = index.match(scanned, Language.PL, 1).get(0);

    RegisterMatch withWording =
        index.withSharedWording(scanned, List.of(first), Language.PL).get(0);

    assertThat(first.sharedWording()).as("only on request").isEmpty();
    assertThat(withWording.sharedWording())
        .containsExactly(ClauseText.normalise(first.matchedText()));
    assertThat(withWording.registerNumber()).isEqualTo(first.registerNumber());
    assertThat(withWording.similarity()).isEqualTo(first.similarity());
  }

  private static List<String> shared(String clause, String entry) {
    return SharedWording.of(Language.PL, SharedWording.terms(Language.PL, clause), entry);
  }
}
