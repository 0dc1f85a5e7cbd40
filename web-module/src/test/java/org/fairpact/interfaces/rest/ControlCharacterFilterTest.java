package org.fairpact.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ControlCharacterFilterTest {

  @Test
  void refusesC0DeleteAndLineSeparators() {
    for (String bad : new String[] {"a\u0000b", "\t", "x\ny", "\r", "\u001f", "\u007f", "\u2028"}) {
      assertThatThrownBy(() -> ControlCharacterFilter.requireNone("filename", bad))
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> {
                assertThat(e.problem()).isEqualTo(Problem.INVALID_CHARACTERS);
                assertThat(e.getMessage()).startsWith("filename contains the control character");
              });
    }
  }

  @Test
  void acceptsOrdinaryTextPolishLettersAndNothing() {
    assertThatCode(
            () -> {
              ControlCharacterFilter.requireNone("filename", "umowa sprzedaży (1).pdf");
              ControlCharacterFilter.requireNone("filename", null);
              ControlCharacterFilter.requireNone("q", "Reklamacje: 7 dni – €");
            })
        .doesNotThrowAnyException();
  }

  @Test
  void theDetailNamesThePositionNotTheValue() {
    assertThatThrownBy(() -> ControlCharacterFilter.requireNone("query parameter 'q'", "secret\0"))
        .hasMessage("query parameter 'q' contains the control character U+0000 at position 6");
  }

  @Test
  void invalidCharactersIsAStable400Type() {
    assertThat(Problem.INVALID_CHARACTERS.type())
        .isEqualTo("https://fairpact.dev/problems/invalid-characters");
    assertThat(Problem.INVALID_CHARACTERS.status()).isEqualTo(400);
    assertThat(Problem.forStatus(400)).isEqualTo(Problem.INVALID_REQUEST);
  }
}
