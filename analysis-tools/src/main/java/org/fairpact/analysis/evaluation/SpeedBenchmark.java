package org.fairpact.analysis.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.fairpact.analysis.ContractAnalyzer;
import org.fairpact.analysis.ProgressListener;
import org.fairpact.analysis.extraction.ExtractedText;
import org.fairpact.analysis.metrics.BinaryCounts;
import org.fairpact.analysis.segmentation.ClauseSegmenter;

/**
 * Times the engine over a corpus of plain-text contracts on the calling thread, one document after
 * another, next to two baselines measured in the same run: segmentation alone and the engine
 * without the classifier (register matching only). After a warm-up pass (JIT compilation, the
 * English register index built on first use), each document is analysed once by each system, the
 * systems taking turns document by document (in rotating order), so a change in the machine's load
 * during the run affects all three alike; the median-sized document is then analysed {@code repeat}
 * more times by each system, again in turns, and its median time reported. Times include
 * segmentation, language detection, matching and classification; not text extraction or OCR.
 */
public final class SpeedBenchmark {

  private final ContractAnalyzer withModel;
  private final ContractAnalyzer withoutModel;
  private final ClauseSegmenter segmenter = new ClauseSegmenter();

  public SpeedBenchmark(ContractAnalyzer withModel, ContractAnalyzer withoutModel) {
    this.withModel = withModel;
    this.withoutModel = withoutModel;
  }

  /** A contract to analyse: a name and its text. */
  public record Document(String name, String text) {}

  public EvaluationReport run(List<Document> documents, int warmup, int repeat) {
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("no documents");
    }
    List<ExtractedText> texts =
        documents.stream().map(d -> ExtractedText.ofText(d.text())).toList();
    List<System> systems =
        List.of(
            new System("segmentation only", text -> segmenter.segment(text).size()),
            new System("engine without classifier", text -> analyse(withoutModel, text)),
            new System("engine (register + classifier)", text -> analyse(withModel, text)));
    for (int i = 0; i < Math.min(warmup, texts.size()); i++) {
      for (System system : systems) {
        system.work().applyAsInt(texts.get(i));
      }
    }
    Document median =
        documents.stream()
            .sorted(
                Comparator.comparingInt((Document d) -> d.text().length())
                    .thenComparing(Document::name))
            .toList()
            .get(documents.size() / 2);
    ExtractedText medianText = ExtractedText.ofText(median.text());

    int n = texts.size();
    double[][] millis = new double[systems.size()][n];
    long[] clauses = new long[systems.size()];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < systems.size(); k++) {
        int s = (i + k) % systems.size();
        long started = java.lang.System.nanoTime();
        clauses[s] += systems.get(s).work().applyAsInt(texts.get(i));
        millis[s][i] = (java.lang.System.nanoTime() - started) / 1e6;
      }
    }
    double[][] repeated = new double[systems.size()][repeat];
    for (int r = 0; r < repeat; r++) {
      for (int k = 0; k < systems.size(); k++) {
        int s = (r + k) % systems.size();
        long started = java.lang.System.nanoTime();
        systems.get(s).work().applyAsInt(medianText);
        repeated[s][r] = (java.lang.System.nanoTime() - started) / 1e6;
      }
    }

    Table table =
        new Table(
            "system",
            "docs",
            "clauses",
            "p50 ms",
            "p95 ms",
            "mean ms",
            "clauses/s",
            "median doc ms");
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("dataset", "benchmark");
    summary.put("documents", documents.size());
    summary.put("median_document", median.name());
    summary.put("median_document_chars", median.text().length());
    Map<String, Double> medianTimes = new LinkedHashMap<>();
    for (int s = 0; s < systems.size(); s++) {
      System system = systems.get(s);
      double total = Arrays.stream(millis[s]).sum();
      double medianDoc = percentile(repeated[s], 50);
      medianTimes.put(system.name(), medianDoc);
      table.row(
          system.name(),
          n,
          clauses[s],
          percentile(millis[s], 50),
          percentile(millis[s], 95),
          total / n,
          clauses[s] / (total / 1000),
          medianDoc);
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("clauses", clauses[s]);
      figures.put("p50_ms", BinaryCounts.round(percentile(millis[s], 50)));
      figures.put("p95_ms", BinaryCounts.round(percentile(millis[s], 95)));
      figures.put("mean_ms", BinaryCounts.round(total / n));
      figures.put("clauses_per_second", Math.round(clauses[s] / (total / 1000)));
      figures.put("median_document_ms", BinaryCounts.round(medianDoc));
      summary.put(key(system.name()), figures);
    }
    double ratio =
        medianTimes.get("engine (register + classifier)")
            / medianTimes.get("engine without classifier");
    summary.put("classifier_cost_ratio", BinaryCounts.round(ratio));
    List<String> lines = new ArrayList<>(table.lines());
    lines.add("");
    lines.add(
        String.format(
            java.util.Locale.ROOT,
            "median document %s (%d chars); with classifier / without: %.2fx",
            median.name(),
            median.text().length(),
            ratio));
    return new EvaluationReport(lines, summary);
  }

  private static int analyse(ContractAnalyzer engine, ExtractedText text) {
    return engine.analyse(text, Optional.empty(), ProgressListener.NONE).clauses().size();
  }

  private static String key(String name) {
    return switch (name) {
      case "segmentation only" -> "segmentation_only";
      case "engine without classifier" -> "engine_without_classifier";
      default -> "engine";
    };
  }

  /** Nearest-rank percentile. */
  static double percentile(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private record System(String name, ToIntFunction<ExtractedText> work) {}
}
