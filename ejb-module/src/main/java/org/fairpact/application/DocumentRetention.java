package org.fairpact.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.domain.model.document.DocumentRepository;
import org.fairpact.domain.model.event.SystemEvent;

/**
 * Purges the documents older than their tenant's retention period ({@link RetentionPolicy}), each
 * erased as a DELETE erases it ({@link DocumentErasures}, one transaction per document), at most
 * {@code fairpact.retention.batch-size} (1000) per run; the rest waits for the next run. Each run
 * records one {@code RETENTION_PURGED} event with, per tenant that has a period, the period, the
 * cutoff and the number purged.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DocumentRetention {

  static final String BY = "retention";

  @Inject DocumentRepository documents;
  @Inject DocumentErasures erasures;
  @Inject RetentionPolicy policy;
  @Inject SystemEvents events;
  @Inject Logger log;

  @Inject
  @ConfigProperty(name = "fairpact.retention.batch-size", defaultValue = "1000")
  int batchSize;

  /** One run for the slot; returns a one-line outcome. */
  public String purge(Instant slot) {
    OffsetDateTime now = OffsetDateTime.now();
    JsonObjectBuilder tenants = Json.createObjectBuilder();
    int budget = batchSize;
    int purgedTotal = 0;
    int failed = 0;
    int misconfigured = 0;
    for (String tenant : documents.tenants()) {
      Optional<Duration> period;
      try {
        period = policy.periodFor(tenant);
      } catch (IllegalArgumentException e) {
        misconfigured++;
        log.warning(() -> "retention of tenant " + tenant + ": " + e.getMessage() + "; skipped");
        tenants.add(tenant, Json.createObjectBuilder().add("error", e.getMessage()));
        continue;
      }
      if (period.isEmpty()) {
        continue;
      }
      OffsetDateTime cutoff = now.minus(period.get());
      int purged = 0;
      List<UUID> due = budget > 0 ? documents.createdBefore(tenant, cutoff, budget) : List.of();
      for (UUID document : due) {
        try {
          if (erasures.erase(document, Optional.of(tenant), BY, BY).isPresent()) {
            purged++;
          }
        } catch (RuntimeException e) {
          failed++;
          log.log(Level.WARNING, e, () -> "retention: document=" + document + " not erased");
        }
      }
      budget -= due.size();
      purgedTotal += purged;
      tenants.add(
          tenant,
          Json.createObjectBuilder()
              .add("period", period.get().toString())
              .add("cutoff", cutoff.toInstant().toString())
              .add("purged", purged));
    }
    events.record(
        SystemEvent.RETENTION_PURGED,
        slot.toString(),
        Json.createObjectBuilder()
            .add("tenants", tenants)
            .add("purged", purgedTotal)
            .add("failed", failed)
            .add("more", budget <= 0)
            .build()
            .toString());
    return String.format(
        "purged %d documents, errors %d, tenants misconfigured %d%s",
        purgedTotal, failed, misconfigured, budget <= 0 ? "; more left for the next run" : "");
  }
}
