package org.fairpact.analysis.training;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fairpact.analysis.register.ClauseText;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.analysis.verification.LemmaIndex;
import org.fairpact.analysis.verification.LemmaProfile;
import org.fairpact.analysis.verification.PairFeatures;
import org.fairpact.analysis.verification.RegisterVerification;
import org.fairpact.analysis.verification.Verdict;
import org.fairpact.analysis.verification.Verifier;

/**
 * Trains the pair {@link Verifier} and chooses its thresholds.
 *
 * <p>Pairs: every written rewording (train split) with each of its retrieved candidates, positive
 * when the candidate is an accepted entry or the same clause as one (lemma cosine at least {@link
 * #SAME_CLAUSE}), negative when it shares little with every accepted entry (below {@link
 * #OTHER_CLAUSE}), left out in between; every lawful look-alike with each candidate, negative and
 * counted twice; and pairs mined from the register itself, where many entries are one clause
 * written by different businesses: every {@link #MINED_STRIDE}th entry as a clause against its
 * candidates of another wording, positive from {@link #MINED_SAME} cosine, negative below {@link
 * #OTHER_CLAUSE}. No PAC data: the verifier ships inside the engine, PAC's licence is
 * non-commercial.
 *
 * <p>Thresholds are chosen on out-of-fold probabilities of the written train rows (4 folds by
 * accepted entry), so the rows a threshold is judged on were not learnt from: the match threshold
 * is the lowest whose lawful look-alikes flagged stay within {@link #LAWFUL_MATCH_BUDGET}, then the
 * type threshold the lowest that adds at most {@link #LAWFUL_TYPE_BUDGET}.
 */
public final class VerifierTrainer {

  static final double SAME_CLAUSE = 0.8;
  static final double OTHER_CLAUSE = 0.5;
  static final double MINED_SAME = 0.55;
  static final double MINED_OTHER = 0.3;
  static final int MINED_STRIDE = 5;
  static final double LAWFUL_MATCH_BUDGET = 0.02;
  static final double LAWFUL_TYPE_BUDGET = 0.02;
  static final double C = 1.0;
  static final int FOLDS = 4;

  private final List<RegisterEntry> entries;
  private final RegisterVerification register;
  private final LemmaIndex index;
  private final Map<Integer, Integer> ordinals = new HashMap<>();

  public VerifierTrainer(List<RegisterEntry> entries) {
    this.entries = entries.stream().filter(e -> !e.clauseText().isBlank()).toList();
    int d = PairFeatures.NAMES.size();
    double[] ones = new double[d];
    java.util.Arrays.fill(ones, 1);
    Verifier untrained =
        new Verifier(
            PairFeatures.NAMES,
            new double[d],
            ones,
            new double[d],
            0,
            new Verifier.Thresholds(1, 1, 1, 1e9));
    this.register =
        RegisterVerification.build(
            this.entries.stream().map(e -> ClauseText.normalise(e.clauseText())).toList(),
            untrained);
    this.index = register.index();
    for (int i = 0; i < this.entries.size(); i++) {
      ordinals.put(this.entries.get(i).registerNumber(), i);
    }
  }

  /** A trained verifier with the figures it was chosen on. */
  public record Trained(Verifier verifier, Map<String, Object> figures) {}

  /** Trains on written rows (rewordings and lawful look-alikes) and the mined register pairs. */
  public Trained train(List<RewordingRow> rows) {
    List<Pair> mined = mined();
    double[] outOfFold = new double[rows.size()];
    double[] typeOutOfFold = new double[rows.size()];
    boolean[] typed = new boolean[rows.size()];
    for (int fold = 0; fold < FOLDS; fold++) {
      List<RewordingRow> learn = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).fold(FOLDS) != fold) {
          learn.add(rows.get(i));
        }
      }
      Verifier v = fit(learn, mined, new Verifier.Thresholds(1, 1, 1, 1e9));
      RegisterVerification r = register.with(v);
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).fold(FOLDS) == fold) {
          Verdict verdict = r.verify(ClauseText.normalise(rows.get(i).text()));
          outOfFold[i] = verdict.best();
          typeOutOfFold[i] = verdict.typeScore();
          typed[i] = verdict.type().isPresent();
        }
      }
    }
    double match = lowest(rows, outOfFold, null, LAWFUL_MATCH_BUDGET);
    boolean[] unmatched = new boolean[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      unmatched[i] = outOfFold[i] < match && typed[i];
    }
    double type = lowest(rows, typeOutOfFold, unmatched, LAWFUL_TYPE_BUDGET);
    double high = Math.max(match, 0.9);
    Verifier.Thresholds thresholds =
        new Verifier.Thresholds(match, high, Math.min(match, 0.5), type);
    Verifier verifier = fit(rows, mined, thresholds);
    Map<String, Object> figures = new HashMap<>();
    figures.put("pairsMined", mined.size());
    figures.put("rows", rows.size());
    figures.put("outOfFold", outOfFoldFigures(rows, outOfFold, typeOutOfFold, typed, thresholds));
    return new Trained(verifier, figures);
  }

  /** Out-of-fold share flagged per level with the chosen thresholds. */
  private static Map<String, Double> outOfFoldFigures(
      List<RewordingRow> rows,
      double[] best,
      double[] typeScore,
      boolean[] typed,
      Verifier.Thresholds t) {
    Map<String, int[]> counts = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      int[] c = counts.computeIfAbsent(rows.get(i).level(), k -> new int[2]);
      c[0]++;
      if (best[i] >= t.match() || (typed[i] && typeScore[i] >= t.type())) {
        c[1]++;
      }
    }
    Map<String, Double> shares = new HashMap<>();
    counts.forEach((level, c) -> shares.put(level, c[1] / (double) c[0]));
    return shares;
  }

  /**
   * The lowest threshold (of 0.05 steps) at which the lawful rows among those considered that reach
   * it are at most {@code budget} of all lawful rows.
   */
  private static double lowest(
      List<RewordingRow> rows, double[] score, boolean[] considered, double budget) {
    long lawful = rows.stream().filter(RewordingRow::lawful).count();
    for (double t = 0.05; t < 50; t += t < 1 ? 0.05 : 0.25) {
      int flagged = 0;
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).lawful() && (considered == null || considered[i]) && score[i] >= t) {
          flagged++;
        }
      }
      if (flagged <= budget * lawful) {
        return Math.round(t * 100) / 100.0;
      }
    }
    return 50;
  }

  private Verifier fit(List<RewordingRow> rows, List<Pair> mined, Verifier.Thresholds thresholds) {
    List<Pair> pairs = new ArrayList<>(mined);
    for (RewordingRow row : rows) {
      pairs.addAll(pairs(row));
    }
    int d = PairFeatures.NAMES.size();
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (Pair p : pairs) {
      for (int j = 0; j < d; j++) {
        mean[j] += p.x()[j] / pairs.size();
      }
    }
    for (Pair p : pairs) {
      for (int j = 0; j < d; j++) {
        scale[j] += Math.pow(p.x()[j] - mean[j], 2) / pairs.size();
      }
    }
    for (int j = 0; j < d; j++) {
      scale[j] = Math.max(1e-6, Math.sqrt(scale[j]));
    }
    Problem problem = new Problem();
    problem.l = pairs.size();
    problem.n = d + 1;
    problem.bias = 1;
    problem.x = new Feature[problem.l][];
    problem.y = new double[problem.l];
    for (int i = 0; i < problem.l; i++) {
      Feature[] features = new Feature[d + 1];
      for (int j = 0; j < d; j++) {
        features[j] = new FeatureNode(j + 1, (pairs.get(i).x()[j] - mean[j]) / scale[j]);
      }
      features[d] = new FeatureNode(d + 1, 1);
      problem.x[i] = features;
      problem.y[i] = pairs.get(i).positive() ? 1 : 0;
    }
    Linear.disableDebugOutput();
    Linear.resetRandom();
    Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, C, 1e-4));
    double sign = model.getLabels()[0] == 1 ? 1 : -1;
    double[] w = model.getFeatureWeights();
    double[] weights = new double[d];
    for (int j = 0; j < d; j++) {
      weights[j] = sign * w[j];
    }
    return new Verifier(PairFeatures.NAMES, mean, scale, weights, sign * w[d], thresholds);
  }

  private List<Pair> pairs(RewordingRow row) {
    LemmaProfile clause = index.profile(ClauseText.normalise(row.text()));
    Set<String> near = index.synonymsOf(clause);
    List<LemmaIndex.Retrieved> candidates =
        index.candidates(clause, RegisterVerification.CANDIDATES);
    Set<Integer> accepted = new HashSet<>();
    for (int number : row.accept()) {
      Integer ordinal = ordinals.get(number);
      if (ordinal != null) {
        accepted.add(ordinal);
      }
    }
    List<Pair> pairs = new ArrayList<>();
    double best = candidates.isEmpty() ? 0 : candidates.get(0).score();
    for (int rank = 0; rank < candidates.size(); rank++) {
      LemmaIndex.Retrieved c = candidates.get(rank);
      double[] x =
          PairFeatures.of(
              clause, near, index.entry(c.ordinal()), index.synonyms(), c.score(), rank, best);
      if (row.lawful()) {
        pairs.add(new Pair(x, false));
        pairs.add(new Pair(x, false));
        continue;
      }
      double same = 0;
      for (int a : accepted) {
        same = Math.max(same, a == c.ordinal() ? 1 : cosine(a, c.ordinal()));
      }
      if (same >= SAME_CLAUSE) {
        pairs.add(new Pair(x, true));
      } else if (same < OTHER_CLAUSE) {
        pairs.add(new Pair(x, false));
      }
    }
    return pairs;
  }

  private List<Pair> mined() {
    List<Pair> pairs = new ArrayList<>();
    for (int s = 0; s < entries.size(); s += MINED_STRIDE) {
      LemmaProfile clause = index.entry(s);
      Set<String> near = index.synonymsOf(clause);
      List<LemmaIndex.Retrieved> candidates = new ArrayList<>();
      for (LemmaIndex.Retrieved c : index.candidates(clause, RegisterVerification.CANDIDATES + 1)) {
        if (c.ordinal() != s && cosine(s, c.ordinal()) < 0.95) {
          candidates.add(c);
        }
      }
      double best = candidates.isEmpty() ? 0 : candidates.get(0).score();
      for (int rank = 0; rank < candidates.size(); rank++) {
        LemmaIndex.Retrieved c = candidates.get(rank);
        double same = cosine(s, c.ordinal());
        if (same >= MINED_SAME || same < MINED_OTHER) {
          double[] x =
              PairFeatures.of(
                  clause, near, index.entry(c.ordinal()), index.synonyms(), c.score(), rank, best);
          pairs.add(new Pair(x, same >= MINED_SAME));
        }
      }
    }
    return pairs;
  }

  /** Exact lemma cosine between two entries. */
  private double cosine(int a, int b) {
    return index.entry(a).cosine(index.entry(b));
  }

  private record Pair(double[] x, boolean positive) {}
}
