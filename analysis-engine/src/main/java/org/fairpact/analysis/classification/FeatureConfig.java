package org.fairpact.analysis.classification;

/**
 * Which features a clause is described by. Word n-grams are over stemmed tokens (Stempel for
 * Polish, Porter for English), stop words kept since phrases such as "w każdym czasie" or "at any
 * time" carry the meaning; character n-grams are taken inside words padded with a space at each
 * end, which catches inflected and misspelt forms the stemmer misses. Digits count as {@code 0}.
 * Surface word n-grams are over the same tokens as the text writes them (lower case, unstemmed):
 * stemming merges wordings that the English categories keep apart ("terminate" and "termination",
 * "limited" and "limitation", "agree" and "agreement").
 *
 * @param maxWordN longest word n-gram, 0 for none
 * @param minCharN shortest character n-gram
 * @param maxCharN longest character n-gram, 0 for none
 * @param minDf features occurring in fewer training clauses are dropped
 * @param maxSurfaceWordN longest surface word n-gram, 0 for none
 */
public record FeatureConfig(
    int maxWordN, int minCharN, int maxCharN, int minDf, int maxSurfaceWordN) {

  public FeatureConfig {
    if (maxWordN < 0
        || maxCharN < 0
        || maxSurfaceWordN < 0
        || (maxCharN > 0 && minCharN < 1)
        || minCharN > maxCharN) {
      throw new IllegalArgumentException("bad n-gram ranges");
    }
    if (maxWordN == 0 && maxCharN == 0) {
      throw new IllegalArgumentException("no features at all");
    }
    if (minDf < 1) {
      throw new IllegalArgumentException("minDf must be positive");
    }
  }

  /** Without surface word n-grams. */
  public FeatureConfig(int maxWordN, int minCharN, int maxCharN, int minDf) {
    this(maxWordN, minCharN, maxCharN, minDf, 0);
  }

  /** Words only: the plain TF-IDF baseline's features. */
  public static FeatureConfig words(int maxWordN, int minDf) {
    return new FeatureConfig(maxWordN, 0, 0, minDf);
  }
}
