package org.fairpact.analysis.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Light, deterministic edits of a register clause, as a business adapting it to its own contract
 * would make them: a word left out, a word in another grammatical form, punctuation and case lost,
 * names and amounts changed.
 */
final class ClauseEdits {

  private static final String[] ENDINGS = {"a", "y", "ie", "ę", "ą", "om", "ami", "ach", "u"};

  private ClauseEdits() {}

  static String dropWord(String text, Random random) {
    List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
    if (words.size() < 4) {
      return text;
    }
    words.remove(1 + random.nextInt(words.size() - 2));
    return String.join(" ", words);
  }

  static String inflect(String text, Random random) {
    String[] words = text.split(" ");
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (words[i].matches("\\p{Ll}{6,}")) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return text;
    }
    int index = candidates.get(random.nextInt(candidates.size()));
    String stem = words[index].substring(0, words[index].length() - 1);
    if ("aeiouyąę".indexOf(stem.charAt(stem.length() - 1)) >= 0) {
      stem = stem.substring(0, stem.length() - 1);
    }
    words[index] = stem + ENDINGS[random.nextInt(ENDINGS.length)];
    return String.join(" ", words);
  }

  static String losePunctuation(String text) {
    return text.replaceAll("[,;:„”\"]", "").replaceAll("\\s+", " ").toLowerCase();
  }

  /** Every digit becomes 7 and every capitalised word inside a sentence "Sprzedawca". */
  static String renameAndReprice(String text) {
    String[] words = text.replaceAll("\\d", "7").split(" ");
    for (int i = 1; i < words.length; i++) {
      if (words[i].matches("\\p{Lu}\\p{L}+") && !words[i - 1].endsWith(".")) {
        words[i] = "Sprzedawca";
      }
    }
    return String.join(" ", words);
  }
}
