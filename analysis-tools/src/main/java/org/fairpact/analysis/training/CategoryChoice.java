package org.fairpact.analysis.training;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.fairpact.analysis.classification.CategoryModel;
import org.fairpact.analysis.classification.LinearModel;
import org.fairpact.analysis.metrics.BinaryCounts;

/**
 * One English category's model, with its C and the weight of its rare positive examples chosen on
 * the validation split, each category for itself: the categories differ in size (9 to 67 validation
 * sentences) and in how literal their wording is, so one setting does not suit them all.
 *
 * @param model the category model with its F1-best threshold
 * @param probabilities its probabilities on the validation sentences
 * @param f1 its F1 on validation at that threshold
 * @param c the C it was trained with
 * @param weight the weight of a positive example it was trained with
 */
record CategoryChoice(
    CategoryModel model, double[] probabilities, double f1, double c, double weight) {

  /** Values of C tried per category. */
  static final double[] C_GRID = {0.3, 1, 3};

  /** Weights of a positive example tried per category. */
  static final double[] WEIGHT_GRID = {1, 3};

  private static final Logger LOG = Logger.getLogger(CategoryChoice.class.getName());

  /** The setting, for the manifest. */
  String setting() {
    return "C=" + c + " weight=" + weight;
  }

  /** The best setting for one category, ties going to the earlier (simpler) setting. */
  static CategoryChoice best(String name, BinaryTask task, TrainingParameters base) {
    CategoryChoice best = null;
    int n = task.devLabels().length;
    for (double weight : WEIGHT_GRID) {
      for (double c : C_GRID) {
        LinearModel model = task.fit(base.withC(c).withPositiveWeight(weight));
        double[] q = task.probabilities(model);
        double t = Thresholds.best(q, task.devLabels(), new boolean[n], BinaryCounts::f1);
        double f1 = Thresholds.counts(q, task.devLabels(), new boolean[n], t).f1();
        if (best == null || f1 > best.f1()) {
          best = new CategoryChoice(new CategoryModel(name, model, t), q, f1, c, weight);
          LOG.log(Level.FINE, "{0} C={1} weight={2}: F1 {3}", new Object[] {name, c, weight, f1});
        }
      }
    }
    LOG.log(
        Level.INFO,
        "category {0}: C={1} weight={2}, validation F1 {3}",
        new Object[] {name, best.c(), best.weight(), best.f1()});
    return best;
  }
}
