package org.fairpact.analysis.evaluation;

/**
 * The ways {@link Rewordings} rewrites a register clause, as businesses adapting it or a scanner
 * reading it would.
 */
public enum Rewording {
  /** Some longer words take another grammatical ending. */
  INFLECTION,
  /** Words and phrases replaced by synonyms common in Polish contracts. */
  SYNONYMS,
  /** Comma-separated parts or sentences in another order. */
  REORDERING,
  /** Only the first two thirds or so of the clause. */
  TRUNCATION,
  /** OCR-like character confusions, lost diacritics and merged words. */
  OCR_NOISE,
  /** All of the above, lightly, one after the other. */
  COMBINED
}
