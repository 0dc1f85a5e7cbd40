package org.fairpact.domain.model.analysis;

public enum AnalysisStatus {
  QUEUED,
  PROCESSING,
  COMPLETED,
  FAILED;

  public boolean isFinished() {
    return this == COMPLETED || this == FAILED;
  }
}
