package org.fairpact.analysis.evaluation;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fairpact.analysis.ClauseAssessment;
import org.fairpact.analysis.ContractAnalyzer;
import org.fairpact.analysis.RiskLevel;
import org.fairpact.analysis.dataset.LabelledClause;
import org.fairpact.analysis.matching.Language;
import org.fairpact.analysis.metrics.BinaryCounts;

/**
 * Polish clauses labelled abusive or safe, assessed one by one as the engine assesses each clause
 * of a contract. A clause counts as predicted abusive when the engine would report it (risk above
 * NONE). Alongside: the classifier alone, the register alone (what the register reports on its own,
 * from {@link ContractAnalyzer#REGISTER_FLOOR}), and per risk level how many clauses got it and how
 * many of them were abusive, which checks the calibration. Besides the figures of the file as it
 * is, the macro-F1 the file would give if abusive and safe clauses were equally common ("even
 * odds"), which does not depend on the file's share of abusive clauses (PAC dev 70 %, train 45 %,
 * test 32 %).
 */
public final class PacEvaluation {

  private PacEvaluation() {}

  public static EvaluationReport run(ContractAnalyzer engine, List<LabelledClause> clauses) {
    List<ClauseAssessment> assessments =
        clauses.parallelStream().map(c -> engine.assess(c.text(), Language.PL)).toList();
    int n = clauses.size();
    boolean[] truth = new boolean[n];
    boolean[] predicted = new boolean[n];
    boolean[] classifier = new boolean[n];
    boolean[] register = new boolean[n];
    Map<RiskLevel, int[]> levels = new EnumMap<>(RiskLevel.class);
    for (RiskLevel level : RiskLevel.values()) {
      levels.put(level, new int[2]);
    }
    for (int i = 0; i < n; i++) {
      ClauseAssessment a = assessments.get(i);
      truth[i] = clauses.get(i).abusive();
      predicted[i] = a.risk() != RiskLevel.NONE;
      classifier[i] = a.classifierRisk() != RiskLevel.NONE;
      register[i] = a.registerRisk() != RiskLevel.NONE;
      int[] level = levels.get(a.risk());
      level[0]++;
      level[1] += truth[i] ? 1 : 0;
    }
    BinaryCounts engineCounts = BinaryCounts.of(predicted, truth);
    BinaryCounts classifierCounts = BinaryCounts.of(classifier, truth);
    BinaryCounts registerCounts = BinaryCounts.of(register, truth);
    Table table =
        new Table(
            "system",
            "n",
            "accuracy",
            "precision",
            "recall",
            "F1 abusive",
            "macro-F1",
            "macro-F1 even odds");
    row(table, "engine (register + classifier)", engineCounts);
    row(table, "classifier alone", classifierCounts);
    row(table, "register alone (engine without model)", registerCounts);
    List<String> lines = new java.util.ArrayList<>(table.lines());
    lines.add("");
    Table calibration = new Table("risk level", "clauses", "abusive", "precision");
    Map<String, Object> levelJson = new LinkedHashMap<>();
    for (RiskLevel level : RiskLevel.values()) {
      int[] counts = levels.get(level);
      double precision = counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
      calibration.row(level.name(), counts[0], counts[1], precision);
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("clauses", counts[0]);
      figures.put("abusive", counts[1]);
      figures.put("precision", BinaryCounts.round(precision));
      levelJson.put(level.name().toLowerCase(Locale.ROOT), figures);
    }
    lines.addAll(calibration.lines());

    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("dataset", "pac");
    summary.putAll(engineCounts.summary());
    summary.put(
        "abusive_share", BinaryCounts.round((double) (engineCounts.tp() + engineCounts.fn()) / n));
    summary.put("macro_f1_at_even_odds", BinaryCounts.round(engineCounts.macroF1AtEvenOdds()));
    summary.put("classifier_only", engineSummary(classifierCounts));
    summary.put("register_only", engineSummary(registerCounts));
    summary.put("risk_levels", levelJson);
    return new EvaluationReport(lines, summary);
  }

  static void row(Table table, String name, BinaryCounts counts) {
    table.row(
        name,
        counts.total(),
        counts.accuracy(),
        counts.precision(),
        counts.recall(),
        counts.f1(),
        counts.macroF1(),
        counts.macroF1AtEvenOdds());
  }

  private static Map<String, Object> engineSummary(BinaryCounts counts) {
    return counts.summary();
  }
}
