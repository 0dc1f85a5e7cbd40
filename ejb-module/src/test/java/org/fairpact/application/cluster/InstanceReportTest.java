package org.fairpact.application.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstanceReportTest {

  @Test
  void travelsAsJsonAndBack() {
    InstanceReport report =
        new InstanceReport(
            "fairpact-2",
            "DOWN",
            Map.of("database", "UP", "accepting-work", "DOWN"),
            Optional.of("shutting down"),
            Map.of("analysis.fast", new InstanceReport.ConsumerLoad(4, 1)),
            Instant.parse("2026-11-22T10:00:00Z"));

    InstanceReport read = InstanceReport.fromJson(report.toJson().toString());

    assertThat(read).isEqualTo(report);
    assertThat(report.toJson().getBoolean("draining")).isTrue();
  }
}
