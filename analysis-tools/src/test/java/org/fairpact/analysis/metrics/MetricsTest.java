package org.fairpact.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
  void evenOddsFiguresDoNotMoveWithTheShareOfYes() {
    // 80 of 100 yes found, 10 of 50 no wrongly flagged
    BinaryCounts counts = new BinaryCounts(80, 10, 20, 40);
    // the same recalls with ten times as many no
    BinaryCounts moreNo = new BinaryCounts(80, 100, 20, 400);

    assertThat(counts.precisionAtEvenOdds()).isCloseTo(0.8 / (0.8 + 0.2), within(1e-12));
    assertThat(moreNo.precisionAtEvenOdds()).isCloseTo(counts.precisionAtEvenOdds(), within(1e-12));
    assertThat(moreNo.macroF1AtEvenOdds()).isCloseTo(counts.macroF1AtEvenOdds(), within(1e-12));
    assertThat(moreNo.macroF1()).isLessThan(counts.macroF1());
    // at even odds: F1 yes = 1.6 / (1.6 + 0.2 + 0.2), F1 no = 1.6 / (1.6 + 0.2 + 0.2)
    assertThat(counts.macroF1AtEvenOdds()).isCloseTo(0.8, within(1e-12));
    BinaryCounts balanced = new BinaryCounts(40, 10, 10, 40);
    assertThat(balanced.macroF1AtEvenOdds()).isCloseTo(balanced.macroF1(), within(1e-12));
  }

  @Test
  void macroF1AtAShareWeighsTheClassesToIt() {
    BinaryCounts counts = new BinaryCounts(80, 10, 20, 40); // 100 of 150 truly yes

    assertThat(counts.macroF1AtShare(100 / 150.0)).isCloseTo(counts.macroF1(), within(1e-12));
    assertThat(counts.macroF1AtShare(0.5)).isEqualTo(counts.macroF1AtEvenOdds());
    // fewer yes: the 10 % of no wrongly flagged weigh more against the yes class
    assertThat(counts.macroF1AtShare(0.3)).isLessThan(counts.macroF1AtShare(0.5));
    assertThatThrownBy(() -> counts.macroF1AtShare(1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(counts.f1AtShare(100 / 150.0)).isCloseTo(counts.f1(), within(1e-12));
    assertThat(counts.f1AtShare(0.3)).isLessThan(counts.f1AtShare(0.5));
    assertThatThrownBy(() -> counts.f1AtShare(0)).isInstanceOf(IllegalArgumentException.class);
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
