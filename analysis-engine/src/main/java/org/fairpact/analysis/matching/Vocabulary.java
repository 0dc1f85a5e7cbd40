package org.fairpact.analysis.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stemmed terms of the register in one language, with weights from their document frequency, so
 * that a shared rare term counts for more than a shared common one. Terms get dense integer ids;
 * terms of a query that the register never uses get negative ids local to that query, weigh the
 * most, and match nothing. Immutable once built, hence thread-safe.
 */
final class Vocabulary {

  /**
   * Numbers (amounts, days, percentages) are rare in the register and would otherwise weigh like
   * its rarest words, although a contract copying a clause with a different amount is still the
   * same clause.
   */
  static final double NUMBER_WEIGHT = 1.0;

  private final Map<String, Integer> ids;
  private final double[] weights;
  private final double unseenWeight;

  private Vocabulary(Map<String, Integer> ids, int[] frequency, int documents) {
    this.ids = Map.copyOf(ids);
    this.weights = new double[frequency.length];
    this.unseenWeight = idf(0, documents);
    ids.forEach((term, id) -> weights[id] = weightOf(term, idf(frequency[id], documents)));
  }

  /** Builds the vocabulary of documents given as their analysed terms. */
  static Vocabulary of(List<List<String>> documents) {
    Map<String, Integer> ids = new HashMap<>();
    int[] frequency = new int[1024];
    for (List<String> document : documents) {
      Set<String> seen = new HashSet<>();
      for (String term : document) {
        if (seen.add(term)) {
          int id = ids.computeIfAbsent(term, t -> ids.size());
          if (id == frequency.length) {
            frequency = Arrays.copyOf(frequency, frequency.length * 2);
          }
          frequency[id]++;
        }
      }
    }
    return new Vocabulary(ids, Arrays.copyOf(frequency, ids.size()), documents.size());
  }

  /** The weighted term profile of analysed terms in order. */
  TermProfile profile(List<String> terms) {
    Map<String, Integer> unknown = new HashMap<>();
    Map<Integer, Double> unknownWeights = new HashMap<>();
    int[] sequence = new int[terms.size()];
    for (int i = 0; i < sequence.length; i++) {
      String term = terms.get(i);
      Integer id = ids.get(term);
      if (id == null) {
        id = unknown.computeIfAbsent(term, t -> -1 - unknown.size());
        unknownWeights.putIfAbsent(id, weightOf(term, unseenWeight));
      }
      sequence[i] = id;
    }
    return TermProfile.of(sequence, id -> id >= 0 ? weights[id] : unknownWeights.get(id));
  }

  private static double idf(int documentFrequency, int documents) {
    return Math.log((documents + 1.0) / (documentFrequency + 0.5));
  }

  private static double weightOf(String term, double idf) {
    return isNumber(term) ? Math.min(idf, NUMBER_WEIGHT) : idf;
  }

  private static boolean isNumber(String term) {
    return !term.isEmpty()
        && term.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.');
  }
}
