package org.fairpact.interfaces.rest;

import jakarta.ws.rs.core.Response.Status;

/**
 * The stable problem types of the API (RFC 9457). The type URI and title of each never change;
 * clients may switch on them.
 */
public enum Problem {
  UNAUTHORIZED("unauthorized", "Authentication required", 401),
  FORBIDDEN("forbidden", "Not allowed", 403),
  MISSING_TENANT("missing-tenant", "Token carries no tenant", 403),
  NOT_FOUND("not-found", "Resource not found", 404),
  METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
  EMPTY_DOCUMENT("empty-document", "The document is empty", 400),
  INVALID_REQUEST("invalid-request", "The request is invalid", 400),
  INVALID_CHARACTERS("invalid-characters", "The request contains control characters", 400),
  SOURCE_NOT_ALLOWED("source-not-allowed", "The sync source is not allowed", 400),
  INVALID_WEBHOOK_URL("invalid-webhook-url", "The webhook URL is invalid", 400),
  WEBHOOK_URL_NOT_ALLOWED("webhook-url-not-allowed", "The webhook URL is not allowed", 400),
  UNSUPPORTED_DOCUMENT_TYPE("unsupported-document-type", "Unsupported document type", 415),
  DOCUMENT_TOO_LARGE("document-too-large", "The document is too large", 413),
  NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
  CONFLICT("conflict", "Conflict", 409),
  ANALYSIS_NOT_COMPLETED("analysis-not-completed", "The analysis has not completed", 409),
  CLAUSE_SYNC_NOT_RUNNING("clause-sync-not-running", "The clause sync is not running", 409),
  CLAUSE_SYNC_NOT_RESTARTABLE(
      "clause-sync-not-restartable", "The clause sync cannot be restarted", 409),
  IDEMPOTENCY_KEY_REUSED(
      "idempotency-key-reused", "The Idempotency-Key was used for other bytes", 422),
  ANALYSIS_NOT_FAILED("analysis-not-failed", "Only a FAILED analysis can be replayed", 409),
  QUOTA_EXCEEDED("quota-exceeded", "Upload quota exceeded", 429),
  SERVICE_UNAVAILABLE("service-unavailable", "A backing service is unavailable", 503),
  INTERNAL("internal-error", "Internal error", 500);

  public static final String BASE_URI = "https://fairpact.dev/problems/";

  private final String slug;
  private final String title;
  private final int status;

  Problem(String slug, String title, int status) {
    this.slug = slug;
    this.title = title;
    this.status = status;
  }

  /** The last part of the type URI, e.g. {@code not-found}: a bounded label for metrics. */
  public String slug() {
    return slug;
  }

  public String type() {
    return BASE_URI + slug;
  }

  public String title() {
    return title;
  }

  public int status() {
    return status;
  }

  public static Problem forStatus(int status) {
    for (Problem problem : values()) {
      if (problem.status == status
          && problem != MISSING_TENANT
          && problem != EMPTY_DOCUMENT
          && problem != IDEMPOTENCY_KEY_REUSED) {
        return problem;
      }
    }
    return Status.Family.familyOf(status) == Status.Family.CLIENT_ERROR
        ? INVALID_REQUEST
        : INTERNAL;
  }
}
