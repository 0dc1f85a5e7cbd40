package org.fairpact.analysis.matching;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * A text reduced to weighted multisets of stemmed terms and of adjacent term pairs, in sorted
 * arrays so two profiles compare in one merge pass without hashing.
 *
 * <p>Similarity is the mean of two weighted Dice coefficients, {@code 2·shared / (weight(a) +
 * weight(b))}: one over terms (what is said) and one over adjacent pairs (in what order, which is
 * what separates a copied clause from a clause on the same subject). It is 1 for texts with the
 * same terms in the same order and 0 for texts sharing nothing, whatever their length, so it can be
 * compared across queries. Immutable.
 */
final class TermProfile {

  private final int[] terms;
  private final int[] termCounts;
  private final double[] termWeights;
  private final double termTotal;
  private final long[] pairs;
  private final int[] pairCounts;
  private final double[] pairWeights;
  private final double pairTotal;

  private TermProfile(
      int[] terms,
      int[] termCounts,
      double[] termWeights,
      long[] pairs,
      int[] pairCounts,
      double[] pairWeights) {
    this.terms = terms;
    this.termCounts = termCounts;
    this.termWeights = termWeights;
    this.termTotal = total(termCounts, termWeights);
    this.pairs = pairs;
    this.pairCounts = pairCounts;
    this.pairWeights = pairWeights;
    this.pairTotal = total(pairCounts, pairWeights);
  }

  /** Profile of a term id sequence; a pair weighs the mean of its two terms. */
  static TermProfile of(int[] sequence, IntToDoubleFunction weight) {
    int[] sortedTerms = sequence.clone();
    Arrays.sort(sortedTerms);
    int distinct = distinct(sortedTerms);
    int[] terms = new int[distinct];
    int[] termCounts = new int[distinct];
    double[] termWeights = new double[distinct];
    group(sortedTerms, terms, termCounts);
    for (int i = 0; i < distinct; i++) {
      termWeights[i] = weight.applyAsDouble(terms[i]);
    }
    long[] sortedPairs = new long[Math.max(0, sequence.length - 1)];
    for (int i = 0; i + 1 < sequence.length; i++) {
      sortedPairs[i] = pair(sequence[i], sequence[i + 1]);
    }
    Arrays.sort(sortedPairs);
    int distinctPairs = distinct(sortedPairs);
    long[] pairs = new long[distinctPairs];
    int[] pairCounts = new int[distinctPairs];
    double[] pairWeights = new double[distinctPairs];
    group(sortedPairs, pairs, pairCounts);
    for (int i = 0; i < distinctPairs; i++) {
      int first = (int) (pairs[i] >> 32);
      int second = (int) pairs[i];
      pairWeights[i] = (weight.applyAsDouble(first) + weight.applyAsDouble(second)) / 2;
    }
    return new TermProfile(terms, termCounts, termWeights, pairs, pairCounts, pairWeights);
  }

  /** Number of distinct terms. */
  int distinctTerms() {
    return terms.length;
  }

  /** Sum of the weights of all terms, repeats included. */
  double weight() {
    return termTotal;
  }

  /** Similarity in [0, 1], symmetric. */
  double similarity(TermProfile other) {
    double termDice = dice(sharedTerms(other), termTotal, other.termTotal);
    if (pairTotal == 0 && other.pairTotal == 0) {
      return termDice;
    }
    return (termDice + dice(sharedPairs(other), pairTotal, other.pairTotal)) / 2;
  }

  private double sharedTerms(TermProfile other) {
    double shared = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < other.terms.length) {
      if (terms[i] < other.terms[j]) {
        i++;
      } else if (terms[i] > other.terms[j]) {
        j++;
      } else {
        shared += Math.min(termCounts[i], other.termCounts[j]) * termWeights[i];
        i++;
        j++;
      }
    }
    return shared;
  }

  private double sharedPairs(TermProfile other) {
    double shared = 0;
    int i = 0;
    int j = 0;
    while (i < pairs.length && j < other.pairs.length) {
      if (pairs[i] < other.pairs[j]) {
        i++;
      } else if (pairs[i] > other.pairs[j]) {
        j++;
      } else {
        shared += Math.min(pairCounts[i], other.pairCounts[j]) * pairWeights[i];
        i++;
        j++;
      }
    }
    return shared;
  }

  private static double dice(double shared, double a, double b) {
    return a + b == 0 ? 0 : Math.min(1.0, 2 * shared / (a + b));
  }

  private static long pair(int first, int second) {
    return ((long) first << 32) | (second & 0xFFFFFFFFL);
  }

  private static double total(int[] counts, double[] weights) {
    double total = 0;
    for (int i = 0; i < counts.length; i++) {
      total += counts[i] * weights[i];
    }
    return total;
  }

  private static int distinct(int[] sorted) {
    int count = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        count++;
      }
    }
    return count;
  }

  private static int distinct(long[] sorted) {
    int count = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        count++;
      }
    }
    return count;
  }

  private static void group(int[] sorted, int[] values, int[] counts) {
    int k = -1;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        values[++k] = sorted[i];
      }
      counts[k]++;
    }
  }

  private static void group(long[] sorted, long[] values, int[] counts) {
    int k = -1;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        values[++k] = sorted[i];
      }
      counts[k]++;
    }
  }
}
