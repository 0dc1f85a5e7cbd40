package org.fairpact.application;

import java.util.UUID;
import org.fairpact.analysis.ProgressListener;

/** Publishes analysis progress in about twenty steps, each in its own short transaction. */
final class ProgressReporter implements ProgressListener {

  private static final int STEPS = 20;

  private final AnalysisProgress progress;
  private final UUID analysisId;
  private int lastReported = -1;

  ProgressReporter(AnalysisProgress progress, UUID analysisId) {
    this.progress = progress;
    this.analysisId = analysisId;
  }

  @Override
  public void clausesDone(int done, int total) {
    int step = Math.max(1, total / STEPS);
    if (done == total || done - lastReported >= step) {
      lastReported = done;
      progress.clausesDone(analysisId, done, total);
    }
  }
}
