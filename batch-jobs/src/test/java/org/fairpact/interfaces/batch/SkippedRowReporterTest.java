package org.fairpact.interfaces.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkippedRowReporterTest {

  @Test
  void aShortReasonIsKeptAsItIs() {
    assertThat(SkippedRowReporter.bounded("register number is not a number: abc"))
        .isEqualTo("register number is not a number: abc");
  }

  @Test
  void aReasonQuotingAHugeRowIsCutAndSaysHowLongItWas() {
    String reason = "register number is not a number: " + "x".repeat(100_000);

    String bounded = SkippedRowReporter.bounded(reason);

    assertThat(bounded)
        .hasSizeLessThan(SkippedRowReporter.REASON_CHARS + 40)
        .endsWith("... (" + reason.length() + " characters)");
  }

  @Test
  void controlCharactersDoNotReachTheReport() {
    assertThat(SkippedRowReporter.bounded("line\none\u2028two\u0000")).isEqualTo("line one two ");
  }
}
