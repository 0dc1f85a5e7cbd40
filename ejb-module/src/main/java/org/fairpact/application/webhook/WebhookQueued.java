package org.fairpact.application.webhook;

/**
 * A delivery was queued; observed once its transaction has committed, so that this instance's
 * deliverer sends it at once instead of at its next poll.
 */
public record WebhookQueued(String messageId) {}
