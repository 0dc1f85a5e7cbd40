package org.fairpact.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.AnalysisQueue;
import org.fairpact.domain.model.analysis.AnalysisRepository;
import org.fairpact.domain.model.document.Document;
import org.fairpact.domain.model.document.DocumentRepository;

/**
 * Accepts a stored document for analysis. The document row, the analysis row and the request
 * message are one unit of work: they commit together or not at all.
 */
@Stateless
public class DocumentSubmissions {

  @Inject DocumentRepository documents;
  @Inject AnalysisRepository analyses;
  @Inject AnalysisRequests requests;
  @Inject Logger log;

  @Inject
  @ConfigProperty(name = "fairpact.analysis.heavy-threshold-bytes", defaultValue = "5242880")
  long heavyThresholdBytes;

  public Submission submit(SubmitDocument command) {
    Optional<Analysis> earlier =
        command
            .idempotencyKey()
            .flatMap(key -> analyses.findByIdempotencyKey(command.tenant(), key));
    if (earlier.isPresent()) {
      return new Submission(earlier.get(), true);
    }
    OffsetDateTime now = OffsetDateTime.now();
    Document document =
        new Document(command.tenant(), command.content(), command.filename(), command.type(), now);
    documents.store(document);
    AnalysisQueue queue = queueFor(command);
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
    log.info(
        () ->
            String.format(
                "analysis=%s queued on %s (document=%s, %s, %d bytes)",
                analysis.id(),
                queue.address(),
                document.id(),
                document.type(),
                document.sizeBytes()));
    return new Submission(analysis, false);
  }

  /** Looks up the analysis an idempotent retry refers to (after a concurrent duplicate lost). */
  public Optional<Analysis> byIdempotencyKey(String tenant, String key) {
    return analyses.findByIdempotencyKey(tenant, key);
  }

  private AnalysisQueue queueFor(SubmitDocument command) {
    boolean heavy = command.needsOcr() || command.content().sizeBytes() > heavyThresholdBytes;
    return heavy ? AnalysisQueue.HEAVY : AnalysisQueue.FAST;
  }
}
