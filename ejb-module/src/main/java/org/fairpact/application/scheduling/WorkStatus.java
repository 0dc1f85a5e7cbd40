package org.fairpact.application.scheduling;

import java.util.List;
import java.util.Optional;
import org.fairpact.domain.model.scheduling.ScheduledRun;

/**
 * A work's effective schedule (and where it comes from) with its latest runs, and what the timer of
 * the answering instance decided about the latest slots.
 */
public record WorkStatus(
    String work,
    String schedule,
    String configured,
    Optional<String> override,
    List<ScheduledRun> recentRuns,
    String instance,
    List<TickResult> ticksHere) {}
