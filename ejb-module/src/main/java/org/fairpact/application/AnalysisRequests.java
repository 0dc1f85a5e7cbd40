package org.fairpact.application;

/**
 * The asynchronous hop between accepting a document and analysing it. Implementations must join the
 * caller's transaction: a request sent from a transaction that rolls back is never delivered.
 */
public interface AnalysisRequests {

  void send(AnalysisRequest request);
}
