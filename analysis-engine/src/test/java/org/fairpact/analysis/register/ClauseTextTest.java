package org.fairpact.analysis.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fairpact.analysis.TestData;
import org.junit.jupiter.api.Test;

class ClauseTextTest {

  private static final RegisterEntry ENTRY =
      new RegisterEntry(
          42,
          LocalDate.of(2010, 5, 6),
          "XVII AmC 1/10",
          "Sąd Okręgowy w Warszawie",
          "Prezes UOKiK",
          "Sklep sp. z o.o.",
          "„Sprzedawca nie odpowiada za opóźnienia – nawet zawinione”",
          LocalDate.of(2011, 1, 2),
          "",
          "HANDEL ELEKTRONICZNY");

  @Test
  void normalisesTypographyWhitespaceAndWrappingQuotes() {
    assertThat(ClauseText.normalise("  „Sprzedawca\u00A0nie\n\todpowiada  – nawet ‘zawinione’”  "))
        .isEqualTo("Sprzedawca nie odpowiada - nawet 'zawinione'");
    assertThat(ClauseText.normalise("&quot;Klient zapłaci &quot;opłatę&quot; w terminie&quot;"))
        .isEqualTo("Klient zapłaci \"opłatę\" w terminie");
    assertThat(ClauseText.normalise("\"Cena\" obejmuje \"VAT\""))
        .isEqualTo("\"Cena\" obejmuje \"VAT\"");
    assertThat(ClauseText.normalise("Opłata wynosi 10 zł”")).isEqualTo("Opłata wynosi 10 zł");
    assertThat(ClauseText.normalise("Zgodnie z \"Regulaminem\" sklepu"))
        .isEqualTo("Zgodnie z \"Regulaminem\" sklepu");
    assertThat(ClauseText.normalise("…itd")).isEqualTo("...itd");
    assertThat(ClauseText.normalise(null)).isEmpty();
  }

  @Test
  void composesDecomposedPolishLetters() {
    String decomposed = "Zaz\u0307o\u0301ł\u0107";

    assertThat(ClauseText.normalise(decomposed)).isEqualTo("Zażółć");
  }

  @Test
  void normalisingTwiceChangesNothing() {
    for (RegisterEntry entry : TestData.register().subList(0, 500)) {
      String once = ClauseText.normalise(entry.clauseText());
      assertThat(ClauseText.normalise(once)).isEqualTo(once);
    }
  }

  @Test
  void hashIgnoresTypographyAndIdentityButSeesContent() {
    String hash = ClauseText.contentHash(ENTRY);

    assertThat(hash).hasSize(64).matches("[0-9a-f]+");
    assertThat(
            ClauseText.contentHash(
                with(
                    ENTRY,
                    43,
                    ENTRY.clauseText().replace('–', '-'),
                    ENTRY.sector(),
                    ENTRY.entryDate())))
        .as("other number, hyphen for dash")
        .isEqualTo(hash);
    assertThat(
            ClauseText.contentHash(
                with(
                    ENTRY,
                    42,
                    "Sprzedawca nie odpowiada za opóźnienia",
                    ENTRY.sector(),
                    ENTRY.entryDate())))
        .isNotEqualTo(hash);
    assertThat(
            ClauseText.contentHash(
                with(ENTRY, 42, ENTRY.clauseText(), "INNE USŁUGI", ENTRY.entryDate())))
        .isNotEqualTo(hash);
    assertThat(ClauseText.contentHash(with(ENTRY, 42, ENTRY.clauseText(), ENTRY.sector(), null)))
        .isNotEqualTo(hash);
  }

  @Test
  void hashesOfTheRegisterTellItsDifferentEntriesApart() {
    long distinctTexts =
        TestData.register().stream()
            .map(e -> ClauseText.normalise(e.clauseText()))
            .distinct()
            .count();
    long distinctHashes =
        TestData.register().stream().map(ClauseText::contentHash).distinct().count();

    assertThat(distinctHashes).isGreaterThanOrEqualTo(distinctTexts);
  }

  private static RegisterEntry with(
      RegisterEntry e, int number, String clause, String sector, LocalDate entryDate) {
    return new RegisterEntry(
        number,
        e.judgmentDate(),
        e.caseSignature(),
        e.court(),
        e.claimant(),
        e.defendants(),
        clause,
        entryDate,
        e.remarks(),
        sector);
  }
}
