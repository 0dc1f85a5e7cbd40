package org.fairpact.interfaces.batch.runner;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.runtime.BatchStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExitCodeTest {

  @Test
  void onlyACompletedJobExitsZero() {
    assertThat(ExitCode.of(BatchStatus.COMPLETED).code()).isZero();
    for (BatchStatus status : BatchStatus.values()) {
      if (status != BatchStatus.COMPLETED) {
        assertThat(ExitCode.of(status).code()).as(status.name()).isNotZero();
      }
    }
  }

  @Test
  void eachEndingHasItsCode() {
    assertThat(ExitCode.of(BatchStatus.FAILED)).isEqualTo(ExitCode.FAILED);
    assertThat(ExitCode.of(BatchStatus.STOPPED)).isEqualTo(ExitCode.STOPPED);
    assertThat(ExitCode.of(BatchStatus.ABANDONED)).isEqualTo(ExitCode.STOPPED);
    assertThat(ExitCode.of(BatchStatus.STARTED)).isEqualTo(ExitCode.ERROR);
  }

  @Test
  void theCodesAreDistinctAndTheDocumentedOnes() {
    assertThat(Arrays.stream(ExitCode.values()).map(ExitCode::code))
        .containsExactly(0, 1, 2, 3, 4, 5, 6)
        .doesNotHaveDuplicates();
    assertThat(RunnerArguments.USAGE)
        .contains(
            "0 COMPLETED, 1 FAILED, 2 usage, 3 another clause sync is running",
            "4 source not allowed, 5 STOPPED or ABANDONED, 6 the runner could not run the job");
  }

  @Test
  void helpPrintsTheUsageAndStartsNothing() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    ExitCode code = BatchRunner.run(List.of("clause-sync", "--help"), print(out), print(err));

    assertThat(code).isEqualTo(ExitCode.COMPLETED);
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: batch-runner");
    assertThat(err.size()).isZero();
  }

  @Test
  void anUnknownOptionIsAUsageErrorBeforeAnythingStarts() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    // no database is configured here: reaching the job would fail differently (exit 6)
    ExitCode code = BatchRunner.run(List.of("clause-sync", "--force"), print(out), print(err));

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(code.code()).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown argument '--force'");
    assertThat(out.size()).isZero();
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
