package org.fairpact.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.fairpact.analysis.extraction.ExtractedText;
import org.fairpact.analysis.matching.Language;
import org.fairpact.analysis.matching.RegisterIndex;
import org.fairpact.analysis.matching.RegisterMatch;
import org.fairpact.analysis.segmentation.Clause;
import org.fairpact.analysis.segmentation.ClauseSegmenter;
import org.junit.jupiter.api.Test;

/**
 * Ordinary contract clauses must mostly come out as {@link RiskLevel#NONE}: Polish clauses that PAC
 * annotators judged safe, and clauses of real English commercial contracts (CUAD). The rates are
 * logged; the bounds were set from measurements with some margin (see {@link RiskThresholds}).
 */
class OrdinaryClauseRiskTest {

  private static final Logger LOG = Logger.getLogger(OrdinaryClauseRiskTest.class.getName());

  @Test
  void safePolishClausesAreMostlyBelowLowRisk() {
    List<String> safe = TestData.pacDev(TestData.PAC_SAFE);
    Rates rates = rates(safe, Language.PL);

    LOG.info("PAC dev safe clauses: " + rates);
    assertThat(safe).hasSizeGreaterThan(400);
    assertThat(rates.atLeast(RiskLevel.LOW)).isLessThan(0.05);
    assertThat(rates.atLeast(RiskLevel.MEDIUM)).isLessThan(0.015);
    assertThat(rates.atLeast(RiskLevel.HIGH)).isLessThan(0.005);
  }

  @Test
  void clausesOfEnglishCommercialContractsAreNone() throws IOException {
    Path dir = TestData.requireShared("cuad-contracts");
    ClauseSegmenter segmenter = new ClauseSegmenter();
    List<String> clauses = new ArrayList<>();
    for (int number = 1; number <= 510 && clauses.size() < 1500; number += 17) {
      String text = Files.readString(dir.resolve(String.format("cuad-%03d.txt", number)));
      segmenter.segment(ExtractedText.ofText(text)).stream()
          .map(Clause::text)
          .forEach(clauses::add);
    }
    Rates rates = rates(clauses, Language.EN);

    LOG.info("CUAD contract clauses: " + rates);
    assertThat(clauses).hasSizeGreaterThan(1000);
    assertThat(rates.atLeast(RiskLevel.LOW)).isLessThan(0.01);
  }

  private static Rates rates(List<String> clauses, Language language) {
    RegisterIndex index = TestData.registerIndex();
    int[] counts = new int[RiskLevel.values().length];
    for (String clause : clauses) {
      List<RegisterMatch> matches = index.match(clause, language, 1);
      double best = matches.isEmpty() ? 0 : matches.get(0).similarity();
      counts[RiskThresholds.riskOf(best).ordinal()]++;
    }
    return new Rates(counts, clauses.size());
  }

  private record Rates(int[] counts, int total) {
    double atLeast(RiskLevel level) {
      int count = 0;
      for (int i = level.ordinal(); i < counts.length; i++) {
        count += counts[i];
      }
      return (double) count / total;
    }

    @Override
    public String toString() {
      return String.format(
          "%d clauses, LOW or above %.1f%%, MEDIUM or above %.1f%%, HIGH %.1f%%",
          total,
          100 * atLeast(RiskLevel.LOW),
          100 * atLeast(RiskLevel.MEDIUM),
          100 * atLeast(RiskLevel.HIGH));
    }
  }
}
