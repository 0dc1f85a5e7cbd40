package org.fairpact.analysis.matching;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The languages the engine analyses. Detection is a cheap heuristic, good enough to choose a
 * stemmer for a whole contract: Polish letters and frequent Polish function words against frequent
 * English ones. Ties and texts without evidence count as Polish, the language of the register.
 */
public enum Language {
  PL,
  EN;

  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
  private static final int SAMPLE_CHARS = 20_000;

  private static final Set<String> POLISH =
      Set.of(
          "i",
          "w",
          "z",
          "na",
          "się",
          "nie",
          "do",
          "że",
          "jest",
          "lub",
          "oraz",
          "przez",
          "od",
          "o",
          "za",
          "po",
          "dla",
          "jako",
          "który",
          "która",
          "które",
          "tym",
          "ze",
          "umowy",
          "jeżeli",
          "przypadku",
          "może",
          "są",
          "być",
          "ich",
          "jego",
          "także",
          "niniejszej",
          "dnia");

  private static final Set<String> ENGLISH =
      Set.of(
          "the",
          "and",
          "of",
          "to",
          "in",
          "is",
          "be",
          "shall",
          "or",
          "by",
          "for",
          "with",
          "this",
          "any",
          "that",
          "as",
          "on",
          "such",
          "will",
          "are",
          "not",
          "agreement",
          "may",
          "its",
          "all",
          "which",
          "from",
          "an",
          "if",
          "party",
          "at",
          "other",
          "have",
          "has");

  /** The more likely language of a text; PL when there is no evidence either way. */
  public static Language detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    int polish = 0;
    int english = 0;
    for (int i = 0; i < sample.length(); i++) {
      if ("ąćęłńśźżĄĆĘŁŃŚŹŻ".indexOf(sample.charAt(i)) >= 0) {
        polish += 2;
      }
    }
    var words = WORD.matcher(sample.toLowerCase(Locale.ROOT));
    while (words.find()) {
      String word = words.group();
      if (POLISH.contains(word)) {
        polish++;
      } else if (ENGLISH.contains(word)) {
        english++;
      }
    }
    return english > polish ? EN : PL;
  }
}
