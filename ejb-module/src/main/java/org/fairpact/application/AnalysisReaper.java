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
 * analysis ignores requests, findings are replaced, not added). It also puts back the requests the
 * broker dead-lettered after its backstop of deliveries (no instance could begin them, e.g. every
 * delivery hit instances that were stopping), whose analyses would otherwise wait in QUEUED.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnalysisReaper {

  @Inject AnalysisRepository analyses;
  @Inject AnalysisRequeue requeue;
  @Inject DeadLetters deadLetters;
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
    List<DeadLetters.DeadLetter> letters = deadLetters.deadLetteredByBroker(batchSize);
    int putBack = 0;
    for (DeadLetters.DeadLetter letter : letters) {
      try {
        switch (requeue.requeueDeadLettered(letter)) {
          case REQUEUED -> putBack++;
          case GAVE_UP -> gaveUp++;
          case NOT_STUCK -> {
            // finished meanwhile (or taken by someone else): left for operators
          }
        }
      } catch (RuntimeException e) {
        failed++;
        log.log(
            Level.WARNING,
            e,
            () -> "dead-lettered request " + letter.messageId() + " could not be put back");
      }
    }
    return new Result(stuck.size(), requeued, putBack, gaveUp, failed);
  }

  public Duration stuckAfterDuration() {
    return Schedule.duration(stuckAfter);
  }

  /** What one run found and did. */
  public record Result(int stuck, int requeued, int deadLetteredPutBack, int gaveUp, int failed) {
    @Override
    public String toString() {
      return String.format(
          "stuck %d: requeued %d, dead-lettered by the broker and put back %d, failed for good %d,"
              + " errors %d",
          stuck, requeued, deadLetteredPutBack, gaveUp, failed);
    }
  }
}
