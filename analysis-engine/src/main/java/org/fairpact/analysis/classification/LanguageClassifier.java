package org.fairpact.analysis.classification;

import de.bwaldvogel.liblinear.Feature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fairpact.analysis.matching.Language;

/**
 * The classifier of one language: TF-IDF features, a binary model (abusive or unfair against the
 * rest), optionally one-vs-rest category models, and the risk bands calibrated on dev data.
 * Immutable and thread-safe.
 *
 * <p>The clause score is the binary model's probability; with {@code categoriesRaiseScore} it is
 * the highest of that and the categories' probabilities, so a clause one category model is sure
 * about counts as unfair even where the binary model hesitates (chosen on dev data when it helps).
 */
public final class LanguageClassifier {

  /** How many explanation features a prediction carries at most. */
  public static final int EXPLANATION_SIZE = 5;

  /** Features looked at to find the explanation (several may collapse into one word). */
  private static final int EXPLANATION_CANDIDATES = 25;

  private final Language language;
  private final FeatureConfig config;
  private final TextFeatures features;
  private final FeatureSpace space;
  private final LinearModel model;
  private final List<CategoryModel> categories;
  private final boolean categoriesRaiseScore;
  private final RiskBands bands;

  /**
   * @param language the language of the clauses it classifies
   * @param config the features its model was trained on
   * @param space the feature space (vocabulary and idf) of that training
   * @param model the binary model, calibrated
   * @param categories one-vs-rest category models, empty if none
   * @param categoriesRaiseScore whether the clause score is the highest of all probabilities
   * @param bands the risk levels' thresholds, chosen on dev data
   */
  public LanguageClassifier(
      Language language,
      FeatureConfig config,
      FeatureSpace space,
      LinearModel model,
      List<CategoryModel> categories,
      boolean categoriesRaiseScore,
      RiskBands bands) {
    this.language = Objects.requireNonNull(language, "language");
    this.config = Objects.requireNonNull(config, "config");
    this.features = new TextFeatures(language, config);
    this.space = Objects.requireNonNull(space, "space");
    this.model = Objects.requireNonNull(model, "model");
    this.categories = List.copyOf(categories);
    this.categoriesRaiseScore = categoriesRaiseScore;
    this.bands = Objects.requireNonNull(bands, "bands");
  }

  /** Classifies a clause and explains the verdict. */
  public ClausePrediction predict(String text) {
    return classify(text, true);
  }

  /**
   * Classifies a clause without the explanation, which costs as much again; for the many clauses of
   * a contract that nothing flags. {@link #explain} adds it where it is wanted.
   */
  public ClausePrediction classify(String text) {
    return classify(text, false);
  }

  /** The clause's words that pushed its score up most, strongest first. */
  public List<ExplanationFeature> explain(String text) {
    TextFeatures.Analysis analysis = features.analyse(text);
    return explain(analysis, space.vector(analysis.counts()));
  }

  private ClausePrediction classify(String text, boolean explained) {
    Feature[] x = features.vector(text, space);
    Map<String, Double> categoryProbabilities = categoryProbabilities(x);
    double probability = score(model.probability(x), categoryProbabilities);
    List<String> predicted = new ArrayList<>();
    for (CategoryModel category : categories) {
      if (categoryProbabilities.get(category.name()) >= category.threshold()) {
        predicted.add(category.name());
      }
    }
    return new ClausePrediction(
        probability, probability >= bands.low(), predicted, explained ? explain(text) : List.of());
  }

  /** Probability of every category, in category order. */
  Map<String, Double> categoryProbabilities(Feature[] x) {
    Map<String, Double> probabilities = new LinkedHashMap<>();
    for (CategoryModel category : categories) {
      probabilities.put(category.name(), category.model().probability(x));
    }
    return probabilities;
  }

  private double score(double probability, Map<String, Double> categoryProbabilities) {
    if (!categoriesRaiseScore) {
      return probability;
    }
    double max = probability;
    for (double p : categoryProbabilities.values()) {
      max = Math.max(max, p);
    }
    return max;
  }

  private List<ExplanationFeature> explain(TextFeatures.Analysis analysis, Feature[] x) {
    List<Feature> pushing = new ArrayList<>();
    for (Feature feature : x) {
      if (model.contribution(feature.getIndex(), feature.getValue()) > 0) {
        pushing.add(feature);
      }
    }
    pushing.sort(
        Comparator.comparingDouble((Feature f) -> model.contribution(f.getIndex(), f.getValue()))
            .reversed()
            .thenComparingInt(Feature::getIndex));
    Map<String, ExplanationFeature> byText = new LinkedHashMap<>();
    for (Feature feature : pushing.subList(0, Math.min(EXPLANATION_CANDIDATES, pushing.size()))) {
      String name = space.name(feature.getIndex());
      double weight = model.contribution(feature.getIndex(), feature.getValue());
      Optional<String> surface = analysis.surface(name);
      if (surface.isPresent()) {
        byText.merge(
            surface.get().toLowerCase(Locale.ROOT),
            new ExplanationFeature(surface.get(), name, weight),
            (a, b) -> new ExplanationFeature(a.text(), a.feature(), a.weight() + b.weight()));
      }
    }
    return byText.values().stream()
        .sorted(Comparator.comparingDouble(ExplanationFeature::weight).reversed())
        .limit(EXPLANATION_SIZE)
        .toList();
  }

  public Language language() {
    return language;
  }

  /** The calibrated thresholds of the risk levels. */
  public RiskBands bands() {
    return bands;
  }

  /** Names of the categories this classifier predicts, empty if none. */
  public List<String> categoryNames() {
    return categories.stream().map(CategoryModel::name).toList();
  }

  public FeatureConfig config() {
    return config;
  }

  public FeatureSpace space() {
    return space;
  }

  public LinearModel model() {
    return model;
  }

  public List<CategoryModel> categories() {
    return categories;
  }

  public boolean categoriesRaiseScore() {
    return categoriesRaiseScore;
  }
}
