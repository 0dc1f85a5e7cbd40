package org.fairpact.analysis.training;

import java.util.ArrayList;
import java.util.List;
import org.fairpact.analysis.classification.CategoryModel;
import org.fairpact.analysis.classification.LinearModel;
import org.fairpact.analysis.dataset.TosSentence;
import org.fairpact.analysis.matching.Language;
import org.fairpact.analysis.metrics.BinaryCounts;
import org.fairpact.analysis.metrics.MultiLabelScores;

/**
 * The English classifier trained with one value of C and tuned on the validation split: the
 * unfair-vs-fair model, the eight category models with their F1-best thresholds, and whether
 * letting the categories raise the clause score improves the unfair class's F1.
 *
 * @param c the C trained with
 * @param model the unfair-vs-fair model, calibrated
 * @param categories the category models with thresholds
 * @param raise whether the clause score is the highest of all models' probabilities
 * @param threshold the F1-best threshold of the clause score
 * @param scores the clause scores of the validation sentences
 * @param lexGlue LexGLUE scores of the predicted categories on validation
 * @param unfairF1 F1 of the unfair class at {@code threshold}, register evidence included
 */
record EnglishCandidate(
    double c,
    LinearModel model,
    List<CategoryModel> categories,
    boolean raise,
    double threshold,
    double[] scores,
    MultiLabelScores lexGlue,
    double unfairF1) {

  /** What C is chosen by: the unfair class's F1 and the categories' macro-F1 alike. */
  double objective() {
    return (unfairF1 + lexGlue.macroF1()) / 2;
  }

  /**
   * The unfair-vs-fair model trained with {@code parameters}, combined with category models chosen
   * beforehand ({@link CategoryChoice}), each with its own setting.
   */
  static EnglishCandidate fit(
      BinaryTask unfair,
      List<BinaryTask> categoryTasks,
      List<CategoryChoice> choices,
      TrainingParameters parameters,
      boolean[] flagged) {
    LinearModel model = unfair.fit(parameters);
    double[] p = unfair.probabilities(model);
    List<CategoryModel> categories = new ArrayList<>();
    List<double[]> categoryP = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int n = p.length;
    boolean[][] predicted = new boolean[n][choices.size()];
    boolean[][] truth = new boolean[n][choices.size()];
    for (int k = 0; k < choices.size(); k++) {
      CategoryChoice choice = choices.get(k);
      double[] q = choice.probabilities();
      double t = choice.model().threshold();
      names.add(choice.model().name());
      categories.add(choice.model());
      categoryP.add(q);
      for (int i = 0; i < n; i++) {
        predicted[i][k] = q[i] >= t;
        truth[i][k] = categoryTasks.get(k).devLabels()[i];
      }
    }
    double[] raised = p.clone();
    for (double[] q : categoryP) {
      for (int i = 0; i < n; i++) {
        raised[i] = Math.max(raised[i], q[i]);
      }
    }
    boolean[] labels = unfair.devLabels();
    double plainT = Thresholds.best(p, labels, flagged, BinaryCounts::f1);
    double raisedT = Thresholds.best(raised, labels, flagged, BinaryCounts::f1);
    double plainF1 = Thresholds.counts(p, labels, flagged, plainT).f1();
    double raisedF1 = Thresholds.counts(raised, labels, flagged, raisedT).f1();
    boolean raise = raisedF1 > plainF1;
    return new EnglishCandidate(
        parameters.c(),
        model,
        categories,
        raise,
        raise ? raisedT : plainT,
        raise ? raised : p,
        MultiLabelScores.of(names, predicted, truth),
        Math.max(plainF1, raisedF1));
  }

  /**
   * The plain baseline on the same split: word 1-3 gram TF-IDF, one linear SVM per target with C =
   * 1 and liblinear's own decision (value above 0), no tuning.
   */
  static ClauseModelTrainer.Metrics baseline(
      List<TosSentence> train, List<TosSentence> dev, List<String> names) {
    var vectors =
        ClauseModelTrainer.Vectors.of(
            Language.EN,
            ClauseModelTrainer.BASELINE_FEATURES,
            train.stream().map(TosSentence::text).toList(),
            dev.stream().map(TosSentence::text).toList());
    boolean[] trainUnfair =
        ClauseModelTrainer.labels(train.stream().map(TosSentence::unfair).toList());
    boolean[] devUnfair = ClauseModelTrainer.labels(dev.stream().map(TosSentence::unfair).toList());
    LinearModel model =
        LinearTraining.train(
            vectors.train(), trainUnfair, vectors.space().size(), ClauseModelTrainer.SVM);
    boolean[] binary = new boolean[dev.size()];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = model.decision(vectors.dev().get(i)) >= 0;
    }
    boolean[][] predicted = new boolean[dev.size()][names.size()];
    boolean[][] truth = new boolean[dev.size()][names.size()];
    for (int k = 0; k < names.size(); k++) {
      String name = names.get(k);
      boolean[] labels =
          ClauseModelTrainer.labels(
              train.stream()
                  .map(s -> s.categories().stream().anyMatch(c -> c.name().equals(name)))
                  .toList());
      LinearModel category =
          LinearTraining.train(
              vectors.train(), labels, vectors.space().size(), ClauseModelTrainer.SVM);
      for (int i = 0; i < dev.size(); i++) {
        predicted[i][k] = category.decision(vectors.dev().get(i)) >= 0;
        truth[i][k] = dev.get(i).categories().stream().anyMatch(c -> c.name().equals(name));
      }
    }
    MultiLabelScores lexGlue = MultiLabelScores.of(names, predicted, truth);
    ClauseModelTrainer.Metrics metrics = new ClauseModelTrainer.Metrics();
    metrics.put("unfair", BinaryCounts.of(binary, devUnfair).summary());
    metrics.put("lexglue_micro_f1", BinaryCounts.round(lexGlue.microF1()));
    metrics.put("lexglue_macro_f1", BinaryCounts.round(lexGlue.macroF1()));
    return metrics;
  }
}
