package org.fairpact.application.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.application.ClauseSyncs;

/**
 * The daily clause sync ({@code fairpact.sync.schedule}, default 03:00) from {@code
 * fairpact.sync.source} (default: the bundled snapshot). If a sync is still running the slot is
 * done without starting another; the outcome names the execution it started.
 */
@ApplicationScoped
public class ClauseSyncWork implements ScheduledWork {

  public static final String NAME = "clause-sync";

  @Inject ClauseSyncs syncs;

  @Inject
  @ConfigProperty(name = "fairpact.sync.schedule", defaultValue = "03:00")
  String schedule;

  @Inject
  @ConfigProperty(name = "fairpact.sync.source")
  Optional<String> source;

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
    try {
      return "started execution " + syncs.start(source);
    } catch (ClauseSyncs.ClauseSyncRunningException running) {
      return "skipped: execution " + running.executionId() + " still running";
    }
  }
}
