package org.fairpact.application.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What this instance is doing right now: whether it is draining (shutting down, or taken out of
 * rotation by an admin) and how many requests each queue's consumers are processing. While
 * draining, readiness is DOWN, consumers pass new requests on instead of starting them, and this
 * instance claims no scheduled work; what is in flight finishes.
 */
@ApplicationScoped
public class InstanceState {

  static final String SHUTTING_DOWN = "shutting down";

  private final AtomicReference<String> drainingBecause = new AtomicReference<>();
  private volatile boolean shuttingDown;
  private final Map<String, AtomicInteger> busy = new ConcurrentHashMap<>();

  public boolean isDraining() {
    return drainingBecause.get() != null;
  }

  /** Why this instance is draining, if it is. */
  public Optional<String> drainingReason() {
    return Optional.ofNullable(drainingBecause.get());
  }

  /** Starts draining; the first reason given sticks. */
  public void drain(String reason) {
    drainingBecause.compareAndSet(null, reason);
  }

  /**
   * {@link #shuttingDown()} bound to this very instance, for a JVM shutdown hook (a thread on which
   * the container's contexts may already be gone).
   */
  public Runnable shutdownAction() {
    return this::shuttingDown;
  }

  /** Drains for good: the server is stopping. */
  public void shuttingDown() {
    shuttingDown = true;
    drainingBecause.set(SHUTTING_DOWN);
  }

  /**
   * Takes the instance back into rotation.
   *
   * @return false if it is shutting down, which cannot be undone
   */
  public boolean resume() {
    if (shuttingDown) {
      return false;
    }
    drainingBecause.set(null);
    return true;
  }

  public void started(String queue) {
    counter(queue).incrementAndGet();
  }

  public void finished(String queue) {
    counter(queue).decrementAndGet();
  }

  /** Requests of the queue being processed by this instance now. */
  public int busy(String queue) {
    return counter(queue).get();
  }

  private AtomicInteger counter(String queue) {
    return busy.computeIfAbsent(queue, q -> new AtomicInteger());
  }
}
