package org.fairpact.domain.model.webhook;

/** Where a delivery stands: still to be (re)tried, acknowledged with a 2xx, or given up. */
public enum DeliveryStatus {
  PENDING,
  DELIVERED,
  FAILED
}
