package org.fairpact.application.webhook;

import java.time.OffsetDateTime;

/** What became of one attempt. */
public record AttemptResult(
    Outcome outcome, OffsetDateTime at, Integer httpStatus, String error, long durationMs) {

  public enum Outcome {
    /** The receiver answered 2xx. */
    DELIVERED,
    /** The receiver answered, with another status (redirects are not followed). */
    REJECTED,
    /** No answer: connection refused or reset, timeout, TLS failure. */
    UNREACHABLE,
    /** No request made: the URL's host now resolves to an address webhooks may not reach. */
    REFUSED;

    /** The label of the attempt metric. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static AttemptResult answered(OffsetDateTime at, int status, long durationMs) {
    return new AttemptResult(
        status >= 200 && status < 300 ? Outcome.DELIVERED : Outcome.REJECTED,
        at,
        status,
        null,
        durationMs);
  }

  public static AttemptResult failed(
      Outcome outcome, OffsetDateTime at, String error, long durationMs) {
    return new AttemptResult(outcome, at, null, error, durationMs);
  }

  public boolean delivered() {
    return outcome == Outcome.DELIVERED;
  }
}
