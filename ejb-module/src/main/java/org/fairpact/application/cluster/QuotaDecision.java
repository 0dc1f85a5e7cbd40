package org.fairpact.application.cluster;

import java.time.Duration;

/**
 * Whether an upload may proceed under the tenant's quota. {@code enforced} is false when the grid
 * could not be asked: the upload then proceeds without a limit.
 */
public record QuotaDecision(
    boolean allowed, boolean enforced, int limit, long used, Duration retryAfter) {

  static QuotaDecision unenforced(int limit) {
    return new QuotaDecision(true, false, limit, 0, Duration.ZERO);
  }
}
