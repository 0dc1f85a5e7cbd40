/**
 * Webhooks as use cases: registering a tenant's endpoint (with the URL policy that keeps deliveries
 * away from loopback, private, link-local and metadata addresses), queueing a delivery in the
 * transaction that records an analysis outcome, and the transactional steps of an attempt (claim,
 * record, retry or give up). Sending over HTTP is infrastructure's ({@code
 * org.fairpact.infrastructure.webhook}). Depends on the domain model.
 */
package org.fairpact.application.webhook;
