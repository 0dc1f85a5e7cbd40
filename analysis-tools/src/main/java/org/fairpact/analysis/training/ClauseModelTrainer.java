package org.fairpact.analysis.training;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fairpact.analysis.classification.ClauseModel;
import org.fairpact.analysis.classification.FeatureConfig;
import org.fairpact.analysis.classification.FeatureSpace;
import org.fairpact.analysis.classification.LanguageClassifier;
import org.fairpact.analysis.classification.LinearModel;
import org.fairpact.analysis.classification.RiskBands;
import org.fairpact.analysis.classification.TextFeatures;
import org.fairpact.analysis.classification.TrainingFile;
import org.fairpact.analysis.dataset.LabelledClause;
import org.fairpact.analysis.dataset.PacCsv;
import org.fairpact.analysis.dataset.TosSentence;
import org.fairpact.analysis.dataset.UnfairTosJsonl;
import org.fairpact.analysis.matching.Language;
import org.fairpact.analysis.metrics.BinaryCounts;

/**
 * Trains the clause model from the shared data folder: the Polish classifier on PAC's train split
 * (tuned on its dev split) and the English one on UNFAIR-ToS's train split (tuned on its validation
 * split). Only train splits are learnt from; the dev splits choose C, fit the probability sigmoid
 * and place the thresholds. The same data always gives the same model: data is read in file order,
 * features are numbered in sorted order and liblinear's shuffling has a fixed seed.
 *
 * <p>The figures measured along the way go into the manifest (see {@link Metrics} for their names),
 * with two baselines trained in the same run: a plain TF-IDF (word 1-3 grams) linear SVM with its
 * default threshold, and the register similarity alone.
 */
public final class ClauseModelTrainer {

  /** Features of the Polish classifier: stemmed word 1-3 grams and character 2-5 grams. */
  public static final FeatureConfig FEATURES = new FeatureConfig(3, 2, 5, 2);

  /**
   * Features of the English classifier: those of {@link #FEATURES} and surface (unstemmed) word 1-3
   * grams. On UNFAIR-ToS validation cut by company in two halves, each tuned on the other, they
   * raise the unfair class's F1 from 0.765 to 0.780 (LexGLUE macro-F1 72.3 to 71.9); averaged over
   * ten random company halvings, from 0.758 to 0.764 (macro-F1 70.5 to 71.5).
   */
  public static final FeatureConfig ENGLISH_FEATURES = new FeatureConfig(3, 2, 5, 2, 3);

  /** Features of the plain baseline: stemmed word 1-3 grams. */
  public static final FeatureConfig BASELINE_FEATURES = FeatureConfig.words(3, 2);

  /** The L2-regularised L2-loss linear SVM (dual), liblinear's usual choice for text. */
  public static final TrainingParameters SVM =
      new TrainingParameters(SolverType.L2R_L2LOSS_SVC_DUAL, 1, 1);

  /**
   * How PAC dev is read: at even odds, since its 70 % abusive clauses are no guide to the share in
   * real contracts or in PAC's other splits (train 45 %, test 32 %).
   */
  static final ClassBalance PAC_BALANCE = ClassBalance.EVEN;

  /** How many times each written clause is learnt: they are few, and they are what users send. */
  static final int WRITTEN_WEIGHT = 5;

  /**
   * The share of the written lawful look-alikes the engine (register evidence or the classifier at
   * its decision threshold) may flag, predicted out of fold; the Polish threshold is raised until
   * they stay within it.
   */
  static final double LAWFUL_BUDGET = 0.03;

  /** Folds of the written rows for their out-of-fold predictions. */
  static final int WRITTEN_FOLDS = 4;

  /** Values of C tried; the best on dev data is kept. */
  static final double[] C_GRID = {0.3, 1, 3};

  public static final String PAC_TRAIN = "pac/train.csv";
  public static final String PAC_DEV = "pac/dev.csv";
  public static final String UNFAIR_TOS = "claudette-tos/unfair-tos-train-validation.jsonl";

  private static final Logger LOG = Logger.getLogger(ClauseModelTrainer.class.getName());

  private final Path dataDir;
  private final RegisterEvidence register;
  private final List<TrainingFile> registerFiles;
  private final List<String> registerClauses;
  private final List<RewordingRow> written;

  /**
   * @param dataDir the shared data folder (holding {@code pac/} and {@code claudette-tos/})
   * @param register what production's register matching flags by itself, to tune for
   * @param registerFiles the register data behind {@code register}, for the manifest
   * @param registerClauses register clauses (one per wording) the Polish classifier also learns as
   *     abusive: the register is 7,000 clauses courts ruled abusive, worded by as many businesses
   * @param written the team's written rewordings (abusive) and lawful look-alikes (safe), train
   *     split: learnt {@link #WRITTEN_WEIGHT} times each, and the Polish decision threshold is
   *     raised until their look-alikes, predicted out of fold, stay within {@link #LAWFUL_BUDGET}
   */
  public ClauseModelTrainer(
      Path dataDir,
      RegisterEvidence register,
      List<TrainingFile> registerFiles,
      List<String> registerClauses,
      List<RewordingRow> written) {
    this.dataDir = dataDir;
    this.register = register;
    this.registerFiles = List.copyOf(registerFiles);
    this.registerClauses = List.copyOf(registerClauses);
    this.written = List.copyOf(written);
  }

  /** Trains both languages and assembles the model. */
  public ClauseModel train() throws IOException {
    Map<String, Object> metrics = new LinkedHashMap<>();
    Map<Language, LanguageClassifier> classifiers = new EnumMap<>(Language.class);
    classifiers.put(Language.PL, trainPolish(metrics));
    classifiers.put(Language.EN, trainEnglish(metrics));
    List<TrainingFile> files = new ArrayList<>();
    files.add(new TrainingFile(PAC_TRAIN, sha256(dataDir.resolve(PAC_TRAIN)), "train"));
    files.add(new TrainingFile(PAC_DEV, sha256(dataDir.resolve(PAC_DEV)), "tune"));
    files.add(
        new TrainingFile(
            UNFAIR_TOS,
            sha256(dataDir.resolve(UNFAIR_TOS)),
            "train (split=train), tune (split=validation)"));
    files.addAll(registerFiles);
    return ClauseModelArchiveWriter.assemble(classifiers, files, metrics);
  }

  private LanguageClassifier trainPolish(Map<String, Object> metrics) throws IOException {
    long started = System.nanoTime();
    List<LabelledClause> train = PacCsv.read(dataDir.resolve(PAC_TRAIN));
    List<LabelledClause> dev = PacCsv.read(dataDir.resolve(PAC_DEV));
    List<String> trainTexts = train.stream().map(LabelledClause::text).toList();
    List<String> devTexts = dev.stream().map(LabelledClause::text).toList();
    boolean[] trainLabels = labels(train.stream().map(LabelledClause::abusive).toList());
    boolean[] devLabels = labels(dev.stream().map(LabelledClause::abusive).toList());
    boolean[] flagged = flagged(devTexts, Language.PL);
    List<String> fitTexts = new ArrayList<>(trainTexts);
    fitTexts.addAll(registerClauses);
    List<Boolean> fit = new ArrayList<>(train.stream().map(LabelledClause::abusive).toList());
    registerClauses.forEach(c -> fit.add(true));
    int writtenFrom = fitTexts.size();
    for (RewordingRow row : written) {
      for (int k = 0; k < WRITTEN_WEIGHT; k++) {
        fitTexts.add(row.text());
        fit.add(!row.lawful());
      }
    }
    boolean[] fitLabels = labels(fit);

    Vectors vectors = Vectors.of(Language.PL, FEATURES, fitTexts, devTexts);
    BinaryTask task =
        new BinaryTask(
            vectors.train(), fitLabels, vectors.dev(), devLabels, vectors.space().size());
    LinearModel best = null;
    double bestC = 0;
    double bestThreshold = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (double c : C_GRID) {
      LinearModel model = task.fit(SVM.withC(c), PAC_BALANCE);
      double[] p = task.probabilities(model);
      double t = Thresholds.best(p, devLabels, flagged, PAC_BALANCE::macroF1);
      double score = PAC_BALANCE.macroF1(Thresholds.counts(p, devLabels, flagged, t));
      LOG.log(Level.INFO, "PL C={0}: dev macro-F1 {1}", new Object[] {c, score});
      if (score > bestScore) {
        best = model;
        bestC = c;
        bestThreshold = t;
        bestScore = score;
      }
    }
    double pacThreshold = bestThreshold;
    Map<String, Object> lookAlikes = new LinkedHashMap<>();
    if (!written.isEmpty()) {
      bestThreshold =
          lookAlikeThreshold(task, writtenFrom, SVM.withC(bestC), pacThreshold, lookAlikes);
    }
    double[] p = task.probabilities(best);
    RiskBands bands = DevTuning.bands(p, devLabels, bestThreshold, PAC_BALANCE);

    Metrics pac = new Metrics();
    pac.put("c", bestC);
    pac.put("class_balance", PAC_BALANCE.name());
    pac.put("threshold", bestThreshold);
    pac.put("threshold_best_on_pac_dev", pacThreshold);
    pac.put("written_look_alikes", lookAlikes);
    pac.put("macro_f1_at_even_odds", BinaryCounts.round(bestScore));
    pac.put("engine", Thresholds.counts(p, devLabels, flagged, bestThreshold).summary());
    pac.put(
        "classifier_only",
        Thresholds.counts(p, devLabels, new boolean[p.length], bestThreshold).summary());
    pac.put("register_only", BinaryCounts.of(flagged, devLabels).summary());
    DevTuning.crossTuned(task, best, flagged, DevTuning.parity(dev.size()), PAC_BALANCE::macroF1)
        .ifPresent(counts -> pac.put("cross_tuned", counts.summary()));
    pac.put(
        "baseline_tfidf_svm",
        baseline(Language.PL, trainTexts, trainLabels, devTexts, devLabels).summary());
    pac.put("bands", DevTuning.bandsJson(bands));
    pac.put("features", vectors.space().size());
    pac.put("register_clauses_learnt", registerClauses.size());
    pac.put("written_clauses_learnt", written.size());
    metrics.put("pac_dev", pac.values());
    metrics.put(
        "pac_train_cross_validation",
        trainCrossValidation(trainTexts, trainLabels, SVM.withC(bestC), best, bestThreshold));
    LOG.log(
        Level.INFO,
        "Polish classifier trained in {0} s: {1}",
        new Object[] {(System.nanoTime() - started) / 1_000_000_000, pac.values()});
    return new LanguageClassifier(
        Language.PL, FEATURES, vectors.space(), best, List.of(), false, bands);
  }

  private LanguageClassifier trainEnglish(Map<String, Object> metrics) throws IOException {
    long started = System.nanoTime();
    List<TosSentence> all = UnfairTosJsonl.read(dataDir.resolve(UNFAIR_TOS));
    List<TosSentence> train = UnfairTosJsonl.split(all, "train");
    List<TosSentence> dev = UnfairTosJsonl.split(all, "validation");
    List<String> devTexts = dev.stream().map(TosSentence::text).toList();
    Vectors vectors =
        Vectors.of(
            Language.EN,
            ENGLISH_FEATURES,
            train.stream().map(TosSentence::text).toList(),
            devTexts);
    boolean[] flagged = flagged(devTexts, Language.EN);
    boolean[] devUnfair = labels(dev.stream().map(TosSentence::unfair).toList());
    BinaryTask unfair =
        new BinaryTask(
            vectors.train(),
            labels(train.stream().map(TosSentence::unfair).toList()),
            vectors.dev(),
            devUnfair,
            vectors.space().size());
    List<String> names = new ArrayList<>();
    List<BinaryTask> categoryTasks = new ArrayList<>();
    for (var category : org.fairpact.analysis.dataset.UnfairCategory.values()) {
      names.add(category.name());
      categoryTasks.add(
          new BinaryTask(
              vectors.train(),
              labels(train.stream().map(s -> s.categories().contains(category)).toList()),
              vectors.dev(),
              labels(dev.stream().map(s -> s.categories().contains(category)).toList()),
              vectors.space().size()));
    }
    List<CategoryChoice> choices = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      choices.add(CategoryChoice.best(names.get(k), categoryTasks.get(k), SVM));
    }
    EnglishCandidate best = null;
    for (double c : C_GRID) {
      EnglishCandidate candidate =
          EnglishCandidate.fit(unfair, categoryTasks, choices, SVM.withC(c), flagged);
      LOG.log(
          Level.INFO,
          "EN C={0}: unfair F1 {1}, LexGLUE macro-F1 {2}",
          new Object[] {c, candidate.unfairF1(), candidate.lexGlue().macroF1()});
      if (best == null || candidate.objective() > best.objective()) {
        best = candidate;
      }
    }
    LanguageClassifier classifier =
        new LanguageClassifier(
            Language.EN,
            ENGLISH_FEATURES,
            vectors.space(),
            best.model(),
            best.categories(),
            best.raise(),
            DevTuning.bands(best.scores(), devUnfair, best.threshold(), ClassBalance.AS_IN_DEV));

    Metrics tos = new Metrics();
    tos.put("c", best.c());
    tos.put("threshold", best.threshold());
    tos.put("categories_raise_score", best.raise());
    Map<String, Object> settings = new LinkedHashMap<>();
    choices.forEach(choice -> settings.put(choice.model().name(), choice.setting()));
    tos.put("category_settings", settings);
    tos.put(
        "engine", Thresholds.counts(best.scores(), devUnfair, flagged, best.threshold()).summary());
    tos.put("lexglue_micro_f1", BinaryCounts.round(best.lexGlue().microF1()));
    tos.put("lexglue_macro_f1", BinaryCounts.round(best.lexGlue().macroF1()));
    tos.put("per_category_f1", best.lexGlue().perLabelF1());
    tos.put("register_only", BinaryCounts.of(flagged, devUnfair).summary());
    DevTuning.crossTuned(unfair, best.model(), flagged, companyFolds(dev), BinaryCounts::f1)
        .ifPresent(counts -> tos.put("cross_tuned", counts.summary()));
    tos.put("baseline_tfidf_svm", EnglishCandidate.baseline(train, dev, names).values());
    tos.put("bands", DevTuning.bandsJson(classifier.bands()));
    tos.put("features", vectors.space().size());
    metrics.put("unfair_tos_validation", tos.values());
    LOG.log(
        Level.INFO,
        "English classifier trained in {0} s: {1}",
        new Object[] {(System.nanoTime() - started) / 1_000_000_000, tos.values()});
    return classifier;
  }

  /**
   * Five-fold cross-validation within PAC train at the shipped model's threshold, near-duplicates
   * kept in one fold, with the macro-F1 and abusive F1 it would have at several shares of abusive
   * clauses (dev has 70 %, train 45 %, test 32 %), and the plain baseline's figures on the same
   * folds (C = 1, threshold 0, no register), whose test-split figure is known (about 0.81).
   */
  private Map<String, Object> trainCrossValidation(
      List<String> trainTexts,
      boolean[] trainLabels,
      TrainingParameters parameters,
      LinearModel model,
      double threshold) {
    Map<String, Object> figures =
        crossValidationFigures(
            new TrainCrossValidation(Language.PL, FEATURES, parameters, 5)
                .run(
                    trainTexts,
                    trainLabels,
                    flagged(trainTexts, Language.PL),
                    model.decisionAt(threshold)));
    figures.put(
        "baseline_tfidf_svm",
        crossValidationFigures(
            new TrainCrossValidation(Language.PL, BASELINE_FEATURES, SVM, 5)
                .run(trainTexts, trainLabels, new boolean[trainTexts.size()], 0)));
    return figures;
  }

  private static Map<String, Object> crossValidationFigures(BinaryCounts counts) {
    Map<String, Object> figures = new LinkedHashMap<>(counts.summary());
    Map<String, Object> macroF1 = new LinkedHashMap<>();
    Map<String, Object> f1 = new LinkedHashMap<>();
    for (double share : new double[] {0.3, 0.5, 0.7}) {
      macroF1.put(String.valueOf(share), BinaryCounts.round(counts.macroF1AtShare(share)));
      f1.put(String.valueOf(share), BinaryCounts.round(counts.f1AtShare(share)));
    }
    figures.put("macro_f1_by_abusive_share", macroF1);
    figures.put("f1_by_abusive_share", f1);
    return figures;
  }

  static BinaryCounts baseline(
      Language language,
      List<String> trainTexts,
      boolean[] trainLabels,
      List<String> devTexts,
      boolean[] devLabels) {
    Vectors vectors = Vectors.of(language, BASELINE_FEATURES, trainTexts, devTexts);
    LinearModel model =
        LinearTraining.train(vectors.train(), trainLabels, vectors.space().size(), SVM);
    boolean[] predicted = new boolean[devTexts.size()];
    for (int i = 0; i < predicted.length; i++) {
      predicted[i] = model.decision(vectors.dev().get(i)) >= 0;
    }
    return BinaryCounts.of(predicted, devLabels);
  }

  /**
   * The lowest decision threshold from {@code floor} up (steps of 0.01) at which the written lawful
   * look-alikes the engine flags, each predicted by a model that did not learn its fold (grouped by
   * register entry), are at most {@link #LAWFUL_BUDGET} of them. Records, per level, the share of
   * written rows flagged out of fold at that threshold.
   */
  private double lookAlikeThreshold(
      BinaryTask task,
      int writtenFrom,
      TrainingParameters parameters,
      double floor,
      Map<String, Object> figures) {
    double[] p = new double[written.size()];
    for (int fold = 0; fold < WRITTEN_FOLDS; fold++) {
      List<Feature[]> vectors = new ArrayList<>();
      List<Boolean> labels = new ArrayList<>();
      List<Integer> held = new ArrayList<>();
      for (int i = 0; i < task.train().size(); i++) {
        int row = i < writtenFrom ? -1 : (i - writtenFrom) / WRITTEN_WEIGHT;
        if (row >= 0 && written.get(row).fold(WRITTEN_FOLDS) == fold) {
          if ((i - writtenFrom) % WRITTEN_WEIGHT == 0) {
            held.add(row);
          }
          continue;
        }
        vectors.add(task.train().get(i));
        labels.add(task.trainLabels()[i]);
      }
      LinearModel model =
          new BinaryTask(vectors, labels(labels), task.dev(), task.devLabels(), task.features())
              .fit(parameters, PAC_BALANCE);
      for (int row : held) {
        p[row] = model.probability(task.train().get(writtenFrom + row * WRITTEN_WEIGHT));
      }
    }
    boolean[] flagged = flagged(written.stream().map(RewordingRow::text).toList(), Language.PL);
    long lawful = written.stream().filter(RewordingRow::lawful).count();
    double threshold = floor;
    while (threshold < 1 && lawfulFlagged(p, flagged, threshold) > LAWFUL_BUDGET * lawful) {
      threshold = Math.round((threshold + 0.01) * 100) / 100.0;
    }
    Map<String, int[]> counts = new java.util.TreeMap<>();
    for (int i = 0; i < written.size(); i++) {
      int[] c = counts.computeIfAbsent(written.get(i).level(), k -> new int[2]);
      c[0]++;
      if (flagged[i] || p[i] >= threshold) {
        c[1]++;
      }
    }
    counts.forEach((level, c) -> figures.put(level, BinaryCounts.round(c[1] / (double) c[0])));
    return threshold;
  }

  private int lawfulFlagged(double[] p, boolean[] flagged, double threshold) {
    int n = 0;
    for (int i = 0; i < written.size(); i++) {
      if (written.get(i).lawful() && (flagged[i] || p[i] >= threshold)) {
        n++;
      }
    }
    return n;
  }

  private boolean[] flagged(List<String> texts, Language language) {
    boolean[] flagged = new boolean[texts.size()];
    for (int i = 0; i < flagged.length; i++) {
      flagged[i] = register.flags(texts.get(i), language);
    }
    return flagged;
  }

  static boolean[] labels(List<Boolean> values) {
    boolean[] labels = new boolean[values.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = values.get(i);
    }
    return labels;
  }

  /** Folds by company, alternating over the companies in sorted order. */
  private static boolean[] companyFolds(List<TosSentence> sentences) {
    List<String> companies =
        sentences.stream().map(TosSentence::company).distinct().sorted().toList();
    boolean[] first = new boolean[sentences.size()];
    for (int i = 0; i < first.length; i++) {
      first[i] = companies.indexOf(sentences.get(i).company()) % 2 == 0;
    }
    return first;
  }

  /** SHA-256 of a file's bytes, lower-case hex. */
  public static String sha256(Path file) throws IOException {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Training and dev texts as vectors over a feature space built from the training texts. */
  record Vectors(FeatureSpace space, List<Feature[]> train, List<Feature[]> dev) {

    static Vectors of(
        Language language, FeatureConfig config, List<String> trainTexts, List<String> devTexts) {
      TextFeatures features = new TextFeatures(language, config);
      List<Map<String, Integer>> trainCounts =
          trainTexts.parallelStream().map(features::count).toList();
      FeatureSpace space = FeatureSpace.build(trainCounts, config.minDf());
      return new Vectors(
          space,
          trainCounts.stream().map(space::vector).toList(),
          devTexts.parallelStream().map(features::count).map(space::vector).toList());
    }
  }

  /** Named figures in insertion order. */
  static final class Metrics {
    private final Map<String, Object> values = new LinkedHashMap<>();

    void put(String name, Object value) {
      values.put(name, value instanceof Double d ? BinaryCounts.round(d) : value);
    }

    Map<String, Object> values() {
      return values;
    }
  }
}
