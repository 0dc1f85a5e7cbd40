package org.fairpact.analysis.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled thesaurus list: symmetric single-word synonyms between lemmas. */
class SynonymsTest {

  private final Synonyms synonyms = Synonyms.bundled();

  @Test
  void knownPairsAreSynonymsBothWays() {
    List<Map.Entry<String, String>> pairs =
        List.of(
            Map.entry("reklamacja", "skarga"),
            Map.entry("umowa", "porozumienie"),
            Map.entry("zadatek", "zaliczka"),
            Map.entry("cena", "opłata"));
    assertThat(pairs)
        .allSatisfy(
            pair -> {
              assertThat(synonyms.synonyms(pair.getKey(), pair.getValue())).as("%s", pair).isTrue();
              assertThat(synonyms.synonyms(pair.getValue(), pair.getKey())).as("%s", pair).isTrue();
            });
    assertThat(synonyms.synonyms("reklamacja", "sąd")).isFalse();
  }

  @Test
  void everyListedPairIsListedTheOtherWayToo() {
    List<String> oneWay = new ArrayList<>();
    for (String[] line : resourceLines()) {
      for (String synonym : line[1].split(" ")) {
        if (!synonyms.synonyms(synonym, line[0])) {
          oneWay.add(line[0] + " -> " + synonym);
        }
      }
    }
    assertThat(oneWay).isEmpty();
  }

  @Test
  void noLemmaIsItsOwnSynonymAndNoneIsBlank() {
    assertThat(synonyms.size()).isGreaterThan(5_000);
    for (String[] line : resourceLines()) {
      assertThat(synonyms.of(line[0])).as(line[0]).isNotEmpty().doesNotContain(line[0], "");
    }
  }

  @Test
  void aWordWithoutSynonymsHasNone() {
    assertThat(synonyms.of("xyzzyqwerty")).isEmpty();
    assertThat(synonyms.synonyms("xyzzyqwerty", "xyzzyqwerty")).isFalse();
  }

  /** The resource's lines as lemma and space-separated synonyms. */
  private static List<String[]> resourceLines() {
    List<String[]> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Synonyms.class.getResourceAsStream(Synonyms.RESOURCE), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.split("\t", 2));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // one line per lemma: a lemma listed twice would lose the first line's synonyms
    assertThat(lines).hasSize(Synonyms.bundled().size());
    return lines;
  }
}
