package org.fairpact.interfaces.batch.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunnerArgumentsTest {

  @Test
  void theJobAloneSyncsTheBundledExport() {
    RunnerArguments arguments = RunnerArguments.parse(List.of("clause-sync"));

    assertThat(arguments.help()).isFalse();
    assertThat(arguments.job()).isEqualTo("clause-sync");
    assertThat(arguments.source()).isEmpty();
  }

  @Test
  void aSourceIsTakenInBothSpellings() {
    assertThat(RunnerArguments.parse(List.of("clause-sync", "--source", "/data/r.csv")).source())
        .isEqualTo(Optional.of("/data/r.csv"));
    assertThat(
            RunnerArguments.parse(List.of("clause-sync", "--source=https://x.example/r.csv"))
                .source())
        .isEqualTo(Optional.of("https://x.example/r.csv"));
  }

  @Test
  void helpAnywhereWinsOverEverythingElse() {
    assertThat(RunnerArguments.parse(List.of("--help")).help()).isTrue();
    assertThat(RunnerArguments.parse(List.of("clause-sync", "-h")).help()).isTrue();
    assertThat(RunnerArguments.parse(List.of("nonsense", "--bogus", "--help")).help()).isTrue();
  }

  @Test
  void anythingElseIsRefused() {
    for (List<String> args :
        List.of(
            List.<String>of(),
            List.of("other-job"),
            List.of("clause-sync", "--bogus"),
            List.of("clause-sync", "extra"),
            List.of("clause-sync", "--source"),
            List.of("clause-sync", "--source", " "),
            List.of("clause-sync", "--source="),
            List.of("clause-sync", "--source", "a.csv", "--source", "b.csv"))) {
      assertThatThrownBy(() -> RunnerArguments.parse(args))
          .as(args.toString())
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
