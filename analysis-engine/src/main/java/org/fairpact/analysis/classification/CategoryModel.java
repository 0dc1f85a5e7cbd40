package org.fairpact.analysis.classification;

import java.util.Objects;

/**
 * One category of a multi-label classifier: a one-vs-rest model and the probability from which the
 * category is predicted.
 *
 * @param name the category's code, e.g. {@code LTD}
 * @param model its binary model
 * @param threshold predicted when the probability reaches it
 */
public record CategoryModel(String name, LinearModel model, double threshold) {

  public CategoryModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(model, "model");
  }
}
