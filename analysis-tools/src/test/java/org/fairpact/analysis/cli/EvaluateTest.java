package org.fairpact.analysis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fairpact.analysis.TestData;
import org.fairpact.analysis.register.RegisterExports;
import org.fairpact.analysis.register.RegisterFormatException;
import org.fairpact.analysis.register.RegisterSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation command on small files of each format: a table, then one line of JSON with the
 * figures, computed with the committed model and the bundled register as production uses them.
 */
class EvaluateTest {

  @TempDir Path dir;

  @Test
  void pacPrintsATableAndEndsWithOneJsonLine() throws IOException {
    TestData.committedModel();
    Path file = dir.resolve("pac.csv");
    Files.writeString(
        file,
        """
        text,label
        "Sprzedawca nie ponosi odpowiedzialności za opóźnienia w dostawie towaru.",KLAUZULA_ABUZYWNA
        "Wszelkie spory rozstrzyga sąd właściwy dla siedziby Sprzedawcy.",KLAUZULA_ABUZYWNA
        "Umowę sporządzono w dwóch jednobrzmiących egzemplarzach.",BEZPIECZNE_POSTANOWIENIE_UMOWNE
        """);

    List<String> lines = run("--model", "../models", "pac", file.toString());

    assertThat(lines.get(0)).contains("accuracy", "macro-F1");
    JsonObject json = lastLine(lines);
    assertThat(json.getString("dataset")).isEqualTo("pac");
    assertThat(json.getInt("n")).isEqualTo(3);
    assertThat(json)
        .containsKeys("accuracy", "precision", "recall", "f1", "macro_f1", "model", "risk_levels");
    assertThat(number(json, "accuracy")).isBetween(0.0, 1.0);
  }

  @Test
  void unfairTosGivesBinaryAndLexGlueFigures() throws IOException {
    TestData.committedModel();
    Path file = dir.resolve("tos.jsonl");
    Files.writeString(
        file,
        """
        {"text": "we may terminate your account at any time without notice .", "labels": ["TER"]}
        {"text": "these terms are governed by the laws of the state of california .", "labels": ["LAW"]}
        {"text": "you can contact our support team by email .", "labels": []}
        """);

    List<String> lines = run("unfair-tos", file.toString(), "--model", "../models");

    JsonObject json = lastLine(lines);
    assertThat(json.getString("dataset")).isEqualTo("unfair-tos");
    assertThat(json)
        .containsKeys("precision", "recall", "f1", "micro_f1", "macro_f1", "per_label_f1");
    assertThat(lines).anyMatch(line -> line.startsWith("LexGLUE macro-F1"));
  }

  @Test
  void registerRewordsEntriesOfTheGivenExport() throws IOException {
    Path file = exportHead(400);
    Path outsideA = dir.resolve("outside-a.csv");
    Files.writeString(
        outsideA,
        """
        text,label
        "Umowę sporządzono w dwóch jednobrzmiących egzemplarzach.",BEZPIECZNE_POSTANOWIENIE_UMOWNE
        "Sprzedawca nie ponosi odpowiedzialności za nic.",KLAUZULA_ABUZYWNA
        """);
    Path outsideB = dir.resolve("outside-b.csv");
    Files.writeString(
        outsideB,
        """
        text,label
        "Cena towaru zawiera podatek VAT.",BEZPIECZNE_POSTANOWIENIE_UMOWNE
        """);

    List<String> lines =
        run("--sample", "20", "--outside", outsideA + "," + outsideB, "register", file.toString());

    JsonObject json = lastLine(lines);
    assertThat(json.getString("dataset")).isEqualTo("register");
    assertThat(json.getInt("sampled_entries")).isEqualTo(20);
    JsonObject outside = json.getJsonObject("outside");
    assertThat(outside.getInt("clauses")).as("safe clauses of both files").isEqualTo(2);
    assertThat(number(outside, "false_match_rate")).isEqualTo(0.0);
    assertThat(number(json, "recall_at_1")).isBetween(0.5, 1.0);
    assertThat(number(json, "recall_at_5")).isGreaterThanOrEqualTo(number(json, "recall_at_1"));
  }

  @Test
  void registerRewordsEveryEntryWithTextByDefault() throws IOException {
    // more entries than the sample of 1,000 that was the default before
    Path file = exportHead(1300);
    long withText =
        RegisterExports.read(file).stream().filter(e -> !e.clauseText().isBlank()).count();

    List<String> lines = run("register", file.toString());

    JsonObject json = lastLine(lines);
    assertThat(withText).isGreaterThan(1000);
    assertThat(json.getJsonNumber("sampled_entries").longValueExact()).isEqualTo(withText);
    assertThat(json.getJsonNumber("rewordings").longValueExact()).isEqualTo(6 * withText);
  }

  @Test
  void filesOfTheWrongKindOrWithoutClausesAreRefused() throws IOException {
    Path pac = dir.resolve("pac.csv");
    Files.writeString(pac, "text,label\n\"Cena zawiera VAT.\",BEZPIECZNE_POSTANOWIENIE_UMOWNE\n");
    Path emptyPac = dir.resolve("empty.csv");
    Files.writeString(emptyPac, "text,label\n");

    assertThatThrownBy(() -> Evaluate.run("register", pac.toString()))
        .isInstanceOf(RegisterFormatException.class)
        .hasMessageContaining("header row");
    assertThatThrownBy(() -> Evaluate.run("--model", "../models", "pac", emptyPac.toString()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no labelled clauses");
    assertThatThrownBy(() -> Evaluate.run("--sample", "0", "register", pac.toString()))
        .hasMessageContaining("positive");
  }

  @Test
  void badUsageIsReported() {
    assertThatThrownBy(() -> Evaluate.run("pac")).hasMessageContaining("DATASET and FILE");
    assertThatThrownBy(() -> Evaluate.run("nonsense", "pom.xml")).hasMessageContaining("nonsense");
    assertThatThrownBy(() -> Evaluate.run("pac", "pom.xml")).hasMessageContaining("--model");
  }

  /** Runs the command as its main method does and returns what it printed. */
  private static List<String> run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      Evaluate.main(args);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  /** The last line printed, which is one JSON object. */
  private static JsonObject lastLine(List<String> lines) {
    try (JsonReader reader = Json.createReader(new StringReader(lines.get(lines.size() - 1)))) {
      return reader.readObject();
    }
  }

  private static double number(JsonObject json, String name) {
    return json.getJsonNumber(name).doubleValue();
  }

  /** The first lines of the bundled register export, header included, as a file of their own. */
  private Path exportHead(int lines) throws IOException {
    List<String> export;
    try (BufferedReader reader = new BufferedReader(RegisterSnapshot.openBundled())) {
      export = reader.lines().toList();
    }
    Path file = dir.resolve("register-" + lines + ".csv");
    Files.write(file, export.subList(0, lines), StandardCharsets.UTF_8);
    return file;
  }
}
