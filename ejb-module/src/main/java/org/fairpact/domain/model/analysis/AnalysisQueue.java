package org.fairpact.domain.model.analysis;

/**
 * The work queue an analysis goes to: small text-layer documents are fast, documents that need OCR
 * or are large go to the heavy pool so they cannot starve the fast ones.
 */
public enum AnalysisQueue {
  FAST("analysis.fast"),
  HEAVY("analysis.heavy");

  private final String address;

  AnalysisQueue(String address) {
    this.address = address;
  }

  public String address() {
    return address;
  }
}
