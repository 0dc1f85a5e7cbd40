package org.fairpact.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.fairpact.analysis.RiskLevel;
import org.fairpact.domain.model.analysis.ClausePosition;
import org.fairpact.domain.model.analysis.Finding;
import org.junit.jupiter.api.Test;

/** The text read again is shown only if every finding's excerpt stands at its offsets in it. */
class AnalysisReportTest {

  private static final String TEXT = "§ 1. Zwykła klauzula.\n§ 2. Sprzedawca może zmienić cenę.";

  @Test
  void findingsAtTheirOffsetsStandIn() {
    assertThat(AnalysisReport.findingsStandIn(TEXT, List.of(at("Sprzedawca może zmienić cenę."))))
        .isTrue();
    assertThat(AnalysisReport.findingsStandIn(TEXT, List.of())).isTrue();
  }

  @Test
  void aFindingElsewhereOrPastTheEndDoesNot() {
    Finding moved = finding(0, 10, "Sprzedawca");
    Finding past = finding(TEXT.length() - 3, TEXT.length() + 5, "nę.xxxxx");

    assertThat(AnalysisReport.findingsStandIn(TEXT, List.of(moved))).isFalse();
    assertThat(AnalysisReport.findingsStandIn(TEXT, List.of(past))).isFalse();
    assertThat(AnalysisReport.findingsStandIn(TEXT.substring(5), List.of(at("Sprzedawca"))))
        .isFalse();
  }

  private static Finding at(String excerpt) {
    int start = TEXT.indexOf(excerpt);
    return finding(start, start + excerpt.length(), excerpt);
  }

  private static Finding finding(int start, int end, String excerpt) {
    return new Finding(
        UUID.randomUUID(),
        new ClausePosition(1, 1, start, end),
        excerpt,
        RiskLevel.HIGH,
        0.9,
        List.of());
  }
}
