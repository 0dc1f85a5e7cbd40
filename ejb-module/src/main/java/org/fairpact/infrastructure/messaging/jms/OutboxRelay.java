package org.fairpact.infrastructure.messaging.jms;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.fairpact.domain.model.scheduling.Schedule;

/**
 * Publishes the outbox from every instance: woken right after a transaction that wrote to it
 * commits (so a request reaches the broker within milliseconds), and every {@code
 * fairpact.outbox.poll-interval} (default 1 s) for rows another instance wrote and could not
 * publish. One drain runs at a time per instance, in batches of {@code fairpact.outbox.batch-size}
 * (default 100) until the outbox is empty; wakes arriving meanwhile make it look again, so under
 * load requests travel in batches. After a failed batch (broker unreachable) wakes are ignored
 * until the next poll.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxRelay {

  @Resource ManagedScheduledExecutorService executor;

  @Inject OutboxBatch batches;
  @Inject MetricRegistry metrics;
  @Inject Logger log;

  @Inject
  @ConfigProperty(name = "fairpact.outbox.poll-interval", defaultValue = "1s")
  String pollInterval;

  @Inject
  @ConfigProperty(name = "fairpact.outbox.batch-size", defaultValue = "100")
  int batchSize;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean pending = new AtomicBoolean();
  private volatile long quietUntilNanos;
  private volatile boolean failing;
  private ScheduledFuture<?> polling;

  @PostConstruct
  void start() {
    long interval = Schedule.duration(pollInterval).toMillis();
    polling =
        executor.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
    metrics.gauge(
        Metadata.builder()
            .withName("fairpact_outbox_backlog")
            .withDescription("Analysis requests written but not yet published to the broker")
            .withUnit(MetricUnits.NONE)
            .build(),
        this::backlog);
  }

  @PreDestroy
  void stop() {
    if (polling != null) {
      polling.cancel(false);
    }
  }

  /** Asks for a drain soon; returns at once. */
  public void wake() {
    pending.set(true);
    if (System.nanoTime() - quietUntilNanos < 0) {
      return;
    }
    if (running.compareAndSet(false, true)) {
      executor.execute(this::drain);
    }
  }

  private void poll() {
    quietUntilNanos = System.nanoTime();
    wake();
  }

  private void drain() {
    boolean failed = false;
    try {
      while (pending.getAndSet(false)) {
        int published;
        do {
          published = publishBatch();
          metrics.counter("fairpact_outbox_published_total").inc(published);
        } while (published == batchSize);
      }
      if (failing) {
        failing = false;
        log.info("outbox relay publishes again");
      }
    } catch (RuntimeException e) {
      failed = true;
      pending.set(true);
      quietUntilNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
      metrics.counter("fairpact_outbox_publish_failures_total").inc();
      if (!failing) {
        failing = true;
        log.log(Level.WARNING, "outbox relay cannot publish; retrying every poll: " + e, e);
      }
    } finally {
      running.set(false);
    }
    if (!failed && pending.get()) {
      wake();
    }
  }

  /** A batch in one transaction; if that is refused, the same rows one at a time. */
  private int publishBatch() {
    try {
      return batches.publish(batchSize);
    } catch (RuntimeException refused) {
      log.log(Level.FINE, "outbox batch refused; publishing its rows one at a time", refused);
      List<Long> ids = batches.pending(batchSize);
      for (long id : ids) {
        if (batches.publishAlone(id)) {
          batches.delete(id);
        }
      }
      return ids.size();
    }
  }

  private long backlog() {
    try {
      return batches.backlog();
    } catch (RuntimeException e) {
      return -1;
    }
  }
}
