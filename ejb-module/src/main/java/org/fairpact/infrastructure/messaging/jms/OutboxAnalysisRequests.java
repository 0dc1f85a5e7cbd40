package org.fairpact.infrastructure.messaging.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.fairpact.application.AnalysisRequest;
import org.fairpact.application.AnalysisRequests;
import org.fairpact.domain.model.analysis.AnalysisQueue;

/**
 * The analysis requests port as a transactional outbox: a request is a row written in the caller's
 * (local database) transaction, so it exists exactly when the change that called for it commits;
 * the relay publishes it afterwards with its duplicate-detection id, so a row published twice (an
 * instance dying between the broker's commit and the row's deletion) is still delivered once. A
 * commit wakes this instance's relay at once; the relays' polling picks up what others left.
 *
 * <p>Duplicate-detection ids: the analysis id for the first request, {@code <id>:requeue-<n>} for
 * the reaper's n-th re-send, {@code <id>:replay-<n>} for an admin's n-th replay of a FAILED
 * analysis, {@code <id>:heavy} for the forward of a fast request that needs OCR, {@code
 * <id>:dead-letter} for the parked request of a given-up analysis.
 */
@ApplicationScoped
public class OutboxAnalysisRequests implements AnalysisRequests {

  @PersistenceContext(unitName = "fairpact")
  EntityManager entities;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject OutboxRelay relay;

  @Override
  public void send(AnalysisRequest request) {
    write(request.queue().address(), request, request.analysisId().toString(), null);
  }

  @Override
  public void requeue(AnalysisRequest request, int requeue) {
    write(request.queue().address(), request, request.analysisId() + ":requeue-" + requeue, null);
  }

  @Override
  public void replay(AnalysisRequest request, int replay) {
    write(request.queue().address(), request, request.analysisId() + ":replay-" + replay, null);
  }

  @Override
  public void forwardToHeavy(AnalysisRequest request) {
    AnalysisRequest heavy =
        new AnalysisRequest(
            request.analysisId(), request.documentId(), request.tenant(), AnalysisQueue.HEAVY);
    write(heavy.queue().address(), heavy, request.analysisId() + ":heavy", null);
  }

  @Override
  public void deadLetter(AnalysisRequest request, String reason) {
    write(QueueDepths.DEAD_LETTER_QUEUE, request, request.analysisId() + ":dead-letter", reason);
  }

  /**
   * Deletes the analysis's pending rows in the caller's transaction. A row a relay is publishing
   * right now is locked: the delete waits for the relay, which deletes the row itself.
   */
  @Override
  public void withdraw(UUID analysisId) {
    entities
        .createQuery("DELETE FROM OutboxMessage m WHERE m.analysisId = :analysisId")
        .setParameter("analysisId", analysisId)
        .executeUpdate();
  }

  private void write(String address, AnalysisRequest request, String duplicateId, String reason) {
    entities.persist(
        new OutboxMessage(
            address,
            duplicateId,
            request.analysisId(),
            AnalysisRequestMessage.toJson(request),
            reason,
            OffsetDateTime.now()));
    transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
  }

  /** Wakes the relay once the transaction that wrote the row has committed. */
  private record WakeRelayOnCommit(OutboxRelay relay) implements Synchronization {

    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        relay.wake();
      }
    }
  }
}
