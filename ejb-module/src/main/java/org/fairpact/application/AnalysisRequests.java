package org.fairpact.application;

import java.util.UUID;

/**
 * The asynchronous hop between accepting a document and analysing it. Implementations must join the
 * caller's transaction: a request sent from a transaction that rolls back is never delivered, and
 * one sent from a transaction that commits is delivered even if the broker is away meanwhile.
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
   * Sends a request taken from the fast queue on to the heavy one (its document needs OCR); at most
   * once per analysis.
   */
  void forwardToHeavy(AnalysisRequest request);

  /**
   * Parks a request whose analysis was given up in the dead-letter queue, with the reason, so
   * operators see (and may retry) it; at most once per analysis.
   */
  void deadLetter(AnalysisRequest request, String reason);

  /**
   * Withdraws the requests for an erased analysis that have not left yet; a request already on its
   * way is dropped by the worker that meets it (the analysis is erased).
   */
  void withdraw(UUID analysisId);

  /**
   * A fresh request for a FAILED analysis an admin replays; each replay number is delivered at most
   * once.
   */
  void replay(AnalysisRequest request, int replay);
}
