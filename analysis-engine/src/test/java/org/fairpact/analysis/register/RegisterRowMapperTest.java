package org.fairpact.analysis.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegisterRowMapperTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Sygn. akt XVII AmC 27/01     | XVII AmC 27/01",
        "Sygn. Akt. XVII Amc30/01     | XVII Amc30/01",
        "Sygn.akt VI ACa 112/09       | VI ACa 112/09",
        "sygn akt   XVII AmC 1/10     | XVII AmC 1/10",
        "Syg XVII AmC 4321/12         | XVII AmC 4321/12",
        "XVII AmC 27/01               | XVII AmC 27/01",
        "Sygnatura nieznana           | Sygnatura nieznana"
      })
  void dropsTheLabelOlderExportsWriteBeforeTheCaseSignature(String field, String signature) {
    assertThat(entryWith(field, "", "").caseSignature()).isEqualTo(signature);
  }

  @Test
  void dropsTheLabelsOlderExportsWriteBeforeTheParties() {
    RegisterEntry labelled =
        entryWith("", "Powód: Prezes UOKiK", "Pozwany: Biuro Podróży \"Rajd\" sp. z o.o.");
    RegisterEntry unlabelled = entryWith("", "Prezes UOKiK", "Biuro Podróży \"Rajd\" sp. z o.o.");

    assertThat(labelled.claimant()).isEqualTo("Prezes UOKiK");
    assertThat(labelled.defendants()).isEqualTo("Biuro Podróży \"Rajd\" sp. z o.o.");
    assertThat(unlabelled.defendants()).isEqualTo(labelled.defendants());
  }

  @Test
  void theSameEntryWithAndWithoutLabelsHasTheSameContent() {
    RegisterEntry older = entryWith("Sygn. akt XVII AmC 27/01", "Powód: Jan Nowak", "Pozwana: Ewa");
    RegisterEntry newer = entryWith("XVII AmC 27/01", "Jan Nowak", "Ewa");

    assertThat(ClauseText.contentHash(older)).isEqualTo(ClauseText.contentHash(newer));
  }

  private static RegisterEntry entryWith(String signature, String claimant, String defendants) {
    return RegisterRowMapper.toEntry(
        List.of(
            "7",
            "11.03.2002",
            signature,
            "Sąd Okręgowy w Warszawie",
            claimant,
            defendants,
            "Sprzedawca zastrzega sobie prawo zmiany cen.",
            "2002-06-11",
            "",
            "HANDEL"),
        2);
  }
}
