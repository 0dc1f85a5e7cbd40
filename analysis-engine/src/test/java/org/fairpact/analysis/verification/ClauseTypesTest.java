package org.fairpact.analysis.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fairpact.analysis.TestData;
import org.fairpact.analysis.register.RegisterEntry;
import org.junit.jupiter.api.Test;

/** The rule-based clause types on register entries and on ordinary clauses. */
class ClauseTypesTest {

  /** Register entries whose text names their kind plainly, by register number. */
  private static final Map<Integer, String> ENTRY_TYPES =
      Map.of(
          2608, "jurisdiction-trader-seat", // "sądu właściwego rzeczowo dla siedziby Operatora"
          2399, "final-interpretation", // "Ostateczna interpretacja postanowień Regulaminu"
          5200, "complaint-restriction", // "Reklamacje można złożyć do 2 dni od momentu dostawy"
          5043, "liability-exclusion", // "BT nie odpowiada za bagaż Uczestnika"
          182, "penalty-fee", // "pobierana jest opłata w wysokości od 50% do 100 %"
          3213, "unilateral-change"); // "prawo do zmian Regulaminu Sklepu w każdym czasie"

  @Test
  void registerEntriesOfKnownKindsGetTheirType() {
    ENTRY_TYPES.forEach(
        (number, type) ->
            assertThat(typeOf(entry(number).clauseText())).as("entry %d", number).contains(type));
  }

  @Test
  void anOrdinaryClauseHasNoType() {
    assertThat(typeOf("Sklep przyjmuje płatności kartą.")).isEmpty();
    assertThat(typeOf("Umowę sporządzono w dwóch jednobrzmiących egzemplarzach.")).isEmpty();
    assertThat(ClauseTypes.of(List.of())).isEmpty();
  }

  @Test
  void theMostSpecificFittingTypeWins() {
    // fits jurisdiction (sąd, siedziba) and final interpretation (rozstrzygać, sprzedawca)
    String clause = "Wszelkie spory rozstrzyga sąd właściwy dla siedziby Sprzedawcy.";

    assertThat(ClauseTypes.RULES.stream().filter(r -> r.fits(lemmaSet(clause))).count())
        .isGreaterThan(1);
    assertThat(typeOf(clause)).contains("jurisdiction-trader-seat");
  }

  @Test
  void typeIdsAreUniqueStableIdentifiers() {
    assertThat(ClauseTypes.all())
        .extracting(ClauseType::id)
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
    assertThat(ClauseTypes.all())
        .allSatisfy(
            type -> {
              assertThat(type.label()).isNotBlank();
              assertThat(type.description()).isNotBlank();
              assertThat(ClauseTypes.byId(type.id())).contains(type);
            });
    assertThat(ClauseTypes.byId("no-such-type")).isEmpty();
  }

  private static Optional<String> typeOf(String text) {
    return ClauseTypes.of(Lemmatiser.lemmas(text)).map(ClauseType::id);
  }

  private static Set<String> lemmaSet(String text) {
    return Set.copyOf(Lemmatiser.lemmas(text));
  }

  private static RegisterEntry entry(int number) {
    return TestData.register().stream()
        .filter(e -> e.registerNumber() == number)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no register entry " + number));
  }
}
