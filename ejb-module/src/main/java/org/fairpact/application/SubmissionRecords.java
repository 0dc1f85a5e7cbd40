package org.fairpact.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.logging.Logger;
import org.fairpact.analysis.extraction.DocumentType;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.AnalysisQueue;
import org.fairpact.domain.model.analysis.AnalysisRepository;
import org.fairpact.domain.model.document.Document;
import org.fairpact.domain.model.document.DocumentRepository;
import org.fairpact.domain.model.document.StoredContent;

/**
 * Records an accepted submission in one local database transaction: the document, its analysis and
 * the analysis request (written to the outbox, published after the commit). No broker takes part,
 * so no two-phase commit stands between an upload and its answer. An expired Idempotency-Key is
 * released from its old analysis in the same transaction, so that the unique key may name the new
 * one.
 */
@Stateless
public class SubmissionRecords {

  @Inject DocumentRepository documents;
  @Inject AnalysisRepository analyses;
  @Inject AnalysisRequests requests;
  @Inject IdempotencyKeys keys;
  @Inject Logger log;

  public Analysis record(
      UUID documentId,
      SubmitDocument command,
      StoredContent content,
      DocumentType type,
      AnalysisQueue queue) {
    OffsetDateTime now = OffsetDateTime.now();
    command
        .idempotencyKey()
        .ifPresent(
            key -> analyses.releaseIdempotencyKey(command.tenant(), key, keys.expiredBefore(now)));
    Document document =
        new Document(documentId, command.tenant(), content, command.filename(), type, now);
    documents.store(document);
    Analysis analysis =
        new Analysis(
            document.id(),
            command.tenant(),
            queue,
            command.languageHint().orElse(null),
            command.idempotencyKey().orElse(null),
            now);
    analyses.store(analysis);
    requests.send(new AnalysisRequest(analysis.id(), document.id(), command.tenant(), queue));
    log.fine(
        () ->
            String.format(
                "analysis=%s queued on %s (document=%s, %s, %d bytes)",
                analysis.id(), queue.address(), document.id(), type, document.sizeBytes()));
    return analysis;
  }
}
