package org.fairpact.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

  private final List<String> reported = new ArrayList<>();
  private final AnalysisProgress progress =
      new AnalysisProgress() {
        @Override
        public void clausesDone(UUID analysisId, int done, int total) {
          reported.add(done + "/" + total);
        }
      };
  private long now;

  @Test
  void aQuickAnalysisWritesNoProgress() {
    ProgressReporter reporter = new ProgressReporter(progress, UUID.randomUUID(), () -> now);
    for (int done = 1; done <= 100; done++) {
      now += 1_000_000; // 1 ms per clause
      reporter.clausesDone(done, 100);
    }
    assertThat(reported).isEmpty();
  }

  @Test
  void aSlowAnalysisReportsAboutOncePerSecond() {
    ProgressReporter reporter = new ProgressReporter(progress, UUID.randomUUID(), () -> now);
    for (int done = 1; done <= 40; done++) {
      now += 250_000_000; // a quarter of a second per clause
      reporter.clausesDone(done, 40);
    }
    assertThat(reported).hasSize(9).startsWith("4/40", "8/40").doesNotContain("40/40");
  }
}
