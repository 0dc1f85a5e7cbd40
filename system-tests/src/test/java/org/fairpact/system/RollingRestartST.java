package org.fairpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.fairpact.system.support.Cluster;
import org.fairpact.system.support.ExactlyOnce;
import org.fairpact.system.support.Load;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/fairpact restart --rolling} under a steady load of uploads and reads through nginx: no
 * client request fails, and every accepted analysis is COMPLETED exactly once.
 */
class RollingRestartST {

  @Test
  void aRollingRestartUnderLoadFailsNoRequestAndLosesNoAnalysis() throws InterruptedException {
    Load load = Load.start("st-rolling", 2, 8);
    Thread.sleep(5_000);
    Cluster.run(Duration.ofMinutes(15), "restart", "--rolling");
    Thread.sleep(5_000);
    Load.Figures figures = load.stop();

    ExactlyOnce.Result result =
        ExactlyOnce.settle("rolling restart", figures, Duration.ofMinutes(5));

    assertThat(figures.failures()).as("failed client requests").isEmpty();
    assertThat(figures.accepted()).as("accepted uploads").hasSize((int) figures.uploads());
    assertThat(result.outcome().completed())
        .as("completed analyses")
        .isEqualTo(figures.accepted().size());
    assertThat(result.duplicated()).as("analyses completed more than once").isZero();
    assertThat(result.outcome().distinctFindingCounts())
        .as("findings per analysis differ")
        .isEqualTo(1);
  }
}
