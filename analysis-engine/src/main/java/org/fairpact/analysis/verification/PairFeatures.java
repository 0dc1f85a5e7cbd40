package org.fairpact.analysis.verification;

import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the verifier knows about a (clause, register entry) pair: how much of each side the other's
 * lemmas cover (synonyms counting {@link LemmaIndex#SYNONYM_WEIGHT}), lemma order (shared lemma
 * pairs), surface (character 4-grams), the retrieval rank and score, the legal notions both name or
 * one lacks, negation, amounts and periods, and length. Every feature lies in a small range (mostly
 * [0, 1]); {@link #NAMES} fixes their order.
 */
public final class PairFeatures {

  /** The features in order, as the verifier's weights name them. */
  public static final List<String> NAMES =
      List.of(
          "retrieval_cosine",
          "lemma_cosine",
          "entry_covered",
          "clause_covered",
          "entry_pairs_shared",
          "char4_jaccard",
          "rank_reciprocal",
          "gap_to_best",
          "concepts_jaccard",
          "entry_concepts_missing",
          "negation_differs",
          "entry_numbers_unshared",
          "length_log_ratio",
          "cosine_times_entry_covered",
          "entry_covered_squared",
          "both_covered",
          "entry_most_distinctive_missing",
          "clause_safeguards_added");

  /**
   * Lemmas with which lawful clauses state the consumer's protection: the statute, the consumer,
   * consent, being free of charge. A clause that adds them to an entry's wording usually turns it.
   */
  static final Set<String> SAFEGUARDS =
      Set.of(
          "konsument",
          "ustawa",
          "przepis",
          "kodeks",
          "zgoda",
          "uprzedni",
          "bezpłatnie",
          "bezpłatny",
          "niezwłocznie",
          "przysługiwać",
          "bezwzględnie",
          "obowiązujący",
          "ogólny",
          "ustawowy",
          "uprawnienie");

  private PairFeatures() {}

  /**
   * The features of a pair.
   *
   * @param clause the clause's profile
   * @param clauseSynonyms the synonyms of the clause's lemmas ({@link LemmaIndex#synonymsOf}): as
   *     the list is symmetric, an entry lemma has a synonym in the clause exactly when it is here
   * @param entry the entry's profile
   * @param synonyms the synonyms that count as partial matches
   * @param retrieval the pair's retrieval cosine
   * @param rank the entry's place among the clause's candidates, from 0
   * @param best the best retrieval cosine among the clause's candidates
   */
  public static double[] of(
      LemmaProfile clause,
      Set<String> clauseSynonyms,
      LemmaProfile entry,
      Synonyms synonyms,
      double retrieval,
      int rank,
      double best) {
    double exact = clause.cosine(entry);
    double entryCovered = entryCovered(entry, clause, clauseSynonyms);
    double clauseCovered = covered(clause, entry, synonyms);
    double pairs = shared(entry.bigrams(), clause.bigrams());
    double grams = jaccard(clause.grams(), entry.grams());
    BitSet both = (BitSet) clause.concepts().clone();
    both.and(entry.concepts());
    BitSet either = (BitSet) clause.concepts().clone();
    either.or(entry.concepts());
    double conceptsJaccard =
        either.isEmpty() ? 0 : both.cardinality() / (double) either.cardinality();
    BitSet missing = (BitSet) entry.concepts().clone();
    missing.andNot(clause.concepts());
    double conceptsMissing =
        entry.concepts().isEmpty()
            ? 0
            : missing.cardinality() / (double) entry.concepts().cardinality();
    double negation = clause.negates() == entry.negates() ? 0 : 1;
    double numbers =
        !entry.numbers().isEmpty() && Collections.disjoint(entry.numbers(), clause.numbers())
            ? 1
            : 0;
    double length =
        Math.min(
            3, Math.abs(Math.log((clause.lemmas().size() + 1.0) / (entry.lemmas().size() + 1.0))));
    return new double[] {
      retrieval,
      exact,
      entryCovered,
      clauseCovered,
      pairs,
      grams,
      1.0 / (1 + rank),
      best - retrieval,
      conceptsJaccard,
      conceptsMissing,
      negation,
      numbers,
      length,
      retrieval * entryCovered,
      entryCovered * entryCovered,
      Math.min(entryCovered, clauseCovered),
      mostDistinctiveMissing(entry, clause),
      safeguardsAdded(clause, entry)
    };
  }

  /** The highest weight among the entry's lemmas the clause lacks, over the entry's highest. */
  private static double mostDistinctiveMissing(LemmaProfile entry, LemmaProfile clause) {
    double highest = 0;
    double missing = 0;
    for (Map.Entry<String, Double> term : entry.weights().entrySet()) {
      highest = Math.max(highest, term.getValue());
      if (!clause.weights().containsKey(term.getKey())) {
        missing = Math.max(missing, term.getValue());
      }
    }
    return highest == 0 ? 0 : missing / highest;
  }

  /** How many safeguard lemmas the clause has that the entry lacks, at most 3. */
  private static double safeguardsAdded(LemmaProfile clause, LemmaProfile entry) {
    int added = 0;
    for (String lemma : SAFEGUARDS) {
      if (clause.weights().containsKey(lemma) && !entry.weights().containsKey(lemma)) {
        added++;
      }
    }
    return Math.min(3, added);
  }

  /** The share of the entry's lemma weight the clause holds, synonyms counting partly. */
  private static double entryCovered(
      LemmaProfile entry, LemmaProfile clause, Set<String> clauseSynonyms) {
    double total = 0;
    double found = 0;
    for (Map.Entry<String, Double> term : entry.weights().entrySet()) {
      double w = term.getValue();
      total += w;
      if (clause.weights().containsKey(term.getKey())) {
        found += w;
      } else if (clauseSynonyms.contains(term.getKey())) {
        found += LemmaIndex.SYNONYM_WEIGHT * w;
      }
    }
    return total == 0 ? 0 : found / total;
  }

  /** The share of {@code of}'s lemma weight found in {@code in}, synonyms counting partly. */
  private static double covered(LemmaProfile of, LemmaProfile in, Synonyms synonyms) {
    double total = 0;
    double found = 0;
    for (Map.Entry<String, Double> term : of.weights().entrySet()) {
      double w = term.getValue();
      total += w;
      if (in.weights().containsKey(term.getKey())) {
        found += w;
      } else {
        for (String synonym : synonyms.of(term.getKey())) {
          if (in.weights().containsKey(synonym)) {
            found += LemmaIndex.SYNONYM_WEIGHT * w;
            break;
          }
        }
      }
    }
    return total == 0 ? 0 : found / total;
  }

  private static double shared(Set<String> of, Set<String> in) {
    if (of.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String x : of) {
      if (in.contains(x)) {
        n++;
      }
    }
    return n / (double) of.size();
  }

  /** Jaccard of two ascending arrays of distinct values. */
  private static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0;
    }
    int both = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        both++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return both / (double) (a.length + b.length - both);
  }
}
