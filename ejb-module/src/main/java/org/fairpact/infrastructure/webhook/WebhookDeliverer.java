package org.fairpact.infrastructure.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.fairpact.application.webhook.AttemptResult;
import org.fairpact.application.webhook.ClaimedAttempt;
import org.fairpact.application.webhook.SecretSealing;
import org.fairpact.application.webhook.WebhookAttempts;
import org.fairpact.application.webhook.WebhookQueued;
import org.fairpact.application.webhook.WebhookSettings;

/**
 * Sends webhook deliveries from every instance: woken when a delivery this instance queued has
 * committed, and every {@code fairpact.webhooks.poll-interval} for deliveries that are due
 * (retries, and those queued on other instances). It claims at most as many attempts as it has free
 * senders ({@code fairpact.webhooks.senders} threads of its own), so a slow or hanging receiver
 * holds a sender for at most the request timeout and never an analysis worker, and claimed
 * deliveries do not wait in a queue while their lease runs. A sender that finishes wakes the
 * deliverer.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WebhookDeliverer {

  @Resource ManagedScheduledExecutorService scheduler;
  @Resource ManagedThreadFactory threads;

  @Inject WebhookAttempts attempts;
  @Inject WebhookSettings settings;
  @Inject SecretSealing sealing;
  @Inject MetricRegistry metrics;
  @Inject Logger log;

  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean pending = new AtomicBoolean();
  private volatile boolean stopping;
  private volatile boolean failing;
  private Semaphore free;
  private ExecutorService senders;
  private WebhookSender sender;
  private ScheduledFuture<?> polling;

  @PostConstruct
  void start() {
    log.info(
        sealing.seals()
            ? "webhook signing secrets are sealed at rest"
            : "webhook signing secrets are stored as issued (no fairpact.webhooks.secret-key)");
    int count = settings.senders();
    free = new Semaphore(count);
    senders =
        new ThreadPoolExecutor(
            count, count, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), threads);
    sender = new WebhookSender(settings.connectTimeout(), settings.requestTimeout());
    long interval = settings.pollInterval().toMillis();
    polling =
        scheduler.scheduleWithFixedDelay(this::wake, interval, interval, TimeUnit.MILLISECONDS);
    metrics.gauge(
        Metadata.builder()
            .withName("fairpact_webhook_deliveries_pending")
            .withDescription("Webhook deliveries not yet delivered nor given up, on all instances")
            .withUnit(MetricUnits.NONE)
            .build(),
        this::backlog);
  }

  @PreDestroy
  void stop() {
    stopping = true;
    if (polling != null) {
      polling.cancel(false);
    }
    if (senders != null) {
      senders.shutdown();
      try {
        if (!senders.awaitTermination(5, TimeUnit.SECONDS)) {
          senders.shutdownNow(); // their deliveries are due again when the lease ends
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        senders.shutdownNow();
      }
    }
  }

  /** A delivery queued by this instance has committed. */
  public void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookQueued event) {
    wake();
  }

  /** Asks for a look at due deliveries soon; returns at once. */
  public void wake() {
    pending.set(true);
    if (!stopping && draining.compareAndSet(false, true)) {
      scheduler.execute(this::drain);
    }
  }

  private void drain() {
    boolean failed = false;
    try {
      while (!stopping && pending.getAndSet(false)) {
        claimWhileFree();
      }
      if (failing) {
        failing = false;
        log.info("webhook deliverer can claim deliveries again");
      }
    } catch (RuntimeException e) {
      failed = true;
      if (!failing) {
        failing = true;
        log.log(Level.WARNING, "webhook deliverer cannot claim deliveries; retrying: " + e, e);
      }
    } finally {
      draining.set(false);
    }
    if (!failed && pending.get()) {
      wake();
    }
  }

  /** Claims and hands out attempts until the senders are busy or nothing more is due. */
  private void claimWhileFree() {
    while (!stopping) {
      int slots = free.availablePermits();
      if (slots == 0) {
        return; // a sender that finishes wakes the deliverer
      }
      List<ClaimedAttempt> claimed = attempts.claim(slots);
      for (ClaimedAttempt attempt : claimed) {
        free.acquireUninterruptibly();
        senders.execute(() -> attempt(attempt));
      }
      if (claimed.size() < slots) {
        return;
      }
    }
  }

  private void attempt(ClaimedAttempt attempt) {
    try {
      AttemptResult result = sender.send(attempt, settings.policy());
      attempts.record(attempt, result);
      log.fine(() -> attempt + ": " + result.outcome());
    } catch (RuntimeException e) {
      log.log(
          Level.WARNING,
          e,
          () -> attempt + " could not be recorded; it is due again when its lease ends");
    } finally {
      free.release();
      wake();
    }
  }

  private long backlog() {
    try {
      return attempts.pending();
    } catch (RuntimeException e) {
      return -1;
    }
  }
}
