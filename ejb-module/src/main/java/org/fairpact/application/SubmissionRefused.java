package org.fairpact.application;

/** A submission that was not accepted; nothing of it is stored. */
public record SubmissionRefused(Reason reason, String detail) implements SubmissionOutcome {

  /** Why a submission is refused. */
  public enum Reason {
    /** The upload has no bytes. */
    EMPTY_DOCUMENT,
    /**
     * The Idempotency-Key named an analysis of other bytes within its time to live: a client bug
     * that a replay of the first analysis would hide.
     */
    IDEMPOTENCY_KEY_REUSED,
    /** The bytes are of no supported type (decided by magic bytes). */
    UNSUPPORTED_DOCUMENT_TYPE,
    /** The object store did not take the bytes; the client may retry. */
    STORE_UNAVAILABLE,
    /** The database did not take the submission; the client may retry. */
    DATABASE_UNAVAILABLE
  }
}
