package org.fairpact.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Optional;
import org.fairpact.analysis.extraction.Deadline;
import org.fairpact.analysis.extraction.ExtractedText;
import org.fairpact.analysis.extraction.ExtractionException;
import org.fairpact.analysis.matching.Language;
import org.junit.jupiter.api.Test;

/** The clause loop stays within its bounds, and one enormous token costs linear time. */
class ContractAnalyzerBoundsTest {

  private static final ProgressListener QUIET = (done, total) -> {};

  private static final ExtractedText TWENTY_CLAUSES =
      ExtractedText.ofText(
          "§ 1. Sprzedawca dostarczy towar w ciągu 14 dni od zawarcia umowy.\n\n".repeat(20));

  @Test
  void moreClausesThanTheLimitFailBeforeAnyIsAssessed() {
    ContractAnalyzer analyzer = new ContractAnalyzer(TestData.registerIndex());

    ExtractionException failure =
        catchThrowableOfType(
            ExtractionException.class,
            () ->
                analyzer.analyse(
                    TWENTY_CLAUSES, Optional.of(Language.PL), QUIET, Deadline.none(), 5));

    assertThat(failure.code()).isEqualTo("too-many-clauses");
  }

  @Test
  void passedDeadlineStopsTheClauseLoop() {
    ContractAnalyzer analyzer = new ContractAnalyzer(TestData.registerIndex());
    Deadline passed = Deadline.after(Duration.ofNanos(1));

    ExtractionException failure =
        catchThrowableOfType(
            ExtractionException.class,
            () -> analyzer.analyse(TWENTY_CLAUSES, Optional.of(Language.PL), QUIET, passed, 5_000));

    assertThat(failure.code()).isEqualTo("deadline-exceeded");
  }

  @Test
  void oneMillionLetterTokenIsAnalysedInSeconds() throws ExtractionException {
    ContractAnalyzer analyzer = new ContractAnalyzer(TestData.registerIndex());
    analyzer.assess("Reklamacje można złożyć do 7 dni.", Language.PL); // index built, JIT warm
    ExtractedText token = ExtractedText.ofText("a".repeat(1_000_000));

    long started = System.nanoTime();
    AnalysisResult result =
        analyzer.analyse(token, Optional.of(Language.PL), QUIET, Deadline.none(), 5_000);

    assertThat(result.findings()).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }
}
