package org.fairpact.domain.model.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * One analysis job of one document. Invariant: once COMPLETED or FAILED nothing changes, so a
 * redelivered request message for a finished analysis is a no-op; the one exception is an admin's
 * {@link #replay} of a FAILED analysis, which starts it afresh under a new request.
 */
@Entity
@Table(name = "analysis")
@NamedQuery(
    name = "Analysis.byIdAndTenant",
    query = "SELECT a FROM Analysis a WHERE a.id = :id AND a.tenant = :tenant")
@NamedQuery(
    name = "Analysis.byIdempotencyKey",
    query = "SELECT a FROM Analysis a WHERE a.tenant = :tenant AND a.idempotencyKey = :key")
@NamedQuery(
    name = "Analysis.releaseIdempotencyKey",
    query =
        "UPDATE Analysis a SET a.idempotencyKey = NULL WHERE a.tenant = :tenant"
            + " AND a.idempotencyKey = :key AND a.queuedAt < :cutoff")
@NamedQuery(
    name = "Analysis.countsByStatus",
    query = "SELECT a.status, count(a) FROM Analysis a GROUP BY a.status")
@NamedQuery(
    name = "Analysis.stuck",
    query =
        "SELECT a FROM Analysis a WHERE a.status = org.fairpact.domain.model.analysis"
            + ".AnalysisStatus.PROCESSING AND COALESCE(a.heartbeatAt, a.startedAt) < :cutoff"
            + " ORDER BY a.queuedAt")
public class Analysis {

  private static final int MAX_REASON_LENGTH = 2000;

  @Id private UUID id;

  @Column(name = "document_id", nullable = false)
  private UUID documentId;

  @Column(nullable = false)
  private String tenant;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AnalysisStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AnalysisQueue queue;

  @Column(name = "language_hint")
  private String languageHint;

  private String language;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "clauses_total")
  private Integer clausesTotal;

  @Column(name = "clauses_done", nullable = false)
  private int clausesDone;

  @Column(name = "findings_count")
  private Integer findingsCount;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "failure_reason")
  private String failureReason;

  /**
   * The stable code of the defect it FAILED of (e.g. {@code too-many-pages}); null while not
   * failed, and for failures that were no defect of the document (attempts exhausted).
   */
  @Column(name = "failure_code")
  private String failureCode;

  @Column(name = "queued_at", nullable = false)
  private OffsetDateTime queuedAt;

  @Column(name = "started_at")
  private OffsetDateTime startedAt;

  @Column(name = "completed_at")
  private OffsetDateTime completedAt;

  /** The last sign of life of whoever processes it: set on every start and progress report. */
  @Column(name = "heartbeat_at")
  private OffsetDateTime heartbeatAt;

  @Column(nullable = false)
  private int requeues;

  /** How often an admin replayed it after it FAILED; part of each replay's request id. */
  @Column(nullable = false)
  private int replays;

  /** The document's risk score in [0, 1], set on completion. */
  @Column(name = "document_risk")
  private Double documentRisk;

  /** The clause model that classified the document's clauses; null: register evidence alone. */
  @Column(name = "model_version")
  private String modelVersion;

  @Version private long version;

  protected Analysis() {}

  public Analysis(
      UUID documentId,
      String tenant,
      AnalysisQueue queue,
      String languageHint,
      String idempotencyKey,
      OffsetDateTime queuedAt) {
    this.id = UUID.randomUUID();
    this.documentId = documentId;
    this.tenant = tenant;
    this.queue = queue;
    this.languageHint = languageHint;
    this.idempotencyKey = idempotencyKey;
    this.status = AnalysisStatus.QUEUED;
    this.queuedAt = queuedAt;
  }

  /**
   * Records that a consumer picked the request up and begins an attempt (again, on redelivery).
   * Attempts count the times processing really began, not the broker's deliveries: a delivery that
   * an instance rolled back before processing (while shutting down) costs no attempt.
   *
   * @return the number of this attempt, from 1
   */
  public int start(OffsetDateTime now) {
    requireUnfinished();
    status = AnalysisStatus.PROCESSING;
    attempts++;
    if (startedAt == null) {
      startedAt = now;
    }
    heartbeatAt = now;
    clausesDone = 0;
    return attempts;
  }

  public void progress(int done, int total, OffsetDateTime now) {
    requireUnfinished();
    clausesDone = done;
    clausesTotal = total;
    heartbeatAt = now;
  }

  /**
   * Whether it sits in PROCESSING with no sign of life since {@code cutoff}: its worker died or
   * hangs, or its request message is gone.
   */
  public boolean isStuck(OffsetDateTime cutoff) {
    if (status != AnalysisStatus.PROCESSING) {
      return false;
    }
    OffsetDateTime lastSign = heartbeatAt != null ? heartbeatAt : startedAt;
    return lastSign == null || lastSign.isBefore(cutoff);
  }

  /**
   * Puts a stuck analysis (or one whose request the broker dead-lettered) back to QUEUED for a
   * fresh request message.
   *
   * @return the number of this requeue, part of the new message's duplicate-detection id
   */
  public int requeue(OffsetDateTime now) {
    requireUnfinished();
    status = AnalysisStatus.QUEUED;
    heartbeatAt = now;
    clausesDone = 0;
    return ++requeues;
  }

  /**
   * Sends an analysis that a fast worker began to another queue (its document turned out to need
   * OCR): QUEUED again, and the look the fast worker took costs no attempt.
   */
  public void forwardTo(AnalysisQueue target, OffsetDateTime now) {
    requireUnfinished();
    queue = target;
    status = AnalysisStatus.QUEUED;
    attempts = Math.max(0, attempts - 1);
    heartbeatAt = now;
  }

  /**
   * Starts a FAILED analysis afresh (an admin's replay, once its cause is fixed): QUEUED with a
   * full budget of attempts and no failure; only a FAILED analysis can be replayed.
   *
   * @return the number of this replay, part of the new request's duplicate-detection id
   */
  public int replay(OffsetDateTime now) {
    if (status != AnalysisStatus.FAILED) {
      throw new IllegalStateException("analysis " + id + " is " + status + ", not FAILED");
    }
    status = AnalysisStatus.QUEUED;
    attempts = 0;
    failureReason = null;
    failureCode = null;
    startedAt = null;
    completedAt = null;
    heartbeatAt = now;
    clausesDone = 0;
    return ++replays;
  }

  public void complete(String detectedLanguage, int clauses, int findings, OffsetDateTime now) {
    requireUnfinished();
    status = AnalysisStatus.COMPLETED;
    language = detectedLanguage;
    clausesTotal = clauses;
    clausesDone = clauses;
    findingsCount = findings;
    failureReason = null;
    completedAt = now;
  }

  /**
   * Completes the analysis with its document risk score and the model that classified its clauses.
   *
   * @param documentRisk the chance that at least one finding is really abusive, in [0, 1]
   * @param modelVersion the model's version; null when no classifier judged the clauses
   */
  public void complete(
      String detectedLanguage,
      int clauses,
      int findings,
      double documentRisk,
      String modelVersion,
      OffsetDateTime now) {
    complete(detectedLanguage, clauses, findings, now);
    this.documentRisk = documentRisk;
    this.modelVersion = modelVersion;
  }

  public void fail(String reason, OffsetDateTime now) {
    requireUnfinished();
    status = AnalysisStatus.FAILED;
    failureReason = truncate(reason);
    completedAt = now;
  }

  /**
   * Fails the analysis because its document is defective.
   *
   * @param code the defect's stable code, e.g. {@code too-many-pages}
   */
  public void failOfDefect(String reason, String code, OffsetDateTime now) {
    fail(reason, now);
    failureCode = code;
  }

  /** Notes why the last attempt failed while the broker still has attempts left. */
  public void attemptFailed(String reason) {
    failureReason = truncate(reason);
  }

  public int progressPercent() {
    if (status == AnalysisStatus.COMPLETED) {
      return 100;
    }
    if (clausesTotal == null || clausesTotal == 0) {
      return 0;
    }
    return Math.min(99, clausesDone * 100 / clausesTotal);
  }

  public Optional<Duration> processingTime() {
    if (startedAt == null || completedAt == null) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(startedAt, completedAt));
  }

  private void requireUnfinished() {
    if (status.isFinished()) {
      throw new IllegalStateException("analysis " + id + " is already " + status);
    }
  }

  private static String truncate(String reason) {
    if (reason == null || reason.length() <= MAX_REASON_LENGTH) {
      return reason;
    }
    return reason.substring(0, MAX_REASON_LENGTH);
  }

  public UUID id() {
    return id;
  }

  public UUID documentId() {
    return documentId;
  }

  public String tenant() {
    return tenant;
  }

  public AnalysisStatus status() {
    return status;
  }

  public AnalysisQueue queue() {
    return queue;
  }

  public Optional<String> languageHint() {
    return Optional.ofNullable(languageHint);
  }

  public Optional<String> language() {
    return Optional.ofNullable(language);
  }

  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  public Optional<Integer> clausesTotal() {
    return Optional.ofNullable(clausesTotal);
  }

  public int clausesDone() {
    return clausesDone;
  }

  public Optional<Integer> findingsCount() {
    return Optional.ofNullable(findingsCount);
  }

  public int attempts() {
    return attempts;
  }

  public Optional<String> failureReason() {
    return Optional.ofNullable(failureReason);
  }

  public Optional<String> failureCode() {
    return Optional.ofNullable(failureCode);
  }

  public OffsetDateTime queuedAt() {
    return queuedAt;
  }

  public Optional<OffsetDateTime> startedAt() {
    return Optional.ofNullable(startedAt);
  }

  public Optional<OffsetDateTime> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  public Optional<OffsetDateTime> heartbeatAt() {
    return Optional.ofNullable(heartbeatAt);
  }

  public int requeues() {
    return requeues;
  }

  public int replays() {
    return replays;
  }

  public Optional<Double> documentRisk() {
    return Optional.ofNullable(documentRisk);
  }

  public Optional<String> modelVersion() {
    return Optional.ofNullable(modelVersion);
  }
}
