package org.fairpact.application.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.application.DocumentRetention;

/**
 * Purges documents past their tenant's retention period ({@code fairpact.retention.schedule},
 * default every hour), on one instance per slot.
 */
@ApplicationScoped
public class RetentionWork implements ScheduledWork {

  public static final String NAME = "document-retention";

  @Inject DocumentRetention retention;

  @Inject
  @ConfigProperty(name = "fairpact.retention.schedule", defaultValue = "every 1h")
  String schedule;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String configuredSchedule() {
    return schedule;
  }

  @Override
  public String run(Instant slot) {
    return retention.purge(slot);
  }
}
