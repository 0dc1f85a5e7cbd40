package org.fairpact.analysis.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fairpact.analysis.classification.FeatureConfig;
import org.fairpact.analysis.classification.LinearModel;
import org.fairpact.analysis.matching.Language;
import org.fairpact.analysis.metrics.BinaryCounts;

/**
 * How the tuned classifier does on clauses like its training ones: k-fold cross-validation within
 * the training split, each fold predicted by a model trained (features and weights) on the other
 * folds with the same parameters and the same decision threshold (as a decision value) as the
 * shipped model, combined with the register as production combines them. It tells what dev data
 * cannot when dev is drawn from another population than the data to come (PAC: dev clauses are
 * whole clauses from contracts, 70 % abusive; train and test are alike, 45 % and 32 %).
 *
 * <p>Near-duplicates ({@link NearDuplicates}) always share a fold, so no clause is predicted by a
 * model that learnt a copy of it. With random folds PAC train's plain TF-IDF + SVM baseline scores
 * macro-F1 0.851 at 30 % abusive, with grouped folds 0.814: near the figure reported for it on
 * PAC's test split (about 0.81).
 *
 * @param language the texts' language
 * @param features the feature configuration of the shipped model
 * @param parameters the training parameters of the shipped model
 * @param folds how many folds
 */
record TrainCrossValidation(
    Language language, FeatureConfig features, TrainingParameters parameters, int folds) {

  /** Folds are drawn with this seed, so the figures repeat. */
  static final long SEED = 20221122L;

  /**
   * @param texts the training texts
   * @param labels their labels
   * @param flagged which of them the register alone already reports
   * @param decisionThreshold the shipped model's decision threshold as a decision value
   * @return the out-of-fold counts of {@code flagged || decision >= decisionThreshold}
   */
  BinaryCounts run(
      List<String> texts, boolean[] labels, boolean[] flagged, double decisionThreshold) {
    int[] fold = folds(texts);
    boolean[] predicted = new boolean[texts.size()];
    for (int k = 0; k < folds; k++) {
      List<Integer> learn = new ArrayList<>();
      List<Integer> held = new ArrayList<>();
      for (int i = 0; i < fold.length; i++) {
        (fold[i] == k ? held : learn).add(i);
      }
      ClauseModelTrainer.Vectors vectors =
          ClauseModelTrainer.Vectors.of(
              language,
              features,
              learn.stream().map(texts::get).toList(),
              held.stream().map(texts::get).toList());
      LinearModel model =
          LinearTraining.train(
              vectors.train(), DevTuning.pick(labels, learn), vectors.space().size(), parameters);
      for (int j = 0; j < held.size(); j++) {
        int i = held.get(j);
        predicted[i] = flagged[i] || model.decision(vectors.dev().get(j)) >= decisionThreshold;
      }
    }
    return BinaryCounts.of(predicted, labels);
  }

  /** Each text's fold: drawn (seeded) for the first text of a group, shared by the rest of it. */
  int[] folds(List<String> texts) {
    int[] group = NearDuplicates.groups(language, texts);
    int[] fold = new int[texts.size()];
    Random random = new Random(SEED);
    for (int i = 0; i < fold.length; i++) {
      fold[i] = group[i] == i ? random.nextInt(folds) : fold[group[i]];
    }
    return fold;
  }
}
