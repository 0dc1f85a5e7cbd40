package org.fairpact.analysis.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fairpact.analysis.ClauseAssessment;
import org.fairpact.analysis.ContractAnalyzer;
import org.fairpact.analysis.RiskLevel;
import org.fairpact.analysis.classification.ClausePrediction;
import org.fairpact.analysis.dataset.TosSentence;
import org.fairpact.analysis.dataset.UnfairCategory;
import org.fairpact.analysis.matching.Language;
import org.fairpact.analysis.metrics.BinaryCounts;
import org.fairpact.analysis.metrics.MultiLabelScores;

/**
 * English Terms-of-Service sentences with CLAUDETTE categories, assessed one by one as the engine
 * assesses contract clauses: a sentence is predicted unfair when the engine would report it, and
 * its categories are those the classifier predicts. Scores are the unfair class's precision, recall
 * and F1, and LexGLUE's micro- and macro-F1 over the eight categories plus "none".
 */
public final class UnfairTosEvaluation {

  private UnfairTosEvaluation() {}

  public static EvaluationReport run(ContractAnalyzer engine, List<TosSentence> sentences) {
    List<ClauseAssessment> assessments =
        sentences.parallelStream().map(s -> engine.assess(s.text(), Language.EN)).toList();
    List<String> names = new ArrayList<>();
    for (UnfairCategory category : UnfairCategory.values()) {
      names.add(category.name());
    }
    int n = sentences.size();
    boolean[] truth = new boolean[n];
    boolean[] predicted = new boolean[n];
    boolean[][] categoryTruth = new boolean[n][names.size()];
    boolean[][] categoryPredicted = new boolean[n][names.size()];
    for (int i = 0; i < n; i++) {
      TosSentence sentence = sentences.get(i);
      ClauseAssessment a = assessments.get(i);
      truth[i] = sentence.unfair();
      predicted[i] = a.risk() != RiskLevel.NONE;
      List<String> categories = a.prediction().map(ClausePrediction::categories).orElse(List.of());
      for (int k = 0; k < names.size(); k++) {
        categoryTruth[i][k] = sentence.categories().contains(UnfairCategory.valueOf(names.get(k)));
        categoryPredicted[i][k] = categories.contains(names.get(k));
      }
    }
    BinaryCounts unfair = BinaryCounts.of(predicted, truth);
    MultiLabelScores lexGlue = MultiLabelScores.of(names, categoryPredicted, categoryTruth);

    Table binary = new Table("unfair sentences", "n", "precision", "recall", "F1");
    binary.row("engine", unfair.total(), unfair.precision(), unfair.recall(), unfair.f1());
    List<String> lines = new ArrayList<>(binary.lines());
    lines.add("");
    Table categories = new Table("label", "support", "precision", "recall", "F1");
    for (String label : lexGlue.labels()) {
      BinaryCounts counts = lexGlue.counts(label);
      categories.row(
          label, counts.tp() + counts.fn(), counts.precision(), counts.recall(), counts.f1());
    }
    categories.row("LexGLUE micro-F1", "", "", "", lexGlue.microF1());
    categories.row("LexGLUE macro-F1", "", "", "", lexGlue.macroF1());
    lines.addAll(categories.lines());

    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("dataset", "unfair-tos");
    summary.put("n", n);
    summary.put("precision", BinaryCounts.round(unfair.precision()));
    summary.put("recall", BinaryCounts.round(unfair.recall()));
    summary.put("f1", BinaryCounts.round(unfair.f1()));
    summary.put("micro_f1", BinaryCounts.round(lexGlue.microF1()));
    summary.put("macro_f1", BinaryCounts.round(lexGlue.macroF1()));
    summary.put("per_label_f1", lexGlue.perLabelF1());
    summary.put("unfair", unfair.summary());
    return new EvaluationReport(lines, summary);
  }
}
