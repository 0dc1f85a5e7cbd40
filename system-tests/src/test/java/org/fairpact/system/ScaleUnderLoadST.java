package org.fairpact.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.fairpact.system.support.Cluster;
import org.fairpact.system.support.ExactlyOnce;
import org.fairpact.system.support.Load;
import org.fairpact.system.support.SystemEnvironment;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/fairpact scale} under a steady load: removing an instance (out of nginx first, then a
 * graceful stop) and adding it again (ready first, then into nginx) fails no client request and
 * loses no analysis. Needs at least 3 instances, so that 2 remain while one is gone.
 */
class ScaleUnderLoadST {

  @Test
  void scalingDownAndUpUnderLoadFailsNoRequest() throws InterruptedException {
    int instances = SystemEnvironment.instances();
    assumeTrue(instances >= 3, "runs with 3 or more instances (now " + instances + ")");
    Load load = Load.start("st-scale", 2, 8);
    Load.Figures figures;
    try {
      Thread.sleep(3_000);
      Cluster.run(Duration.ofMinutes(5), "scale", String.valueOf(instances - 1));
      Thread.sleep(3_000);
      Cluster.run(Duration.ofMinutes(5), "scale", String.valueOf(instances));
      Thread.sleep(3_000);
    } finally {
      figures = load.stop();
    }

    ExactlyOnce.Result result =
        ExactlyOnce.settle(
            "scale " + instances + " -> " + (instances - 1) + " -> " + instances,
            figures,
            Duration.ofMinutes(5));

    assertThat(figures.failures()).as("failed client requests").isEmpty();
    assertThat(result.outcome().completed())
        .as("completed analyses")
        .isEqualTo(figures.accepted().size());
    assertThat(result.duplicated()).as("analyses completed more than once").isZero();
  }
}
