package org.fairpact.application;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.fairpact.application.webhook.AnalysisWebhooks;
import org.fairpact.domain.model.analysis.AnalysisRepository;
import org.fairpact.domain.model.document.Document;
import org.fairpact.domain.model.document.DocumentRepository;
import org.fairpact.domain.model.event.SystemEvent;

/**
 * Erases a document: its analyses with their findings and evidence (the only text of the document
 * FairPact keeps: extracted text lives in the worker's memory and temporary files only), their
 * requests still waiting in the outbox, their webhook deliveries, the document row and its stored
 * object, with a {@code DOCUMENT_ERASED} system event; one transaction of its own. Every way of
 * erasing (a tenant's DELETE, retention) comes through here.
 *
 * <p>Races: the document and its analyses are locked first, so a second erasure waits and then
 * finds nothing; a worker busy with an analysis finds it gone when it would write its outcome (or
 * its write fails at commit) and drops the request, as does any worker that meets a request of an
 * erased analysis later ({@link AnalysisRepository#isErased}). The object is deleted last, inside
 * the transaction: if the store refuses, nothing is erased and the caller may retry; if the commit
 * fails after the deletion, the document stays without bytes until a repeated erasure.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DocumentErasures {

  @Inject DocumentRepository documents;
  @Inject AnalysisRepository analyses;
  @Inject AnalysisRequests requests;
  @Inject AnalysisWebhooks webhooks;
  @Inject DocumentStore store;
  @Inject SystemEvents events;
  @Inject Logger log;

  /**
   * Erases the document if it exists (and, with a tenant, is that tenant's).
   *
   * @param by who erases it: the caller's tenant and subject, or the retention run
   * @param cause why: {@code request} or {@code retention}
   * @return what was erased; empty if there was no such document
   * @throws StoreRefusedException if the object store did not delete the bytes (nothing erased)
   */
  public Optional<Erased> erase(UUID documentId, Optional<String> tenant, String by, String cause) {
    Optional<Document> found = documents.lockForErasure(documentId, tenant);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Document document = found.get();
    List<UUID> erasedAnalyses = analyses.lockByDocument(documentId);
    for (UUID analysisId : erasedAnalyses) {
      requests.withdraw(analysisId);
      webhooks.erased(analysisId);
      analyses.erase(analysisId);
    }
    documents.erase(documentId);
    Erased erased = new Erased(documentId, document.tenant(), erasedAnalyses);
    events.record(
        SystemEvent.DOCUMENT_ERASED,
        documentId.toString(),
        Json.createObjectBuilder()
            .add("document", documentId.toString())
            .add("tenant", document.tenant())
            .add("by", by)
            .add("cause", cause)
            .add("analyses", erasedAnalyses.size())
            .build()
            .toString());
    if (!documents.isStored(document.storageKey())) {
      try {
        store.delete(document.storageKey());
      } catch (IOException | RuntimeException e) {
        throw new StoreRefusedException(document.storageKey(), e);
      }
    }
    log.info(
        () ->
            String.format(
                "document=%s of tenant %s erased (%s by %s): analyses %s",
                documentId, document.tenant(), cause, by, erasedAnalyses));
    return Optional.of(erased);
  }

  /** What one erasure removed. */
  public record Erased(UUID documentId, String tenant, List<UUID> analyses) {

    public Erased {
      analyses = List.copyOf(analyses);
    }
  }

  /** The object store did not delete a document's bytes; the erasure rolled back. */
  @ApplicationException(rollback = true)
  public static class StoreRefusedException extends RuntimeException {

    public StoreRefusedException(String storageKey, Throwable cause) {
      super("the object store did not delete " + storageKey + ": " + cause, cause);
    }
  }
}
