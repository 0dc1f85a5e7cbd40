package org.fairpact.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.domain.model.analysis.AnalysisRepository;
import org.fairpact.domain.model.scheduling.Schedule;

/**
 * Finds analyses stuck in PROCESSING (no start or progress for {@code fairpact.reaper.stuck-after})
 * and requeues each in a transaction of its own. Normally the broker alone brings a request back
 * when its worker dies (the delivery was never acknowledged); an analysis gets stuck when its
 * request is gone anyway: a worker hung while holding it, a broker lost it, or it was dead-lettered
 * without the FAILED mark. Requeueing twice is harmless: processing is idempotent (a finished
 * analysis ignores requests, findings are replaced, not added).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnalysisReaper {

  @Inject AnalysisRepository analyses;
  @Inject AnalysisRequeue requeue;
  @Inject Logger log;

  @Inject
  @ConfigProperty(name = "fairpact.reaper.stuck-after", defaultValue = "15m")
  String stuckAfter;

  @Inject
  @ConfigProperty(name = "fairpact.reaper.batch-size", defaultValue = "100")
  int batchSize;

  public Result reap() {
    OffsetDateTime cutoff = OffsetDateTime.now().minus(stuckAfterDuration());
    List<UUID> stuck = analyses.stuck(cutoff, batchSize);
    int requeued = 0;
    int gaveUp = 0;
    int failed = 0;
    for (UUID id : stuck) {
      try {
        switch (requeue.requeueIfStuck(id, cutoff)) {
          case REQUEUED -> requeued++;
          case GAVE_UP -> gaveUp++;
          case NOT_STUCK -> {
            // it moved on since the query
          }
        }
      } catch (RuntimeException e) {
        failed++;
        log.log(Level.WARNING, e, () -> "analysis=" + id + " could not be requeued");
      }
    }
    return new Result(stuck.size(), requeued, gaveUp, failed);
  }

  public Duration stuckAfterDuration() {
    return Schedule.duration(stuckAfter);
  }

  /** What one run found and did. */
  public record Result(int stuck, int requeued, int gaveUp, int failed) {
    @Override
    public String toString() {
      return String.format(
          "stuck %d: requeued %d, failed for good %d, errors %d", stuck, requeued, gaveUp, failed);
    }
  }
}
