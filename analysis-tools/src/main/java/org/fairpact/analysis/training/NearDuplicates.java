package org.fairpact.analysis.training;

import de.bwaldvogel.liblinear.Feature;
import java.util.ArrayList;
import java.util.List;
import org.fairpact.analysis.classification.FeatureConfig;
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
    ClauseModelTrainer.Vectors vectors =
        ClauseModelTrainer.Vectors.of(language, WORDS, texts, List.of());
    List<List<Posting>> postings = new ArrayList<>();
    for (int f = 0; f <= vectors.space().size(); f++) {
      postings.add(new ArrayList<>());
    }
    int[] parent = new int[texts.size()];
    double[] cosine = new double[texts.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
      Feature[] vector = vectors.train().get(i);
      for (Feature feature : vector) {
        for (Posting earlier : postings.get(feature.getIndex())) {
          cosine[earlier.text()] += earlier.weight() * feature.getValue();
        }
      }
      for (int j = 0; j < i; j++) {
        if (cosine[j] >= SIMILARITY) {
          union(parent, i, j);
        }
        cosine[j] = 0;
      }
      for (Feature feature : vector) {
        postings.get(feature.getIndex()).add(new Posting(i, feature.getValue()));
      }
    }
    int[] groups = new int[parent.length];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = root(parent, i);
    }
    return groups;
  }

  /** A text holding a feature, with the feature's weight in the text's unit vector. */
  private record Posting(int text, double weight) {}

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
