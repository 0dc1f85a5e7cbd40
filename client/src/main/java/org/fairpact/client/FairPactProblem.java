package org.fairpact.client;

import java.net.URI;
import java.util.Optional;

/**
 * An error answer of the API: its RFC 9457 problem details ({@code type} is stable: switch on
 * {@link #slug()}), and {@code Retry-After} where the server sent one (429, 503). An answer that is
 * not problem+json (e.g. a proxy's error page) has type {@code about:blank} and its status.
 */
public class FairPactProblem extends RuntimeException {

  /** The base of every problem type the API answers. */
  public static final String TYPE_BASE = "https://fairpact.dev/problems/";

  private static final long serialVersionUID = 1L;

  private final URI type;
  private final String title;
  private final int status;
  private final String detail;
  private final Long retryAfterSeconds;

  public FairPactProblem(URI type, String title, int status, String detail, Long retryAfter) {
    super(status + " " + type + (detail == null ? "" : ": " + detail));
    this.type = type;
    this.title = title;
    this.status = status;
    this.detail = detail;
    this.retryAfterSeconds = retryAfter;
  }

  public URI type() {
    return type;
  }

  /** The last part of a FairPact problem type ({@code not-found}), else the whole type. */
  public String slug() {
    String text = type.toString();
    return text.startsWith(TYPE_BASE) ? text.substring(TYPE_BASE.length()) : text;
  }

  public String title() {
    return title;
  }

  public int status() {
    return status;
  }

  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  public Optional<Long> retryAfterSeconds() {
    return Optional.ofNullable(retryAfterSeconds);
  }
}
