package org.fairpact.analysis.classification;

import java.util.List;

/**
 * What the classifier says about one clause.
 *
 * @param probability how likely the clause is abusive (Polish) or unfair (English), in (0, 1): the
 *     model's decision value through a sigmoid fitted on the dev data, so it reads as the share of
 *     abusive clauses among dev clauses with that score
 * @param abusive whether {@code probability} reaches the model's decision threshold
 * @param categories for English, the CLAUDETTE categories predicted ({@code LTD}, {@code TER},
 *     ...), possibly empty; always empty for Polish
 * @param explanation the clause's words that pushed the score up most, strongest first
 */
public record ClausePrediction(
    double probability,
    boolean abusive,
    List<String> categories,
    List<ExplanationFeature> explanation) {

  public ClausePrediction {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability outside [0,1]: " + probability);
    }
    categories = List.copyOf(categories);
    explanation = List.copyOf(explanation);
  }
}
