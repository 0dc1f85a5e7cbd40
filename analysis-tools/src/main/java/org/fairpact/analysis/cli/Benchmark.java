package org.fairpact.analysis.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fairpact.analysis.ContractAnalyzer;
import org.fairpact.analysis.classification.ClauseModel;
import org.fairpact.analysis.evaluation.EvaluationReport;
import org.fairpact.analysis.evaluation.SpeedBenchmark;
import org.fairpact.analysis.matching.RegisterIndex;
import org.fairpact.analysis.metrics.FigureJson;

/**
 * {@code Benchmark --model FILE [--warmup N] [--repeat N] DIR}: times the engine, with the whole
 * bundled register indexed and the model loaded, over every {@code *.txt} contract in DIR (see
 * {@link SpeedBenchmark}). Prints a table and one line of JSON, which also records the machine's
 * load average before and after, since other work on the machine skews the times.
 */
public final class Benchmark {

  private Benchmark() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = System.out;
    Map<String, String> options = new LinkedHashMap<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--") && i + 1 < args.length) {
        options.put(args[i].substring(2), args[++i]);
      } else {
        positional.add(args[i]);
      }
    }
    if (positional.size() != 1 || !options.containsKey("model")) {
      System.err.println("usage: Benchmark --model FILE [--warmup N] [--repeat N] DIR");
      System.exit(2);
    }
    Path dir = Path.of(positional.get(0));
    List<SpeedBenchmark.Document> documents = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        documents.add(
            new SpeedBenchmark.Document(
                file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    ClauseModel model = EngineSetup.model(Path.of(options.get("model")));
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    long started = System.nanoTime();
    try (RegisterIndex index = RegisterIndex.build(EngineSetup.bundledRegister())) {
      long indexMillis = (System.nanoTime() - started) / 1_000_000;
      SpeedBenchmark benchmark =
          new SpeedBenchmark(new ContractAnalyzer(index, model), new ContractAnalyzer(index));
      EvaluationReport report =
          benchmark.run(
              documents,
              Integer.parseInt(options.getOrDefault("warmup", "50")),
              Integer.parseInt(options.getOrDefault("repeat", "21")));
      report.table().forEach(out::println);
      Map<String, Object> summary = new LinkedHashMap<>(report.summary());
      summary.put("register_entries", index.size());
      summary.put("register_index_ms", indexMillis);
      summary.put("model", model.version());
      summary.put("available_processors", Runtime.getRuntime().availableProcessors());
      summary.put("load_average_before", loadBefore);
      summary.put(
          "load_average_after",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      summary.put("java", System.getProperty("java.version"));
      out.println(FigureJson.line(summary));
    }
  }
}
