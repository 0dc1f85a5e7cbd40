package org.fairpact.analysis.classification;

import java.util.Objects;

/**
 * Part of a clause that weighed towards "abusive".
 *
 * @param text the clause's own words the feature stands for (a phrase for a word n-gram, the whole
 *     word for a character n-gram), exactly as they appear in the clause
 * @param feature the model feature that weighed most for that text, e.g. {@code "w:nie ponosić
 *     odpowiedzialność"} (stems) or {@code "c:odpow"}
 * @param weight its contribution to the decision value (weight times TF-IDF value), summed over the
 *     features that share {@code text}; positive
 */
public record ExplanationFeature(String text, String feature, double weight) {

  public ExplanationFeature {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(feature, "feature");
  }
}
