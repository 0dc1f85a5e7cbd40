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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.application.ClauseSyncStops;
import org.fairpact.domain.model.scheduling.Schedule;

/**
 * Applies the stop requests for clause syncs on the instance that runs them: a non-persistent
 * interval timer ({@code fairpact.sync.stop-poll}, default 3 s) on EVERY instance, since only the
 * instance running a job can stop it. Each poll is one query while no sync runs.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ClauseSyncStopPoller {

  @Resource TimerService timers;
  @Inject ClauseSyncStops stops;
  @Inject Logger log;

  @Inject
  @ConfigProperty(name = "fairpact.sync.stop-poll", defaultValue = "3s")
  String poll;

  private final AtomicBoolean polling = new AtomicBoolean();

  @PostConstruct
  void start() {
    long interval = Schedule.duration(poll).toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("clause-sync-stop-poll", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void onPoll() {
    if (!polling.compareAndSet(false, true)) {
      return;
    }
    try {
      stops.applyRequests();
    } catch (RuntimeException e) {
      log.log(Level.FINE, "applying clause-sync stop requests", e);
    } finally {
      polling.set(false);
    }
  }
}
