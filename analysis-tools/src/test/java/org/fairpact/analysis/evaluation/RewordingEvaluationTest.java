package org.fairpact.analysis.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fairpact.analysis.ContractAnalyzer;
import org.fairpact.analysis.TestData;
import org.fairpact.analysis.cli.Evaluate;
import org.fairpact.analysis.dataset.DatasetFormatException;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.analysis.training.RewordingRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rewordings evaluation on register clauses as written and on ordinary clauses, whose outcome
 * is known: the engine flags the first with their own entry first and leaves the others alone.
 */
class RewordingEvaluationTest {

  private static final List<String> LAWFUL =
      List.of(
          "Umowę sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze stron.",
          "Cena towaru podana na stronie sklepu zawiera podatek VAT.");

  @TempDir Path dir;

  @Test
  void evaluateReportsEachLevelOfAFile() throws IOException {
    StringBuilder csv = new StringBuilder("text,accept,level\n");
    for (int number : List.of(5200, 182)) {
      csv.append(quoted(entry(number).clauseText())).append(',').append(number).append(",1\n");
    }
    LAWFUL.forEach(text -> csv.append(quoted(text)).append(",,lawful\n"));
    Path file = dir.resolve("rewordings.csv");
    Files.writeString(file, csv);

    EvaluationReport report = Evaluate.run("rewordings", file.toString());

    Map<String, Object> levels = levels(report.summary());
    assertThat(levels).containsOnlyKeys("1", "lawful");
    assertThat(levels.get("1"))
        .isEqualTo(Map.of("rows", 2, "flagged", 1.0, "right", 1.0, "right_first", 1.0));
    assertThat(levels.get("lawful")).isEqualTo(Map.of("rows", 2, "flagged", 0.0));
    assertThat(report.summary()).containsEntry("file", file.toString());
    assertThat(report.table()).hasSize(3);
    assertThat(report.table().get(0)).contains("level", "rows", "flagged", "right", "right_first");
  }

  @Test
  void rowsAreCreditedToTheirOwnClauseAcrossContracts() {
    List<RewordingRow> rows = new ArrayList<>();
    for (int i = 0; i < RewordingEvaluation.ROWS_PER_CONTRACT; i++) {
      rows.add(new RewordingRow(i + 2, LAWFUL.get(i % LAWFUL.size()), Set.of(), "lawful"));
    }
    // the next contract: one clause credited to its entry, one named with an unrelated entry
    rows.add(new RewordingRow(14, entry(5200).clauseText(), Set.of(5200), "1"));
    rows.add(new RewordingRow(15, entry(182).clauseText(), Set.of(5200), "2"));

    EvaluationReport report =
        RewordingEvaluation.run(new ContractAnalyzer(TestData.registerIndex()), rows);

    Map<String, Object> levels = levels(report.summary());
    assertThat(levels.get("lawful"))
        .isEqualTo(Map.of("rows", RewordingEvaluation.ROWS_PER_CONTRACT, "flagged", 0.0));
    assertThat(levels.get("1"))
        .isEqualTo(Map.of("rows", 1, "flagged", 1.0, "right", 1.0, "right_first", 1.0));
    assertThat(levels.get("2"))
        .isEqualTo(Map.of("rows", 1, "flagged", 1.0, "right", 0.0, "right_first", 0.0));
  }

  @Test
  void aMalformedFileIsRefusedInOneLineNamingItsLine() throws IOException {
    Path file = dir.resolve("broken.csv");
    Files.writeString(
        file,
        """
        text,accept,level
        "Cena towaru zawiera podatek VAT.",,lawful
        "Sprzedawca nie odpowiada za wady towaru.",12x,1
        """);
    Path pac = dir.resolve("pac.csv");
    Files.writeString(pac, "text,label\n\"Cena zawiera VAT.\",BEZPIECZNE_POSTANOWIENIE_UMOWNE\n");

    assertThatThrownBy(() -> Evaluate.run("rewordings", file.toString()))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("record 3")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> Evaluate.run("rewordings", pac.toString()))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("'accept'")
        .hasMessageNotContaining("\n");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> levels(Map<String, Object> summary) {
    return (Map<String, Object>) summary.get("levels");
  }

  private static String quoted(String text) {
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  private static RegisterEntry entry(int number) {
    return TestData.register().stream()
        .filter(e -> e.registerNumber() == number)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no register entry " + number));
  }
}
