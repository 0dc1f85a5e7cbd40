package org.fairpact.analysis.classification;

import de.bwaldvogel.liblinear.Feature;
import java.util.ArrayList;
import java.util.List;
import org.fairpact.analysis.matching.Language;

/**
 * Groups of near-duplicate texts: two texts are near-duplicates when the cosine of their stemmed
 * word TF-IDF vectors is at least {@link #SIMILARITY}, and a group holds every text linked to
 * another of it by such a pair. PAC train repeats many clauses with a word or two changed (at 0.8,
 * 1,556 of its 4,284 clauses have a near-duplicate); cross-validation that puts one copy in the
 * training folds and another in the held-out fold measures how well the model remembers, not how
 * well it generalises.
 */
final class NearDuplicates {

  /** The cosine from which two texts count as near-duplicates. */
  static final double SIMILARITY = 0.8;

  private static final FeatureConfig WORDS = FeatureConfig.words(1, 1);

  private NearDuplicates() {}

  /**
   * @return for each text the index of the first text of its group (its own index when it has no
   *     near-duplicate)
   */
  static int[] groups(Language language, List<String> texts) {
    List<Feature[]> vectors =
        ClauseModelTrainer.Vectors.of(language, WORDS, texts, List.of()).train();
    int features = 0;
    for (Feature[] vector : vectors) {
      for (Feature feature : vector) {
        features = Math.max(features, feature.getIndex());
      }
    }
    List<List<double[]>> postings = new ArrayList<>(features + 1);
    for (int f = 0; f <= features; f++) {
      postings.add(new ArrayList<>());
    }
    int[] parent = new int[texts.size()];
    double[] dot = new double[texts.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
      for (Feature feature : vectors.get(i)) {
        for (double[] posting : postings.get(feature.getIndex())) {
          dot[(int) posting[0]] += posting[1] * feature.getValue();
        }
      }
      for (int j = 0; j < i; j++) {
        if (dot[j] >= SIMILARITY) {
          union(parent, i, j);
        }
        dot[j] = 0;
      }
      for (Feature feature : vectors.get(i)) {
        postings.get(feature.getIndex()).add(new double[] {i, feature.getValue()});
      }
    }
    int[] groups = new int[parent.length];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = root(parent, i);
    }
    return groups;
  }

  /** Joins two groups under the smaller root, so a group's root is its first text. */
  private static void union(int[] parent, int a, int b) {
    int ra = root(parent, a);
    int rb = root(parent, b);
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
