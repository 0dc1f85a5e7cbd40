package org.fairpact.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.domain.model.scheduling.Schedule;

/**
 * How long an Idempotency-Key names the analysis it created ({@code fairpact.idempotency.ttl},
 * ISO-8601 like {@code PT24H} or the short form {@code 24h}; default 24 hours), counted from the
 * submission that used it first. Within that time the same key with the same bytes answers that
 * analysis and with other bytes is refused; after it the key is free and creates a new analysis.
 */
@ApplicationScoped
public class IdempotencyKeys {

  @Inject
  @ConfigProperty(name = "fairpact.idempotency.ttl", defaultValue = "PT24H")
  String ttlText;

  private Duration ttl;

  @PostConstruct
  void init() {
    ttl = ttl(ttlText);
  }

  /** Analyses queued before this instant no longer answer to their keys. */
  public OffsetDateTime expiredBefore(OffsetDateTime now) {
    return now.minus(ttl);
  }

  /** Whether a key first used at {@code usedAt} has expired at {@code now}. */
  public boolean expired(OffsetDateTime usedAt, OffsetDateTime now) {
    return usedAt.isBefore(expiredBefore(now));
  }

  /** The configured time to live, refused at start if it is no positive duration. */
  static Duration ttl(String text) {
    try {
      return Schedule.duration(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("fairpact.idempotency.ttl: " + e.getMessage(), e);
    }
  }
}
