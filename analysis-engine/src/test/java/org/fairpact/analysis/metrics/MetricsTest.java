package org.fairpact.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void binaryFiguresFollowFromTheCounts() {
    boolean[] predicted = {true, true, true, false, false, false};
    boolean[] truth = {true, true, false, true, false, false};

    BinaryCounts counts = BinaryCounts.of(predicted, truth);

    assertThat(counts).isEqualTo(new BinaryCounts(2, 1, 1, 2));
    assertThat(counts.accuracy()).isCloseTo(4 / 6.0, within(1e-12));
    assertThat(counts.precision()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(counts.recall()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(counts.macroF1()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(new BinaryCounts(0, 0, 3, 3).precision()).isZero();
  }

  @Test
  void lexGlueAddsNoneForExamplesWithoutLabels() {
    boolean[][] truth = {{true, false}, {false, false}, {false, true}, {false, false}};
    boolean[][] predicted = {{true, false}, {false, false}, {false, false}, {true, false}};

    MultiLabelScores scores = MultiLabelScores.of(List.of("A", "B"), predicted, truth);

    assertThat(scores.labels()).containsExactly("A", "B", "none");
    assertThat(scores.counts("A")).isEqualTo(new BinaryCounts(1, 1, 0, 2));
    assertThat(scores.counts("B")).isEqualTo(new BinaryCounts(0, 0, 1, 3));
    assertThat(scores.counts("none")).isEqualTo(new BinaryCounts(1, 1, 1, 1));
    assertThat(scores.macroF1()).isCloseTo((2 / 3.0 + 0 + 0.5) / 3, within(1e-12));
    assertThat(scores.microF1()).isCloseTo(2 * 2 / (2 * 2 + 2 + 2.0), within(1e-12));
  }
}
