package org.fairpact.analysis.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fairpact.analysis.ContractAnalyzer;
import org.fairpact.analysis.classification.ClauseModel;
import org.fairpact.analysis.dataset.DatasetFormatException;
import org.fairpact.analysis.dataset.LabelledClause;
import org.fairpact.analysis.dataset.PacCsv;
import org.fairpact.analysis.dataset.TosSentence;
import org.fairpact.analysis.dataset.UnfairTosJsonl;
import org.fairpact.analysis.evaluation.EvaluationReport;
import org.fairpact.analysis.evaluation.PacEvaluation;
import org.fairpact.analysis.evaluation.RegisterEvaluation;
import org.fairpact.analysis.evaluation.RewordingEvaluation;
import org.fairpact.analysis.evaluation.UnfairTosEvaluation;
import org.fairpact.analysis.matching.RegisterIndex;
import org.fairpact.analysis.metrics.FigureJson;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.analysis.register.RegisterFormatException;
import org.fairpact.analysis.training.RewordingRow;

/**
 * {@code Evaluate [options] DATASET FILE} runs the engine as production does (the model file
 * loaded, the bundled register indexed) over a labelled file, prints a table and then one line of
 * JSON with the figures.
 *
 * <ul>
 *   <li>{@code pac FILE.csv}: Polish clauses with {@code text,label};
 *   <li>{@code unfair-tos FILE.jsonl}: English sentences with CLAUDETTE {@code labels};
 *   <li>{@code register FILE.csv}: a register export, reworded and matched against itself.
 * </ul>
 *
 * Options: {@code --model FILE|DIR} (a model file, or a model folder whose current model is used;
 * needed for pac and unfair-tos), {@code --split NAME} (only lines of that split of a JSON Lines
 * file), {@code --sample N} (register entries to reword, a seeded sample; default every entry),
 * {@code --outside FILE.csv} (clauses outside the register for the false-match rate: the safe
 * clauses of PAC-format files, several separated by commas). Exit status 2 for bad usage, 1 for
 * unreadable input.
 */
public final class Evaluate {

  private static final String USAGE =
      "usage: Evaluate [--model FILE] [--split NAME] [--sample N] [--outside FILE.csv[,FILE.csv]]"
          + " pac|unfair-tos|register|rewordings FILE";

  private Evaluate() {}

  public static void main(String[] args) {
    PrintStream out = System.out;
    try {
      EvaluationReport report = run(args);
      report.table().forEach(out::println);
      out.println(FigureJson.line(report.summary()));
    } catch (UsageException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
    } catch (IOException | DatasetFormatException | RegisterFormatException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(1);
    }
  }

  /** Runs an evaluation as {@link #main} does, without printing. */
  public static EvaluationReport run(String... args) throws IOException {
    Map<String, String> options = new LinkedHashMap<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--")) {
        if (i + 1 >= args.length) {
          throw new UsageException(args[i] + " needs a value");
        }
        options.put(args[i].substring(2), args[++i]);
      } else {
        positional.add(args[i]);
      }
    }
    Set<String> known = Set.of("model", "split", "sample", "outside");
    for (String option : options.keySet()) {
      if (!known.contains(option)) {
        throw new UsageException("unknown option --" + option);
      }
    }
    if (positional.size() != 2) {
      throw new UsageException("expected DATASET and FILE");
    }
    String dataset = positional.get(0);
    Path file = Path.of(positional.get(1));
    if (!Files.isRegularFile(file)) {
      throw new IOException("no such file: " + file);
    }
    long started = System.nanoTime();
    EvaluationReport report =
        switch (dataset) {
          case "pac" -> pac(file, model(options));
          case "unfair-tos" -> unfairTos(file, model(options), options.get("split"));
          case "register" -> register(file, options);
          case "rewordings" -> rewordings(file, options);
          default -> throw new UsageException("unknown dataset '" + dataset + "'");
        };
    Map<String, Object> summary = new LinkedHashMap<>(report.summary());
    summary.put("file", file.toString());
    summary.put("seconds", Math.round((System.nanoTime() - started) / 1e7) / 100.0);
    return new EvaluationReport(report.table(), summary);
  }

  private static ClauseModel model(Map<String, String> options) throws IOException {
    String model = options.get("model");
    if (model == null) {
      throw new UsageException("--model FILE is needed for this dataset");
    }
    return EngineSetup.model(Path.of(model));
  }

  private static EvaluationReport pac(Path file, ClauseModel model) throws IOException {
    List<LabelledClause> clauses = PacCsv.read(file);
    if (clauses.isEmpty()) {
      throw new IOException(file + " holds no labelled clauses");
    }
    try (RegisterIndex index = RegisterIndex.build(EngineSetup.bundledRegister())) {
      return withModel(PacEvaluation.run(new ContractAnalyzer(index, model), clauses), model);
    }
  }

  private static EvaluationReport unfairTos(Path file, ClauseModel model, String split)
      throws IOException {
    List<TosSentence> sentences = UnfairTosJsonl.read(file);
    if (split != null) {
      sentences = UnfairTosJsonl.split(sentences, split);
    }
    if (sentences.isEmpty()) {
      throw new IOException(
          file + " holds no sentences" + (split == null ? "" : " of split " + split));
    }
    Set<String> splits = sentences.stream().map(TosSentence::split).collect(Collectors.toSet());
    if (splits.contains("train")) {
      System.err.println(
          "warning: the file holds training sentences (split=train); use --split to leave them out");
    }
    try (RegisterIndex index = RegisterIndex.build(EngineSetup.bundledRegister())) {
      return withModel(
          UnfairTosEvaluation.run(new ContractAnalyzer(index, model), sentences), model);
    }
  }

  private static EvaluationReport register(Path file, Map<String, String> options)
      throws IOException {
    int sample;
    try {
      sample =
          Integer.parseInt(options.getOrDefault("sample", "" + RegisterEvaluation.DEFAULT_SAMPLE));
    } catch (NumberFormatException e) {
      throw new UsageException("--sample needs a number");
    }
    if (sample < 1) {
      throw new UsageException("--sample needs a positive number");
    }
    List<String> outside = new ArrayList<>();
    if (options.containsKey("outside")) {
      for (String outsideFile : options.get("outside").split(",")) {
        PacCsv.read(Path.of(outsideFile)).stream()
            .filter(clause -> !clause.abusive())
            .map(LabelledClause::text)
            .forEach(outside::add);
      }
    }
    List<RegisterEntry> entries = EngineSetup.register(file);
    if (entries.stream().allMatch(entry -> entry.clauseText().isBlank())) {
      throw new IOException(file + " holds no register clauses");
    }
    return RegisterEvaluation.run(entries, outside, sample);
  }

  private static EvaluationReport rewordings(Path file, Map<String, String> options)
      throws IOException {
    List<RewordingRow> rows = RewordingRow.read(file);
    try (RegisterIndex index = RegisterIndex.build(EngineSetup.bundledRegister())) {
      if (options.containsKey("model")) {
        ClauseModel model = model(options);
        if (model.classifier(org.fairpact.analysis.matching.Language.PL).isEmpty()) {
          throw new IOException("the model has no Polish classifier");
        }
        return withModel(RewordingEvaluation.run(new ContractAnalyzer(index, model), rows), model);
      }
      return RewordingEvaluation.run(new ContractAnalyzer(index), rows);
    }
  }

  private static EvaluationReport withModel(EvaluationReport report, ClauseModel model) {
    Map<String, Object> summary = new LinkedHashMap<>(report.summary());
    summary.put("model", model.version());
    return new EvaluationReport(report.table(), summary);
  }

  /** Bad command line. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
