package org.fairpact.analysis.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fairpact.analysis.matching.Analyzers.Token;

/**
 * The wording a clause shares with a register entry: the passages of the entry whose words the
 * clause has too, one after another, in any inflection (compared as stemmed terms, stop words
 * aside). The longest passage is taken first, then the longest of what is left on both sides, so a
 * clause whose parts were reordered still shows each part. Passages of a single word are left out:
 * one word in common is vocabulary, not wording.
 */
final class SharedWording {

  /** Fewest terms of a passage. */
  static final int MIN_TERMS = 2;

  /** Most passages returned. */
  static final int MAX_PASSAGES = 10;

  private SharedWording() {}

  /**
   * The analysed terms of a clause (normalised and repaired as for matching), to share between
   * several entries.
   */
  static List<String> terms(Language language, String clause) {
    return Analyzers.terms(Analyzers.tokens(language, clause));
  }

  /**
   * @param language the language both texts are analysed in
   * @param clauseTerms the clause's analysed terms ({@link #terms})
   * @param entry the entry's normalised text
   * @return the entry's passages the clause shares, in the entry's order, as written in the entry
   */
  static List<String> of(Language language, List<String> clauseTerms, String entry) {
    List<Token> entryTokens = Analyzers.tokens(language, entry);
    boolean[] clauseUsed = new boolean[clauseTerms.size()];
    boolean[] entryUsed = new boolean[entryTokens.size()];
    List<int[]> runs = new ArrayList<>();
    while (runs.size() < MAX_PASSAGES) {
      int[] run = longestRun(clauseTerms, entryTokens, clauseUsed, entryUsed);
      if (run[2] < MIN_TERMS) {
        break;
      }
      for (int k = 0; k < run[2]; k++) {
        clauseUsed[run[0] + k] = true;
        entryUsed[run[1] + k] = true;
      }
      runs.add(run);
    }
    runs.sort(Comparator.comparingInt(run -> run[1]));
    List<String> passages = new ArrayList<>();
    for (int[] run : runs) {
      int start = entryTokens.get(run[1]).start();
      int end = wordEnd(entry, entryTokens.get(run[1] + run[2] - 1).start());
      passages.add(entry.substring(start, end));
    }
    return List.copyOf(passages);
  }

  /**
   * The longest run of equal terms not used yet on either side: {clause start, entry start,
   * length}.
   */
  private static int[] longestRun(
      List<String> clause, List<Token> entry, boolean[] clauseUsed, boolean[] entryUsed) {
    int[] best = {0, 0, 0};
    int[] previous = new int[entry.size() + 1];
    int[] current = new int[entry.size() + 1];
    for (int i = 1; i <= clause.size(); i++) {
      for (int j = 1; j <= entry.size(); j++) {
        boolean same =
            !clauseUsed[i - 1]
                && !entryUsed[j - 1]
                && clause.get(i - 1).equals(entry.get(j - 1).term());
        current[j] = same ? previous[j - 1] + 1 : 0;
        if (current[j] > best[2]) {
          best = new int[] {i - current[j], j - current[j], current[j]};
        }
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return best;
  }

  private static int wordEnd(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))) {
      end += Character.charCount(text.codePointAt(end));
    }
    return Math.max(end, Math.min(text.length(), start + 1));
  }
}
