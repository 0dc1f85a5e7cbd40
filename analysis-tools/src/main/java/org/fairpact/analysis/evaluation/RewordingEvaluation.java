package org.fairpact.analysis.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.fairpact.analysis.AnalysisResult;
import org.fairpact.analysis.ClauseFinding;
import org.fairpact.analysis.ContractAnalyzer;
import org.fairpact.analysis.extraction.ExtractedText;
import org.fairpact.analysis.matching.Language;
import org.fairpact.analysis.matching.RegisterMatch;
import org.fairpact.analysis.training.RewordingRow;

/**
 * Runs the engine over a rewordings file as production analyses a Polish contract: the rows are
 * numbered into terms of service ({@link #ROWS_PER_CONTRACT} to a document, each row a paragraph "§
 * n."), every document is analysed whole, and each finding is credited to the row whose text it
 * overlaps. Per level: rows, the share flagged (any finding), the share with a right register entry
 * among the evidence (the {@code accept} numbers, or entries of the same wording), and the share
 * with a right entry first.
 */
public final class RewordingEvaluation {

  /** Rows numbered into one contract. */
  static final int ROWS_PER_CONTRACT = 12;

  private static final String HEADING = "REGULAMIN ŚWIADCZENIA USŁUG\n\nPostanowienia umowy\n\n";

  private RewordingEvaluation() {}

  /** Evaluates the analyser on the rows. */
  public static EvaluationReport run(ContractAnalyzer analyzer, List<RewordingRow> rows) {
    Map<String, int[]> counts = new TreeMap<>();
    for (int first = 0; first < rows.size(); first += ROWS_PER_CONTRACT) {
      List<RewordingRow> batch =
          rows.subList(first, Math.min(rows.size(), first + ROWS_PER_CONTRACT));
      StringBuilder contract = new StringBuilder(HEADING);
      int[] starts = new int[batch.size()];
      int[] ends = new int[batch.size()];
      for (int i = 0; i < batch.size(); i++) {
        contract.append("§ ").append(i + 1).append(".\n");
        starts[i] = contract.length();
        contract.append(batch.get(i).text().strip());
        ends[i] = contract.length();
        contract.append("\n\n");
      }
      AnalysisResult result =
          analyzer.analyse(
              ExtractedText.ofText(contract.toString()), Optional.of(Language.PL), (d, t) -> {});
      for (int i = 0; i < batch.size(); i++) {
        RewordingRow row = batch.get(i);
        List<ClauseFinding> findings = new ArrayList<>();
        for (ClauseFinding f : result.findings()) {
          if (f.clause().start() < ends[i] && f.clause().end() > starts[i]) {
            findings.add(f);
          }
        }
        int[] c = counts.computeIfAbsent(row.level(), k -> new int[4]);
        c[0]++;
        if (!findings.isEmpty()) {
          c[1]++;
          if (findings.stream().anyMatch(f -> f.matches().stream().anyMatch(m -> right(m, row)))) {
            c[2]++;
          }
          ClauseFinding strongest =
              findings.stream()
                  .max(java.util.Comparator.comparingDouble(ClauseFinding::confidence))
                  .orElseThrow();
          if (!strongest.matches().isEmpty() && right(strongest.matches().get(0), row)) {
            c[3]++;
          }
        }
      }
    }
    return report(counts);
  }

  private static boolean right(RegisterMatch match, RewordingRow row) {
    return row.accept().stream().anyMatch(match::covers);
  }

  private static EvaluationReport report(Map<String, int[]> counts) {
    List<String> table = new ArrayList<>();
    table.add(
        String.format(
            "%-10s %6s %8s %8s %12s", "level", "rows", "flagged", "right", "right_first"));
    Map<String, Object> levels = new LinkedHashMap<>();
    counts.forEach(
        (level, c) -> {
          Map<String, Object> figures = new LinkedHashMap<>();
          figures.put("rows", c[0]);
          figures.put("flagged", share(c[1], c[0]));
          boolean lawful = "lawful".equals(level);
          if (!lawful) {
            figures.put("right", share(c[2], c[0]));
            figures.put("right_first", share(c[3], c[0]));
          }
          levels.put(level, figures);
          table.add(
              String.format(
                  "%-10s %6d %8.3f %8s %12s",
                  level,
                  c[0],
                  share(c[1], c[0]),
                  lawful ? "-" : String.format("%.3f", share(c[2], c[0])),
                  lawful ? "-" : String.format("%.3f", share(c[3], c[0]))));
        });
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("levels", levels);
    return new EvaluationReport(table, summary);
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
  }
}
