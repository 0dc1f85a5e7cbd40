package org.fairpact.analysis;

/**
 * Receives progress of an analysis, for example to report it to the person waiting. Called on the
 * analysing thread after each clause, so implementations should be quick.
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores progress. */
  ProgressListener NONE = (done, total) -> {};

  /**
   * @param done clauses matched so far, from 0 (announced before the first) to {@code total}
   * @param total clauses in the document
   */
  void clausesDone(int done, int total);
}
