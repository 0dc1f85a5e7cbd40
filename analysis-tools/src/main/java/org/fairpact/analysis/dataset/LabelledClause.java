package org.fairpact.analysis.dataset;

import java.util.Objects;

/**
 * A Polish clause with a yes/no judgement of abusiveness, as in PAC.
 *
 * @param text the clause
 * @param abusive whether annotators judged it abusive
 */
public record LabelledClause(String text, boolean abusive) {

  public LabelledClause {
    Objects.requireNonNull(text, "text");
  }
}
