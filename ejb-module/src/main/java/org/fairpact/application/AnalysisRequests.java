package org.fairpact.application;

/**
 * The asynchronous hop between accepting a document and analysing it. Implementations must join the
 * caller's transaction: a request sent from a transaction that rolls back is never delivered.
 */
public interface AnalysisRequests {

  /** The first request for an analysis; a second send of the same analysis is dropped. */
  void send(AnalysisRequest request);

  /**
   * A fresh request for an analysis whose earlier request was lost or is stuck. Each requeue number
   * is delivered at most once, and never suppressed by the first request's duplicate detection.
   */
  void requeue(AnalysisRequest request, int requeue);

  /**
   * Parks a request whose analysis was given up in the dead-letter queue, with the reason, so
   * operators see (and may retry) it; at most once per analysis.
   */
  void deadLetter(AnalysisRequest request, String reason);
}
