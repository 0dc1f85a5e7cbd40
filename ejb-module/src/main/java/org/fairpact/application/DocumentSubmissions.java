package org.fairpact.application;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.analysis.extraction.DocumentType;
import org.fairpact.analysis.extraction.DocumentTypes;
import org.fairpact.application.SubmissionRefused.Reason;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.AnalysisQueue;
import org.fairpact.domain.model.analysis.AnalysisRepository;
import org.fairpact.domain.model.document.DocumentRepository;
import org.fairpact.domain.model.document.StoredContent;

/**
 * The submission use case: an upload becomes an accepted analysis, or a typed refusal with nothing
 * stored. Only what must happen before the answer happens here: the Idempotency-Key looked up once
 * (a live key with the same bytes replays its analysis, with other bytes is refused; see {@link
 * IdempotencyKeys}), the type decided by magic bytes (no document is parsed), the bytes stored, and
 * one local transaction ({@link SubmissionRecords}). Images and uploads above {@code
 * fairpact.analysis.heavy-threshold-bytes} go to the heavy queue; whether a PDF needs OCR is found
 * by the fast worker, which forwards it.
 */
@ApplicationScoped
public class DocumentSubmissions {

  @Inject DocumentStore store;
  @Inject SubmissionRecords records;
  @Inject AnalysisRepository analyses;
  @Inject DocumentRepository documents;
  @Inject IdempotencyKeys keys;
  @Inject Logger log;

  @Inject
  @ConfigProperty(name = "fairpact.analysis.heavy-threshold-bytes", defaultValue = "5242880")
  long heavyThresholdBytes;

  public SubmissionOutcome submit(SubmitDocument command) {
    if (command.idempotencyKey().isPresent()) {
      Optional<Analysis> earlier;
      try {
        earlier = earlier(command);
      } catch (RuntimeException e) {
        log.log(Level.WARNING, "idempotency key lookup failed", e);
        return databaseUnavailable();
      }
      if (earlier.isPresent()) {
        return replayOrRefuse(earlier.get(), command);
      }
    }
    if (command.sizeBytes() == 0) {
      return new SubmissionRefused(Reason.EMPTY_DOCUMENT, "the request body is empty");
    }
    Optional<DocumentType> type = DocumentTypes.detect(command.file());
    if (type.isEmpty()) {
      return new SubmissionRefused(
          Reason.UNSUPPORTED_DOCUMENT_TYPE,
          "accepted types: PDF, DOCX, PNG, JPEG, TIFF, UTF-8 plain text");
    }
    UUID documentId = UUID.randomUUID();
    StoredContent content;
    try {
      content =
          store.put(
              documentId,
              command.file(),
              command.sha256(),
              command.sizeBytes(),
              type.get().mediaType());
    } catch (IOException | RuntimeException e) {
      log.log(Level.WARNING, "object store refused an upload", e);
      return new SubmissionRefused(
          Reason.STORE_UNAVAILABLE, "the document store is unavailable; retry later");
    }
    try {
      Analysis analysis =
          records.record(documentId, command, content, type.get(), queueFor(command, type.get()));
      return new Submission(analysis, false);
    } catch (EJBException | PersistenceException e) {
      deleteQuietly(content);
      // A concurrent retry with the same idempotency key may have won the unique index.
      if (command.idempotencyKey().isPresent()) {
        Optional<Analysis> winner = earlierQuietly(command);
        if (winner.isPresent()) {
          return replayOrRefuse(winner.get(), command);
        }
      }
      log.log(Level.WARNING, "submission could not be recorded", e);
      return databaseUnavailable();
    }
  }

  private static SubmissionRefused databaseUnavailable() {
    return new SubmissionRefused(
        Reason.DATABASE_UNAVAILABLE, "the document could not be queued; retry later");
  }

  /**
   * The earlier analysis answers a retry of the same bytes; other bytes under the same key are a
   * client's mistake that a replay would hide.
   */
  private SubmissionOutcome replayOrRefuse(Analysis earlier, SubmitDocument command) {
    boolean sameBytes =
        documents
            .find(earlier.documentId())
            .map(document -> document.sha256().equals(command.sha256()))
            .orElse(false);
    if (sameBytes) {
      return new Submission(earlier, true);
    }
    return new SubmissionRefused(
        Reason.IDEMPOTENCY_KEY_REUSED,
        "Idempotency-Key '"
            + command.idempotencyKey().orElse("")
            + "' was used for other bytes (analysis "
            + earlier.id()
            + "); send a new key for a new document");
  }

  /** The analysis the key names, unless the key has expired. */
  private Optional<Analysis> earlier(SubmitDocument command) {
    OffsetDateTime now = OffsetDateTime.now();
    return analyses
        .findByIdempotencyKey(command.tenant(), command.idempotencyKey().get())
        .filter(analysis -> !keys.expired(analysis.queuedAt(), now));
  }

  private Optional<Analysis> earlierQuietly(SubmitDocument command) {
    try {
      return earlier(command);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The bytes of a submission that was not recorded belong to no document. */
  private void deleteQuietly(StoredContent content) {
    try {
      store.delete(content.storageKey());
    } catch (IOException | RuntimeException e) {
      log.log(Level.FINE, "object of an unrecorded submission left: " + content.storageKey(), e);
    }
  }

  private AnalysisQueue queueFor(SubmitDocument command, DocumentType type) {
    boolean heavy = type == DocumentType.IMAGE || command.sizeBytes() > heavyThresholdBytes;
    return heavy ? AnalysisQueue.HEAVY : AnalysisQueue.FAST;
  }
}
