package org.fairpact.application;

import java.util.UUID;
import java.util.function.LongSupplier;
import org.fairpact.analysis.ProgressListener;

/**
 * Publishes analysis progress at most once per {@link #INTERVAL_NANOS} (one second), each time in
 * its own short transaction: a document analysed within a second writes no progress at all (its
 * completion says everything), a long one shows its progress and a heartbeat every second.
 */
final class ProgressReporter implements ProgressListener {

  static final long INTERVAL_NANOS = 1_000_000_000L;

  private final AnalysisProgress progress;
  private final UUID analysisId;
  private final LongSupplier clock;
  private long lastReportedAt;

  ProgressReporter(AnalysisProgress progress, UUID analysisId) {
    this(progress, analysisId, System::nanoTime);
  }

  ProgressReporter(AnalysisProgress progress, UUID analysisId, LongSupplier clock) {
    this.progress = progress;
    this.analysisId = analysisId;
    this.clock = clock;
    this.lastReportedAt = clock.getAsLong();
  }

  @Override
  public void clausesDone(int done, int total) {
    long now = clock.getAsLong();
    if (done < total && now - lastReportedAt >= INTERVAL_NANOS) {
      lastReportedAt = now;
      progress.clausesDone(analysisId, done, total);
    }
  }
}
