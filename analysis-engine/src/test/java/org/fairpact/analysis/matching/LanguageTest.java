package org.fairpact.analysis.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void polishTextIsPolish() {
    assertThat(Language.detect("Sprzedawca nie ponosi odpowiedzialności za opóźnienia dostawy."))
        .isEqualTo(Language.PL);
    assertThat(Language.detect("Umowa jest zawarta na czas nieokreslony i moze byc wypowiedziana"))
        .as("without diacritics")
        .isEqualTo(Language.PL);
  }

  @Test
  void englishTextIsEnglish() {
    assertThat(
            Language.detect("The Licensee shall pay all fees within thirty days of the invoice."))
        .isEqualTo(Language.EN);
  }

  @Test
  void noEvidenceMeansPolish() {
    assertThat(Language.detect("")).isEqualTo(Language.PL);
    assertThat(Language.detect("12345 ABC")).isEqualTo(Language.PL);
  }
}
