package org.fairpact.application.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.application.AnalysisReaper;

/** Requeues stuck analyses ({@code fairpact.reaper.schedule}, default every minute). */
@ApplicationScoped
public class AnalysisReaperWork implements ScheduledWork {

  public static final String NAME = "analysis-reaper";

  @Inject AnalysisReaper reaper;

  @Inject
  @ConfigProperty(name = "fairpact.reaper.schedule", defaultValue = "every 1m")
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
    return reaper.reap().toString();
  }
}
