package org.fairpact.analysis.verification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The register's entries as {@link LemmaProfile}s, with postings from lemma to entries, for
 * retrieving the entries a reworded clause may come from: a cosine over lemma weights in which a
 * clause lemma also reaches entries that use one of its {@link Synonyms} at {@link
 * #SYNONYM_WEIGHT}. Entries are identified by their position (ordinal) in the list given to {@link
 * #build}. Immutable and thread-safe.
 */
public final class LemmaIndex {

  /** What a synonym counts for against the same lemma. */
  public static final double SYNONYM_WEIGHT = 0.5;

  private final List<LemmaProfile> entries;
  private final Map<String, Double> idf;
  private final double unseenIdf;
  private final Map<String, int[]> postings;
  private final Synonyms synonyms;
  private final Map<String, List<String>> lemmasByText;

  private LemmaIndex(
      List<LemmaProfile> entries,
      Map<String, Double> idf,
      double unseenIdf,
      Map<String, int[]> postings,
      Synonyms synonyms,
      Map<String, List<String>> lemmasByText) {
    this.entries = entries;
    this.idf = idf;
    this.unseenIdf = unseenIdf;
    this.postings = postings;
    this.synonyms = synonyms;
    this.lemmasByText = lemmasByText;
  }

  /** Lemmatises and indexes entry texts. */
  public static LemmaIndex build(List<String> texts, Synonyms synonyms) {
    return build(texts, synonyms, Optional.empty());
  }

  /**
   * Lemmatises and indexes entry texts, taking the lemmas of texts the previous index already held
   * from it: after a register sync most entries are unchanged, and lemmatising is where building
   * spends its time. One thread: a rebuild runs beside analyses and the data grid, which must not
   * be starved of the processors.
   */
  public static LemmaIndex build(
      List<String> texts, Synonyms synonyms, Optional<LemmaIndex> previous) {
    Map<String, List<String>> lemmasByText = new HashMap<>();
    List<List<String>> lemmas = new ArrayList<>(texts.size());
    for (String text : texts) {
      List<String> known = previous.map(p -> p.lemmasByText.get(text)).orElse(null);
      List<String> lemmasOfText = known != null ? known : Lemmatiser.lemmas(text);
      lemmas.add(lemmasOfText);
      lemmasByText.put(text, lemmasOfText);
    }
    Map<String, Integer> df = new HashMap<>();
    for (List<String> doc : lemmas) {
      doc.stream().distinct().forEach(l -> df.merge(l, 1, Integer::sum));
    }
    int n = Math.max(1, texts.size());
    Map<String, Double> idf = new HashMap<>();
    df.forEach((lemma, count) -> idf.put(lemma, Math.log((n + 1.0) / (count + 0.5))));
    double unseen = Math.log((n + 1.0) / 0.5);
    LemmaProfile.Idf weights = lemma -> idf.getOrDefault(lemma, unseen);
    List<LemmaProfile> profiles =
        IntStream.range(0, texts.size())
            .mapToObj(i -> LemmaProfile.of(texts.get(i), lemmas.get(i), weights))
            .toList();
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int i = 0; i < profiles.size(); i++) {
      for (String lemma : profiles.get(i).weights().keySet()) {
        lists.computeIfAbsent(lemma, k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, int[]> postings = new HashMap<>();
    lists.forEach((k, v) -> postings.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return new LemmaIndex(
        List.copyOf(profiles), Map.copyOf(idf), unseen, postings, synonyms, lemmasByText);
  }

  /** A clause's profile against this register. */
  public LemmaProfile profile(String text) {
    return LemmaProfile.of(text, lemma -> idf.getOrDefault(lemma, unseenIdf));
  }

  /** The synonyms of a profile's lemmas, for {@link PairFeatures#of}. */
  public Set<String> synonymsOf(LemmaProfile profile) {
    Set<String> near = new HashSet<>();
    for (String lemma : profile.weights().keySet()) {
      near.addAll(synonyms.of(lemma));
    }
    return near;
  }

  /** The profile of the entry at an ordinal. */
  public LemmaProfile entry(int ordinal) {
    return entries.get(ordinal);
  }

  /** Number of entries. */
  public int size() {
    return entries.size();
  }

  /** The synonyms the index expands with. */
  public Synonyms synonyms() {
    return synonyms;
  }

  /**
   * The entries most similar to a clause by synonym-expanded lemma cosine, best first.
   *
   * @return up to {@code limit} candidates with a cosine above zero
   */
  public List<Retrieved> candidates(LemmaProfile clause, int limit) {
    double[] scores = new double[entries.size()];
    for (Map.Entry<String, Double> term : clause.weights().entrySet()) {
      String lemma = term.getKey();
      double weight = term.getValue();
      add(scores, lemma, weight, 1.0);
      for (String synonym : synonyms.of(lemma)) {
        if (!clause.weights().containsKey(synonym)) {
          add(scores, synonym, weight, SYNONYM_WEIGHT);
        }
      }
    }
    PriorityQueue<Retrieved> best =
        new PriorityQueue<>(Comparator.comparingDouble(Retrieved::score));
    double norm = clause.norm();
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] <= 0) {
        continue;
      }
      double cosine = scores[i] / (norm * entries.get(i).norm());
      if (best.size() < limit) {
        best.add(new Retrieved(i, cosine));
      } else if (cosine > best.peek().score()) {
        best.poll();
        best.add(new Retrieved(i, cosine));
      }
    }
    List<Retrieved> ranked = new ArrayList<>(best);
    ranked.sort(Comparator.comparingDouble(Retrieved::score).reversed());
    return ranked;
  }

  private void add(double[] scores, String lemma, double clauseWeight, double factor) {
    int[] docs = postings.get(lemma);
    if (docs == null) {
      return;
    }
    double entryWeight = idf.getOrDefault(lemma, unseenIdf);
    for (int doc : docs) {
      scores[doc] += factor * clauseWeight * entryWeight;
    }
  }

  /** An entry retrieved for a clause, with its synonym-expanded lemma cosine. */
  public record Retrieved(int ordinal, double score) {}
}
