package org.fairpact.analysis.dataset;

import java.util.Objects;
import java.util.Set;

/**
 * A sentence of an online Terms of Service with the CLAUDETTE categories of unfairness it falls
 * under (empty when fair).
 *
 * @param company the service whose terms the sentence comes from
 * @param split the split it belongs to ({@code train}, {@code validation}, ...), empty if unknown
 * @param text the sentence
 * @param categories its categories, a subset of {@link UnfairCategory}
 */
public record TosSentence(
    String company, String split, String text, Set<UnfairCategory> categories) {

  public TosSentence {
    company = Objects.requireNonNullElse(company, "");
    split = Objects.requireNonNullElse(split, "");
    Objects.requireNonNull(text, "text");
    categories = Set.copyOf(categories);
  }

  /** Whether the sentence falls under any category. */
  public boolean unfair() {
    return !categories.isEmpty();
  }
}
