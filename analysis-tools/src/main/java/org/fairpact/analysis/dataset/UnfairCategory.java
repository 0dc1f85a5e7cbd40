package org.fairpact.analysis.dataset;

import java.util.Locale;

/**
 * The eight CLAUDETTE categories of potentially unfair terms, in the order LexGLUE numbers them
 * (0-7), which is how a file may give them instead of by code.
 */
public enum UnfairCategory {
  /** Limitation of liability. */
  LTD,
  /** Unilateral termination. */
  TER,
  /** Unilateral change. */
  CH,
  /** Content removal. */
  CR,
  /** Contract by using. */
  USE,
  /** Choice of law. */
  LAW,
  /** Jurisdiction. */
  J,
  /** Arbitration. */
  A;

  /**
   * The category a label stands for: its code in any case ({@code "ltd"}) or its LexGLUE number.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static UnfairCategory of(Object label) {
    if (label instanceof Number number) {
      int ordinal = number.intValue();
      if (ordinal == number.doubleValue() && ordinal >= 0 && ordinal < values().length) {
        return values()[ordinal];
      }
    } else if (label != null) {
      String code = label.toString().strip().toUpperCase(Locale.ROOT);
      if (code.matches("\\d")) {
        return of(Integer.parseInt(code));
      }
      for (UnfairCategory category : values()) {
        if (category.name().equals(code)) {
          return category;
        }
      }
    }
    throw new IllegalArgumentException("not a CLAUDETTE category: " + label);
  }
}
