package org.fairpact.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.analysis.AnalysisResult;
import org.fairpact.analysis.extraction.OcrNeededException;
import org.fairpact.analysis.matching.Language;
import org.fairpact.application.webhook.AnalysisWebhooks;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.AnalysisQueue;
import org.fairpact.domain.model.analysis.AnalysisRepository;
import org.fairpact.domain.model.analysis.Finding;
import org.fairpact.domain.model.document.Document;
import org.fairpact.domain.model.document.DocumentRepository;

/**
 * Processes one analysis request inside the consumer's transaction. Findings and the COMPLETED
 * status commit together with the message acknowledgement; an unexpected failure propagates so the
 * transaction rolls back and the broker redelivers the request. Attempts are the application's own
 * count of processing starts ({@code fairpact.analysis.max-attempts}), not the broker's deliveries:
 * a delivery rolled back by an instance that is shutting down costs none. After the last attempt
 * the analysis is FAILED and its request parked in the dead-letter queue in one transaction, and
 * the consumer's transaction rolls back (so nothing of the failed attempt commits); the redelivery
 * that follows finds the analysis finished and is acknowledged. The broker's own
 * max-delivery-attempts stays far above the application's, a backstop for requests no instance can
 * even start. A request of an analysis erased meanwhile (its document deleted) is dropped wherever
 * the worker notices: before it starts, when it would write the outcome, or when the attempt fails
 * because the bytes or rows it reads are gone.
 */
@Stateless
public class AnalysisProcessor {

  @Inject AnalysisRepository analyses;
  @Inject DocumentRepository documents;
  @Inject DocumentStore store;
  @Inject ContractAnalysis engine;
  @Inject AnalysisProgress progress;
  @Inject AnalysisOutcomes outcomes;
  @Inject AnalysisRequests requests;
  @Inject AnalysisWebhooks webhooks;
  @Resource TransactionSynchronizationRegistry transactions;
  @Inject Logger log;

  @Inject
  @ConfigProperty(name = "fairpact.analysis.max-attempts", defaultValue = "5")
  int maxAttempts;

  @Resource SessionContext session;

  public void process(AnalysisRequest request) {
    Optional<Analysis> started = progress.start(request.analysisId());
    if (started.isEmpty()) {
      log.info(
          () ->
              "analysis=" + request.analysisId() + " already finished or erased; request dropped");
      return;
    }
    int attempt = started.get().attempts();
    try {
      analyse(started.get(), attempt);
    } catch (DocumentDefectException defect) {
      log.info(
          () ->
              "analysis="
                  + request.analysisId()
                  + " failed ("
                  + defect.code()
                  + "): "
                  + defect.getMessage());
      progress.failOfDefect(request.analysisId(), defect.getMessage(), defect.code());
      outcomes.failed(started.get());
    } catch (RuntimeException failure) {
      if (progress.isErased(request.analysisId())) {
        // its document was deleted while it ran (the bytes or rows it read are gone)
        log.info(() -> "analysis=" + request.analysisId() + " erased while running; dropped");
        return;
      }
      String reason = reasonOf(failure);
      log.log(
          Level.WARNING,
          failure,
          () ->
              String.format(
                  "analysis=%s attempt %d/%d failed: %s",
                  request.analysisId(), attempt, maxAttempts, failure));
      if (attempt >= maxAttempts) {
        progress.giveUp(request, "gave up after " + attempt + " attempts: " + reason);
        outcomes.failed(started.get());
        session.setRollbackOnly();
        return;
      }
      progress.attemptFailed(request.analysisId(), reason);
      throw failure;
    }
  }

  private void analyse(Analysis analysis, int attempt) throws DocumentDefectException {
    Document document =
        documents
            .find(analysis.documentId())
            .orElseThrow(() -> new IllegalStateException("document " + analysis.documentId()));
    Path file = download(document);
    try {
      Optional<Language> hint =
          analysis.languageHint().map(code -> Language.valueOf(code.toUpperCase()));
      ProgressReporter reporter = new ProgressReporter(progress, analysis.id());
      AnalysisResult result;
      if (analysis.queue() == AnalysisQueue.FAST) {
        try {
          result = engine.analyseWithoutOcr(file, document.type(), hint, reporter);
        } catch (OcrNeededException needed) {
          forwardToHeavy(analysis);
          return;
        }
      } else {
        result = engine.analyse(file, document.type(), hint, reporter);
      }
      Optional<Analysis> unerased = analyses.find(analysis.id());
      if (unerased.isEmpty()) {
        log.info(() -> "analysis=" + analysis.id() + " erased while running; dropped");
        return;
      }
      List<Finding> findings = FindingMapper.toFindings(analysis.id(), result);
      analyses.replaceFindings(analysis.id(), findings);
      Analysis current = unerased.get();
      current.complete(
          result.language().name().toLowerCase(),
          result.clauses().size(),
          findings.size(),
          result.documentRisk(),
          classifiedBy(result),
          OffsetDateTime.now());
      webhooks.finished(current);
      outcomes.completed(current, findings);
      String completed =
          String.format(
              "analysis=%s completed on attempt %d: %d clauses, %d findings",
              analysis.id(), attempt, result.clauses().size(), findings.size());
      // logged once the completion has committed: an attempt whose transaction rolls back (the
      // broker gone at commit) is not a completion, and its redelivery completes it
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                log.info(completed);
              } else {
                log.info(() -> completed.replace(" completed on ", " rolled back on "));
              }
            }
          });
    } finally {
      deleteQuietly(file);
    }
  }

  /**
   * The fast worker reads text layers only. A document with a page only OCR can read is forwarded,
   * in the consumer's transaction: the analysis goes back to QUEUED on the heavy queue and its
   * request is forwarded there, both committed with the acknowledgement of the fast request.
   */
  private void forwardToHeavy(Analysis analysis) {
    Optional<Analysis> unerased = analyses.find(analysis.id());
    if (unerased.isEmpty()) {
      log.info(() -> "analysis=" + analysis.id() + " erased while running; dropped");
      return;
    }
    Analysis current = unerased.get();
    current.forwardTo(AnalysisQueue.HEAVY, OffsetDateTime.now());
    requests.forwardToHeavy(
        new AnalysisRequest(
            current.id(), current.documentId(), current.tenant(), AnalysisQueue.FAST));
    log.info(() -> "analysis=" + analysis.id() + " needs OCR; forwarded to analysis.heavy");
  }

  /** The version of the model that classified the clauses, null if none did. */
  private String classifiedBy(AnalysisResult result) {
    ModelStatus model = engine.model();
    String language = result.language().name().toLowerCase();
    return model.classifying().contains(language) ? model.version().orElse(null) : null;
  }

  private Path download(Document document) {
    try {
      Path file = Files.createTempFile("fairpact-analysis-", ".bin");
      store.fetch(document.storageKey(), file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + document.storageKey() + ": " + e, e);
    }
  }

  private void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.log(Level.FINE, "temp file left behind: " + file, e);
    }
  }

  /**
   * What an analysis records of a failed attempt: the kind of the root failure only. Its message
   * may quote the document (a parser's complaint about an element, say) and goes to the log.
   */
  static String reasonOf(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName();
  }
}
