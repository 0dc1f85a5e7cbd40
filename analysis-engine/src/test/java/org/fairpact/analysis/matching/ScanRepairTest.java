package org.fairpact.analysis.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScanRepairTest {

  private static final ScanRepair REPAIR =
      ScanRepair.of(
          List.of(
              "Sprzedawca nie ponosi odpowiedzialności za opóźnienie dostawy.",
              "Wszelkie spory rozstrzyga sąd właściwy dla siedziby Sprzedawcy.",
              "Sprzedawca zastrzega sobie możliwość zmiany regulaminu."));

  @Test
  void repairsScannerConfusionsAndLostDiacritics() {
    assertThat(REPAIR.repair("Sprzedawca nie ponosi 0dpowiedzialnosci za opóźnienie"))
        .isEqualTo("Sprzedawca nie ponosi odpowiedzialności za opóźnienie");
    assertThat(REPAIR.repair("Wsze1kie spory rozstrzyga sad właściwy")).contains("Wszelkie", "sąd");
  }

  @Test
  void splitsWordsThatLostTheirSpace() {
    assertThat(REPAIR.repair("sąd właściwydla siedziby")).isEqualTo("sąd właściwy dla siedziby");
  }

  @Test
  void replacesAnUnknownEndingWithTheRegistersForm() {
    assertThat(REPAIR.repair("zastrzega sobie możliwośie zmiany"))
        .isEqualTo("zastrzega sobie możliwość zmiany");
  }

  @Test
  void keepsTheCapitalsOfTheWordItRepairs() {
    assertThat(REPAIR.repair("Sprzcdawca nie ponosi ODPOWIEDZIALNOSCI za Opóźnienia"))
        .isEqualTo("Sprzedawca nie ponosi ODPOWIEDZIALNOŚCI za Opóźnienie");
    assertThat(REPAIR.repair("sąd Właściwydla siedziby")).isEqualTo("sąd Właściwy dla siedziby");
    assertThat(REPAIR.repair("5przcdawca")).isEqualTo("sprzedawca");
  }

  @Test
  void leavesKnownWordsNumbersAndShortWordsAlone() {
    String clean = "Sprzedawca zastrzega sobie 14 dni, ok?";
    assertThat(REPAIR.repair(clean)).isSameAs(clean);
    assertThat(ScanRepair.none().repair("0dpowiedzialnosci")).isEqualTo("0dpowiedzialnosci");
  }
}
