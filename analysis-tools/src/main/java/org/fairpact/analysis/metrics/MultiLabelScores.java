package org.fairpact.analysis.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LexGLUE's scores for multi-label tasks: every example gets an extra label "none" when it has no
 * other label (in the truth and in the prediction alike), then F1 is computed per label and
 * averaged (macro), and from counts summed over labels (micro).
 */
public final class MultiLabelScores {

  /** Name of the label added to examples without labels. */
  public static final String NONE = "none";

  private final List<String> labels;
  private final List<BinaryCounts> counts;

  private MultiLabelScores(List<String> labels, List<BinaryCounts> counts) {
    this.labels = List.copyOf(labels);
    this.counts = List.copyOf(counts);
  }

  /**
   * Scores predictions.
   *
   * @param labels the label names, without "none"
   * @param predicted per example, per label (in {@code labels} order), whether it is predicted
   * @param truth per example, per label, whether it is true
   */
  public static MultiLabelScores of(List<String> labels, boolean[][] predicted, boolean[][] truth) {
    if (predicted.length != truth.length) {
      throw new IllegalArgumentException("predictions and truth differ in length");
    }
    int k = labels.size();
    List<String> all = new ArrayList<>(labels);
    all.add(NONE);
    List<BinaryCounts> counts = new ArrayList<>();
    for (int label = 0; label <= k; label++) {
      boolean[] p = new boolean[truth.length];
      boolean[] t = new boolean[truth.length];
      for (int i = 0; i < truth.length; i++) {
        p[i] = label < k ? predicted[i][label] : none(predicted[i], k);
        t[i] = label < k ? truth[i][label] : none(truth[i], k);
      }
      counts.add(BinaryCounts.of(p, t));
    }
    return new MultiLabelScores(all, counts);
  }

  private static boolean none(boolean[] row, int k) {
    for (int i = 0; i < k; i++) {
      if (row[i]) {
        return false;
      }
    }
    return true;
  }

  /** Labels scored, "none" last. */
  public List<String> labels() {
    return labels;
  }

  /** Counts of one label. */
  public BinaryCounts counts(String label) {
    return counts.get(labels.indexOf(label));
  }

  public double macroF1() {
    return counts.stream().mapToDouble(BinaryCounts::f1).average().orElse(0);
  }

  public double microF1() {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (BinaryCounts c : counts) {
      tp += c.tp();
      fp += c.fp();
      fn += c.fn();
    }
    return new BinaryCounts(tp, fp, fn, 0).f1();
  }

  /** Per-label F1, rounded, in label order. */
  public Map<String, Object> perLabelF1() {
    Map<String, Object> f1 = new LinkedHashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      f1.put(labels.get(i), BinaryCounts.round(counts.get(i).f1()));
    }
    return f1;
  }
}
