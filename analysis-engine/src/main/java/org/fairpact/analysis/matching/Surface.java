package org.fairpact.analysis.matching;

import java.util.Arrays;

/**
 * A text as the multiset of its character trigrams, exactly as written (case, diacritics and
 * punctuation kept). Stemming makes many register entries indistinguishable, such as the same
 * clause published once with a full stop and once without; the surface tells which of them a clause
 * was copied from, so it orders matches of equal similarity. Immutable.
 */
final class Surface {

  private final int[] trigrams;

  private Surface(int[] trigrams) {
    this.trigrams = trigrams;
  }

  /** The surface of a (normalised) text. */
  static Surface of(String text) {
    int count = Math.max(0, text.length() - 2);
    int[] trigrams = new int[count];
    for (int i = 0; i < count; i++) {
      trigrams[i] = (text.charAt(i) * 31 + text.charAt(i + 1)) * 31 + text.charAt(i + 2);
    }
    Arrays.sort(trigrams);
    return new Surface(trigrams);
  }

  /** Dice coefficient of the two trigram multisets, in [0, 1]. */
  double similarity(Surface other) {
    int total = trigrams.length + other.trigrams.length;
    return total == 0 ? 0 : 2.0 * shared(other) / total;
  }

  /**
   * How many of this text's trigrams (as a multiset) the other text holds: how much of this text,
   * as written, the other contains, whatever the other holds besides.
   */
  int containedIn(Surface other) {
    return shared(other);
  }

  private int shared(Surface other) {
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < trigrams.length && j < other.trigrams.length) {
      if (trigrams[i] < other.trigrams[j]) {
        i++;
      } else if (trigrams[i] > other.trigrams[j]) {
        j++;
      } else {
        shared++;
        i++;
        j++;
      }
    }
    return shared;
  }
}
