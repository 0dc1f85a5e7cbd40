package org.fairpact.application.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.application.ClauseSyncReaper;

/**
 * Marks the clause syncs of dead instances ABANDONED ({@code fairpact.sync.reaper.schedule},
 * default every minute), on one instance per slot.
 */
@ApplicationScoped
public class ClauseSyncReaperWork implements ScheduledWork {

  public static final String NAME = "clause-sync-reaper";

  @Inject ClauseSyncReaper reaper;

  @Inject
  @ConfigProperty(name = "fairpact.sync.reaper.schedule", defaultValue = "every 1m")
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
    return reaper.reap();
  }
}
