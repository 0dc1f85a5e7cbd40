package org.fairpact.analysis.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs words that a scanner or a careless typist garbled, using the words of the register as the
 * dictionary, before a clause is stemmed and matched.
 *
 * <p>A word the register never uses is looked up by its <em>scan key</em>: lower case, Polish
 * letters without diacritics, and the characters optical recognition confuses folded together
 * (1/l/i/I/|, 0/o/a, e/c, 5/s, rn/m, vv/w, cl/d). If a register word has the same key, the most
 * frequent such word replaces it; otherwise, if cutting an ending of up to three letters that
 * starts with a vowel (as Polish inflectional endings do) leaves the start of register words, the
 * most frequent of them replaces it (an inflected form the register does not use); otherwise, if
 * the word splits into two register words (a lost space), both replace it. Words the register uses,
 * and words containing no letter, are left alone, so a clean clause is not changed at all.
 * Immutable and thread-safe once built.
 */
final class ScanRepair {

  /** Words with letters and digits, as a scanner may turn letters into digits. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}|]+");

  /** Shortest half of a merged pair of words that is accepted. */
  private static final int MIN_SPLIT_PART = 2;

  /** Shortest unknown word repaired: shorter keys are too ambiguous. */
  private static final int MIN_REPAIR_LENGTH = 3;

  /**
   * Longest word repaired. Polish and English words are far shorter; a longer "word" is not one a
   * scanner garbled but a run of characters (a hostile one-token document), and looking it up cut
   * by cut would cost time quadratic in its length.
   */
  static final int MAX_REPAIR_LENGTH = 40;

  /** Shortest stem kept when an unknown ending is cut off. */
  private static final int MIN_STEM = 5;

  /** Polish inflectional endings start with a vowel; only such endings are cut off. */
  private static final String VOWELS = "aąeęioóuy";

  /** Longest ending cut off an unknown word. */
  private static final int MAX_ENDING = 3;

  private final Set<String> words;
  private final Map<String, String> byKey;
  private final NavigableMap<String, Integer> frequency;

  private ScanRepair(Map<String, Integer> frequency, Map<String, String> byKey) {
    this.words = Set.copyOf(frequency.keySet());
    this.byKey = Map.copyOf(byKey);
    this.frequency = new TreeMap<>(frequency);
  }

  /** The dictionary of the given (normalised) texts. */
  static ScanRepair of(List<String> texts) {
    Map<String, Integer> frequency = new HashMap<>();
    for (String text : texts) {
      Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
      while (words.find()) {
        if (hasLetter(words.group())) {
          frequency.merge(words.group(), 1, Integer::sum);
        }
      }
    }
    Map<String, String> byKey = new HashMap<>();
    Map<String, Integer> best = new HashMap<>();
    frequency.forEach(
        (word, count) -> {
          String key = key(word);
          Integer seen = best.get(key);
          if (seen == null
              || count > seen
              || (count.equals(seen) && word.compareTo(byKey.get(key)) < 0)) {
            best.put(key, count);
            byKey.put(key, word);
          }
        });
    return new ScanRepair(frequency, byKey);
  }

  /** Repairs nothing: for languages other than the register's own. */
  static ScanRepair none() {
    return new ScanRepair(Map.of(), Map.of());
  }

  /** The text with garbled words replaced by the register words they most likely were. */
  String repair(String text) {
    if (words.isEmpty()) {
      return text;
    }
    Matcher matcher = WORD.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (matcher.find()) {
      String word = matcher.group();
      String lower = word.toLowerCase(Locale.ROOT);
      if (word.length() < MIN_REPAIR_LENGTH
          || word.length() > MAX_REPAIR_LENGTH
          || words.contains(lower)
          || !hasLetter(word)) {
        continue;
      }
      String repaired = repairWord(lower);
      if (repaired == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16);
      }
      out.append(text, last, matcher.start()).append(inCaseOf(word, repaired));
      last = matcher.end();
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }

  private String repairWord(String lower) {
    String known = byKey.get(key(lower));
    if (known != null) {
      return known;
    }
    for (int ending = 1; ending <= MAX_ENDING && lower.length() - ending >= MIN_STEM; ending++) {
      int cut = lower.length() - ending;
      String inflected =
          VOWELS.indexOf(lower.charAt(cut)) >= 0
              ? mostFrequentStartingWith(lower.substring(0, cut))
              : null;
      if (inflected != null) {
        return inflected;
      }
    }
    for (int cut = MIN_SPLIT_PART; cut <= lower.length() - MIN_SPLIT_PART; cut++) {
      String first = known(lower.substring(0, cut));
      String second = first == null ? null : known(lower.substring(cut));
      if (second != null) {
        return first + " " + second;
      }
    }
    return null;
  }

  /**
   * The repaired word written in the garbled word's case: capitalised, or all capitals, where the
   * garbled word was. Matching ignores case, but the surface that orders near-identical entries
   * does not: "Klientu" repaired to "klienta" would point to the entry writing the word in lower
   * case.
   */
  static String inCaseOf(String garbled, String repaired) {
    int letters = 0;
    int capitals = 0;
    for (int i = 0; i < garbled.length(); i++) {
      char c = garbled.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        capitals += Character.isUpperCase(c) ? 1 : 0;
      }
    }
    if (letters > 1 && capitals == letters) {
      return repaired.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(garbled.charAt(0))) {
      return Character.toUpperCase(repaired.charAt(0)) + repaired.substring(1);
    }
    return repaired;
  }

  /** The register's most frequent word starting with a stem (another inflected form). */
  private String mostFrequentStartingWith(String stem) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> word :
        frequency.subMap(stem, true, stem + Character.MAX_VALUE, false).entrySet()) {
      if (word.getValue() > bestCount) {
        best = word.getKey();
        bestCount = word.getValue();
      }
    }
    return best;
  }

  private String known(String part) {
    return words.contains(part) ? part : byKey.get(key(part));
  }

  /** The scan key of a lower-case word. */
  static String key(String lower) {
    String folded = lower.replace("rn", "m").replace("vv", "w").replace("cl", "d");
    StringBuilder key = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      key.append(fold(folded.charAt(i)));
    }
    return key.toString();
  }

  private static char fold(char c) {
    return switch (c) {
      case 'ą', 'a', 'ó', 'o', '0' -> 'o';
      case 'ę', 'e', 'c', 'ć' -> 'e';
      case 'ł', 'l', '1', 'i', '|', 'ı' -> 'l';
      case 'ś', 's', '5' -> 's';
      case 'ż', 'ź' -> 'z';
      case 'ń' -> 'n';
      default -> c;
    };
  }

  private static boolean hasLetter(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
