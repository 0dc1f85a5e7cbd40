package org.fairpact.application.webhook;

/**
 * An attempt a deliverer has claimed: what to send where, signed with which secret ({@code null}
 * when this instance cannot open the stored secret: nothing is sent then). Its delivery stays
 * leased to this deliverer until the attempt is recorded or the lease ends.
 */
public record ClaimedAttempt(
    long deliveryId, String messageId, int number, String url, String secret, String payload) {

  @Override
  public String toString() {
    return messageId + " attempt " + number + " to " + url;
  }
}
