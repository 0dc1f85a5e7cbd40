package org.fairpact.analysis.matching;

import java.util.Objects;

/**
 * A register entry that resembles a clause.
 *
 * @param registerNumber the entry's register number
 * @param similarity how close the clause is to the entry, from 0 (nothing shared) to 1 (the same
 *     words in the same order, after stemming); independent of the query, so thresholds apply
 * @param matchedText the entry's clause text as published in the register
 */
public record RegisterMatch(int registerNumber, double similarity, String matchedText) {

  public RegisterMatch {
    if (!(similarity >= 0.0 && similarity <= 1.0)) {
      throw new IllegalArgumentException("similarity outside [0,1]: " + similarity);
    }
    Objects.requireNonNull(matchedText, "matchedText");
  }
}
