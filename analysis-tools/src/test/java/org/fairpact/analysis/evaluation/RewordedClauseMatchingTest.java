package org.fairpact.analysis.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.fairpact.analysis.RiskThresholds;
import org.fairpact.analysis.TestData;
import org.fairpact.analysis.matching.Language;
import org.fairpact.analysis.matching.RegisterIndex;
import org.fairpact.analysis.matching.RegisterMatch;
import org.fairpact.analysis.register.ClauseText;
import org.fairpact.analysis.register.RegisterEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The register index against the rewordings the register evaluation uses (scanner confusions,
 * unknown endings), on the same fixed sample as the engine's RegisterIndexTest: entries whose text
 * occurs once in the register.
 */
class RewordedClauseMatchingTest {

  private static final int SAMPLE = 200;

  private static List<RegisterEntry> sample;

  @BeforeAll
  static void sampleRegister() {
    Map<String, Long> occurrences =
        TestData.register().stream()
            .collect(
                Collectors.groupingBy(
                    entry -> ClauseText.normalise(entry.clauseText()), Collectors.counting()));
    List<RegisterEntry> unique = new ArrayList<>();
    for (RegisterEntry entry : TestData.register()) {
      if (occurrences.get(ClauseText.normalise(entry.clauseText())) == 1) {
        unique.add(entry);
      }
    }
    Collections.shuffle(unique, new Random(20240206));
    sample = List.copyOf(unique.subList(0, SAMPLE));
  }

  @Test
  void scannedClausesFindTheirEntry() {
    assertFound(Rewording.OCR_NOISE, 0.95, 0.9);
  }

  @Test
  void misinflectedClausesFindTheirEntry() {
    assertFound(Rewording.INFLECTION, 0.95, 0.9);
  }

  private static void assertFound(Rewording kind, double topOneRate, double mediumRate) {
    RegisterIndex index = TestData.registerIndex();
    int first = 0;
    int mediumOrHigh = 0;
    for (RegisterEntry entry : sample) {
      Random random = new Random(entry.registerNumber());
      String query = Rewordings.reword(entry.clauseText(), kind, random.nextInt());
      List<RegisterMatch> matches = index.match(query, Language.PL, 3);
      double own =
          matches.stream()
              .filter(match -> match.registerNumber() == entry.registerNumber())
              .mapToDouble(RegisterMatch::similarity)
              .findFirst()
              .orElse(-1);
      first += !matches.isEmpty() && own >= matches.get(0).similarity() ? 1 : 0;
      mediumOrHigh += own >= RiskThresholds.MEDIUM ? 1 : 0;
    }
    assertThat(first)
        .as(kind + ": found at rank 1")
        .isGreaterThanOrEqualTo((int) (SAMPLE * topOneRate));
    assertThat(mediumOrHigh)
        .as(kind + ": MEDIUM or HIGH")
        .isGreaterThanOrEqualTo((int) (SAMPLE * mediumRate));
  }
}
