package org.fairpact.application.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.application.cluster.ClusterDirectory;
import org.fairpact.application.cluster.InstanceState;
import org.fairpact.domain.model.scheduling.Claim;
import org.fairpact.domain.model.scheduling.Schedule;
import org.fairpact.domain.model.scheduling.ScheduledRunRepository;

/**
 * Runs every {@link ScheduledWork} exactly once per slot across the cluster. Every instance ticks
 * (a timer that fires everywhere); at each tick each instance computes the due slot and claims it
 * in PostgreSQL; the one claim that succeeds runs the work and records the outcome. Nothing is
 * decided by timers or the data grid.
 *
 * <p>Crash safety: a claim is a row with a lease, not a held lock. If the owner dies before
 * finishing, the row stays unfinished and, once the lease has expired, the next tick of any
 * instance claims the slot again (at-least-once in that one case; the works tolerate it). A failed
 * work gives the slot up with a retry delay. A draining instance claims nothing.
 *
 * <p>Each instance remembers the latest answer per work so that, between slots, ticks cost no
 * database round trip; a manual {@link #trigger} asks the database regardless.
 */
@ApplicationScoped
public class ScheduledWorks {

  @Inject @Any Instance<ScheduledWork> works;
  @Inject ScheduledRunRepository ledger;
  @Inject ClusterDirectory cluster;
  @Inject InstanceState instance;
  @Inject Logger log;

  @Inject
  @ConfigProperty(name = "fairpact.schedule.zone", defaultValue = "system")
  String zoneName;

  @Inject
  @ConfigProperty(name = "fairpact.schedule.lease", defaultValue = "10m")
  String leaseText;

  @Inject
  @ConfigProperty(name = "fairpact.schedule.catch-up", defaultValue = "1h")
  String catchUpText;

  @Inject
  @ConfigProperty(name = "fairpact.schedule.retry-after", defaultValue = "1m")
  String retryAfterText;

  @Inject
  @ConfigProperty(name = "fairpact.schedule.keep", defaultValue = "7d")
  String keepText;

  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
  private final RecentTicks recentTicks = new RecentTicks();
  private ZoneId zone;
  private Duration lease;
  private Duration catchUp;
  private Duration retryAfter;
  private Duration keep;

  @PostConstruct
  void init() {
    zone = "system".equalsIgnoreCase(zoneName) ? ZoneId.systemDefault() : ZoneId.of(zoneName);
    lease = Schedule.duration(leaseText);
    catchUp = Schedule.duration(catchUpText);
    retryAfter = Schedule.duration(retryAfterText);
    keep = Schedule.duration(keepText);
  }

  /** The timer's entry point: every work, once. */
  public List<TickResult> tick(Instant now) {
    Map<String, String> overrides = ledger.overrides();
    List<TickResult> results = new ArrayList<>();
    for (ScheduledWork work : works) {
      TickResult result = tick(work, overrides, now, true);
      recentTicks.record(result);
      results.add(result);
    }
    return results;
  }

  /** Claims and runs the work's due slot now, unless another instance has (or had) it. */
  public TickResult trigger(String name, Instant now) {
    return tick(find(name), ledger.overrides(), now, false);
  }

  public List<WorkStatus> status(int runs) {
    Map<String, String> overrides = ledger.overrides();
    List<WorkStatus> status = new ArrayList<>();
    for (ScheduledWork work : works) {
      status.add(status(work, overrides, runs));
    }
    return status;
  }

  public WorkStatus status(String name, int runs) {
    return status(find(name), ledger.overrides(), runs);
  }

  /** Sets the schedule of a work for the whole cluster until {@link #clearOverride}. */
  public void override(String name, String schedule, String by) {
    ScheduledWork work = find(name);
    Schedule.parse(schedule, zone); // refuse what no instance could parse
    ledger.override(work.name(), schedule.strip(), by);
    remembered.remove(work.name());
  }

  public void clearOverride(String name) {
    ledger.clearOverride(find(name).name());
    remembered.remove(name);
  }

  private TickResult tick(
      ScheduledWork work, Map<String, String> overrides, Instant now, boolean useMemory) {
    String name = work.name();
    Optional<Instant> due = schedule(work, overrides).dueSlot(now, catchUp);
    if (due.isEmpty()) {
      return TickResult.of(name, TickResult.Decision.NOT_DUE);
    }
    if (instance.isDraining()) {
      return TickResult.of(name, TickResult.Decision.DRAINING);
    }
    Instant slot = due.get();
    Remembered memory = remembered.get(name);
    if (useMemory && memory != null && memory.slot().equals(slot) && !memory.askAgain(now)) {
      return TickResult.of(name, TickResult.Decision.HELD, slot, memory.holder().owner(), null);
    }
    String self = cluster.instanceName();
    Claim claim = ledger.claim(name, slot, self, lease);
    if (claim instanceof Claim.Held held) {
      remembered.put(name, new Remembered(slot, held));
      return TickResult.of(name, TickResult.Decision.HELD, slot, held.owner(), null);
    }
    int claimNumber = ((Claim.Won) claim).claimNumber();
    log.info(
        () -> String.format("%s: slot %s claimed (claim %d); running", name, slot, claimNumber));
    try {
      String outcome = work.run(slot);
      ledger.finish(name, slot, self, outcome);
      remembered.put(name, new Remembered(slot, new Claim.Held(self, now, true)));
      log.info(() -> String.format("%s: slot %s done: %s", name, slot, outcome));
      prune(now);
      return TickResult.of(name, TickResult.Decision.RAN, slot, self, outcome);
    } catch (RuntimeException failure) {
      String outcome = "failed: " + failure;
      log.log(Level.WARNING, failure, () -> name + ": slot " + slot + " failed; given up");
      ledger.release(name, slot, self, outcome, retryAfter);
      remembered.put(name, new Remembered(slot, new Claim.Held(self, now.plus(retryAfter), false)));
      return TickResult.of(name, TickResult.Decision.FAILED, slot, self, outcome);
    }
  }

  private Schedule schedule(ScheduledWork work, Map<String, String> overrides) {
    String text = overrides.getOrDefault(work.name(), work.configuredSchedule());
    try {
      return Schedule.parse(text, zone);
    } catch (IllegalArgumentException e) {
      log.warning(() -> work.name() + ": " + e.getMessage() + "; not scheduled");
      return new Schedule.Off();
    }
  }

  private WorkStatus status(ScheduledWork work, Map<String, String> overrides, int runs) {
    Optional<String> override = Optional.ofNullable(overrides.get(work.name()));
    return new WorkStatus(
        work.name(),
        schedule(work, overrides).toString(),
        work.configuredSchedule(),
        override,
        ledger.recent(work.name(), runs),
        cluster.instanceName(),
        recentTicks.of(work.name()));
  }

  private void prune(Instant now) {
    try {
      ledger.pruneFinishedBefore(now.minus(keep));
    } catch (RuntimeException e) {
      log.log(Level.FINE, "pruning the scheduled-run ledger", e);
    }
  }

  private ScheduledWork find(String name) {
    for (ScheduledWork work : works) {
      if (work.name().equals(name)) {
        return work;
      }
    }
    throw new UnknownWorkException(name);
  }

  /** The last answer the ledger gave this instance for a work's slot. */
  private record Remembered(Instant slot, Claim.Held holder) {
    boolean askAgain(Instant now) {
      return holder.retryableAt(now);
    }
  }
}
