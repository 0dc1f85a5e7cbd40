/**
 * Sending webhooks: the deliverer every instance runs (claims due attempts, sends them on a bounded
 * pool of its own threads, apart from the analysis workers) and the HTTP side of an attempt
 * (Standard Webhooks headers and signature, timeouts, no redirects). Implements what {@code
 * org.fairpact.application.webhook} leaves to infrastructure.
 */
package org.fairpact.infrastructure.webhook;
