package org.fairpact.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.application.scheduling.ScheduledWorks;
import org.fairpact.domain.model.scheduling.Schedule;

/**
 * The clock of scheduled work: a non-persistent interval timer ({@code fairpact.schedule.tick},
 * default 5 s) that fires on EVERY instance, as Payara timers do in a cluster. It decides nothing;
 * {@link ScheduledWorks} claims the due slots in PostgreSQL. Ticks never overlap on one instance,
 * and a tick that fails (database away) is logged once per outage and retried on the next one.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ScheduleTicker {

  @Resource TimerService timers;
  @Inject ScheduledWorks works;
  @Inject Logger log;

  @Inject
  @ConfigProperty(name = "fairpact.schedule.tick", defaultValue = "5s")
  String tick;

  private final AtomicBoolean ticking = new AtomicBoolean();
  private final AtomicBoolean failing = new AtomicBoolean();

  @PostConstruct
  void start() {
    long interval = Schedule.duration(tick).toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("schedule-ticker", false));
    log.info(() -> "scheduled work ticks every " + interval + " ms on this instance");
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void onTick() {
    if (!ticking.compareAndSet(false, true)) {
      return; // the previous tick still runs (a long reaper run); skip rather than queue up
    }
    try {
      works.tick(Instant.now());
      if (failing.compareAndSet(true, false)) {
        log.info("scheduled work ticks succeed again");
      }
    } catch (RuntimeException e) {
      if (failing.compareAndSet(false, true)) {
        log.log(Level.WARNING, "scheduled work tick failed; retrying on every tick", e);
      } else {
        log.log(Level.FINE, "scheduled work tick failed", e);
      }
    } finally {
      ticking.set(false);
    }
  }
}
