package org.fairpact.application.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.fairpact.application.cluster.ClusterDirectory;
import org.fairpact.application.cluster.ClusterMember;
import org.fairpact.application.cluster.InstanceReport;
import org.fairpact.application.cluster.InstanceState;
import org.fairpact.application.scheduling.TickResult.Decision;
import org.junit.jupiter.api.Test;

/**
 * The lease decision as each instance makes it: several instances share one ledger (with the
 * PostgreSQL ledger's rules) and tick at the same moments.
 */
class ScheduledWorksTest {

  private static final Instant SLOT = Instant.parse("2026-11-22T10:00:00Z");

  private final MutableClock clock = new MutableClock(SLOT.plusMillis(300));
  private final LedgerInMemory ledger = new LedgerInMemory(clock);
  private final CountingWork sync = new CountingWork("clause-sync", "every 1m");

  @Test
  void ofInstancesTickingTogetherExactlyOneRunsTheSlot() throws Exception {
    List<ScheduledWorks> cluster = List.of(instance("a"), instance("b"), instance("c"));
    ExecutorService threads = Executors.newFixedThreadPool(cluster.size());
    try {
      List<Callable<List<TickResult>>> ticks = new ArrayList<>();
      cluster.forEach(works -> ticks.add(() -> works.tick(clock.instant())));
      List<Decision> decisions = new ArrayList<>();
      for (Future<List<TickResult>> tick : threads.invokeAll(ticks)) {
        decisions.add(tick.get().get(0).decision());
      }

      assertThat(decisions).containsExactlyInAnyOrder(Decision.RAN, Decision.HELD, Decision.HELD);
      assertThat(sync.runs).hasValue(1);
      assertThat(ledger.outcome("clause-sync", SLOT)).contains("run 1");
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aManualTriggerInTheSameSlotDoesNotRunItAgain() {
    ScheduledWorks a = instance("a");
    ScheduledWorks b = instance("b");

    a.tick(clock.instant());
    TickResult triggered = b.trigger("clause-sync", clock.instant());

    assertThat(triggered.decision()).isEqualTo(Decision.HELD);
    assertThat(triggered.owner()).contains("a");
    assertThat(sync.runs).hasValue(1);
  }

  @Test
  void theNextSlotRunsAgain() {
    ScheduledWorks a = instance("a");

    a.tick(clock.instant());
    clock.advance(Duration.ofMinutes(1));
    a.tick(clock.instant());

    assertThat(sync.runs).hasValue(2);
  }

  @Test
  void betweenSlotsTicksDoNotAskTheDatabaseAgain() {
    ScheduledWorks a = instance("a");
    ScheduledWorks b = instance("b");
    a.tick(clock.instant());
    b.tick(clock.instant());
    int claimsSoFar = ledger.claims.get();

    for (int i = 0; i < 10; i++) {
      clock.advance(Duration.ofSeconds(5));
      a.tick(clock.instant());
      b.tick(clock.instant());
    }

    assertThat(ledger.claims.get()).as("claims after the slot was decided").isEqualTo(claimsSoFar);
  }

  @Test
  void anOwnerThatDiedBeforeFinishingIsReplacedOnceItsLeaseExpires() {
    ledger.claim("clause-sync", SLOT, "crashed", Duration.ofSeconds(30));
    ScheduledWorks b = instance("b");

    TickResult whileLeased = b.tick(clock.instant()).get(0);
    clock.advance(Duration.ofSeconds(31));
    TickResult afterLease = b.tick(clock.instant()).get(0);

    assertThat(whileLeased.decision()).isEqualTo(Decision.HELD);
    assertThat(whileLeased.owner()).contains("crashed");
    assertThat(afterLease.decision()).isEqualTo(Decision.RAN);
    assertThat(sync.runs).hasValue(1);
  }

  @Test
  void aFailedRunGivesTheSlotUpForARetryAfterTheDelay() {
    sync.failuresLeft.set(1);
    ScheduledWorks a = instance("a");
    ScheduledWorks b = instance("b");

    TickResult failed = a.tick(clock.instant()).get(0);
    TickResult tooSoon = b.tick(clock.instant()).get(0);
    clock.advance(Duration.ofSeconds(11));
    TickResult retried = b.tick(clock.instant()).get(0);

    assertThat(failed.decision()).isEqualTo(Decision.FAILED);
    assertThat(tooSoon.decision()).isEqualTo(Decision.HELD);
    assertThat(retried.decision()).isEqualTo(Decision.RAN);
    assertThat(sync.runs).hasValue(2);
  }

  @Test
  void aDrainingInstanceClaimsNothing() {
    InstanceState draining = new InstanceState();
    draining.drain("admin");
    ScheduledWorks a = instance("a", draining);

    assertThat(a.tick(clock.instant()).get(0).decision()).isEqualTo(Decision.DRAINING);
    assertThat(ledger.claims).hasValue(0);
  }

  @Test
  void aClusterWideOverrideReplacesTheConfiguredSchedule() {
    ScheduledWorks a = instance("a");
    sync.schedule = "off";
    assertThat(a.tick(clock.instant()).get(0).decision()).isEqualTo(Decision.NOT_DUE);

    a.override("clause-sync", "every 10s", "admin");
    TickResult overridden = a.tick(clock.instant()).get(0);
    a.clearOverride("clause-sync");

    assertThat(overridden.decision()).isEqualTo(Decision.RAN);
    assertThat(a.tick(clock.instant()).get(0).decision()).isEqualTo(Decision.NOT_DUE);
    assertThatThrownBy(() -> a.override("clause-sync", "sometimes", "admin"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.trigger("no-such-work", clock.instant()))
        .isInstanceOf(UnknownWorkException.class);
  }

  private ScheduledWorks instance(String name) {
    return instance(name, new InstanceState());
  }

  private ScheduledWorks instance(String name, InstanceState state) {
    ScheduledWorks works = new ScheduledWorks();
    works.works = instanceOf(List.of(sync));
    works.ledger = ledger;
    works.cluster = new NamedInstance(name);
    works.instance = state;
    works.log = Logger.getLogger(ScheduledWorksTest.class.getName());
    works.zoneName = "UTC";
    works.leaseText = "10m";
    works.catchUpText = "1h";
    works.retryAfterText = "10s";
    works.keepText = "7d";
    works.init();
    return works;
  }

  @SuppressWarnings("unchecked")
  private static <T> Instance<T> instanceOf(List<T> beans) {
    return (Instance<T>)
        Proxy.newProxyInstance(
            ScheduledWorksTest.class.getClassLoader(),
            new Class<?>[] {Instance.class},
            (proxy, method, args) -> {
              if (method.getName().equals("iterator")) {
                return beans.iterator();
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  static final class CountingWork implements ScheduledWork {
    final AtomicInteger runs = new AtomicInteger();
    final AtomicInteger failuresLeft = new AtomicInteger();
    final String name;
    volatile String schedule;

    CountingWork(String name, String schedule) {
      this.name = name;
      this.schedule = schedule;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String configuredSchedule() {
      return schedule;
    }

    @Override
    public String run(Instant slot) {
      int run = runs.incrementAndGet();
      if (failuresLeft.getAndDecrement() > 0) {
        throw new IllegalStateException("database away");
      }
      return "run " + run;
    }
  }

  private record NamedInstance(String instanceName) implements ClusterDirectory {
    @Override
    public List<ClusterMember> members() {
      return List.of();
    }

    @Override
    public boolean gridAvailable() {
      return false;
    }

    @Override
    public void publish(InstanceReport report) {}

    @Override
    public Map<String, InstanceReport> reports() {
      return Map.of();
    }
  }

  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
