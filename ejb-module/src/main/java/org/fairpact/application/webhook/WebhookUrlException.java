package org.fairpact.application.webhook;

/** A webhook URL that is malformed, or well-formed but not allowed by the policy. */
public class WebhookUrlException extends Exception {

  private final boolean malformed;

  public WebhookUrlException(boolean malformed, String message) {
    super(message);
    this.malformed = malformed;
  }

  /** True: not a usable URL at all; false: a URL the policy refuses. */
  public boolean malformed() {
    return malformed;
  }
}
