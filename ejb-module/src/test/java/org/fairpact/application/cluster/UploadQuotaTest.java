package org.fairpact.application.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class UploadQuotaTest {

  private final Map<String, Long> grid = new HashMap<>();
  private final Map<String, Integer> settings = new HashMap<>();
  private boolean gridDown;

  @Test
  void refusesTheUploadAfterTheLimitWithAWaitThatClearsIt() {
    settings.put("fairpact.quota.uploads-per-minute", 3);
    UploadQuota quota = quotaAt("2026-11-22T10:00:10Z");

    for (int i = 0; i < 3; i++) {
      assertThat(quota.acquire("acme").allowed()).as("upload " + (i + 1)).isTrue();
    }
    QuotaDecision refused = quota.acquire("acme");

    assertThat(refused.allowed()).isFalse();
    assertThat(refused.enforced()).isTrue();
    assertThat(refused.used()).isEqualTo(3);
    assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(70));
    assertThat(grid.get("uploads:acme:" + minute("2026-11-22T10:00:10Z")))
        .as("refusals are not counted")
        .isEqualTo(3);
  }

  @Test
  void aFreshMinuteStillCarriesMostOfTheLastOne() {
    settings.put("fairpact.quota.uploads-per-minute", 3);
    UploadQuota quota = quotaAt("2026-11-22T10:00:59Z");
    for (int i = 0; i < 3; i++) {
      quota.acquire("acme");
    }

    quota.clock = Clock.fixed(Instant.parse("2026-11-22T10:01:01Z"), ZoneOffset.UTC);
    QuotaDecision justAfterTheBoundary = quota.acquire("acme");
    quota.clock = Clock.fixed(Instant.parse("2026-11-22T10:01:30Z"), ZoneOffset.UTC);
    QuotaDecision halfAMinuteLater = quota.acquire("acme");

    assertThat(justAfterTheBoundary.allowed()).isFalse();
    assertThat(justAfterTheBoundary.retryAfter().toSeconds()).isBetween(19L, 21L);
    assertThat(halfAMinuteLater.allowed()).isTrue();
  }

  @Test
  void tenantsHaveTheirOwnCountersAndLimits() {
    settings.put("fairpact.quota.uploads-per-minute", 1);
    settings.put("fairpact.quota.tenant.big.uploads-per-minute", 5);
    UploadQuota quota = quotaAt("2026-11-22T10:00:10Z");

    assertThat(quota.acquire("small").allowed()).isTrue();
    assertThat(quota.acquire("small").allowed()).isFalse();
    for (int i = 0; i < 5; i++) {
      assertThat(quota.acquire("big").allowed()).isTrue();
    }
    assertThat(quota.acquire("big").allowed()).isFalse();
  }

  @Test
  void withoutTheGridUploadsGoAheadUnlimited() {
    settings.put("fairpact.quota.uploads-per-minute", 1);
    gridDown = true;
    UploadQuota quota = quotaAt("2026-11-22T10:00:10Z");

    QuotaDecision first = quota.acquire("acme");
    QuotaDecision second = quota.acquire("acme");

    assertThat(second.allowed()).isTrue();
    assertThat(first.enforced()).isFalse();
  }

  @Test
  void zeroMeansNoLimitAndTheDefaultIsGenerous() {
    settings.put("fairpact.quota.tenant.free.uploads-per-minute", 0);
    UploadQuota quota = quotaAt("2026-11-22T10:00:10Z");

    assertThat(quota.acquire("free").enforced()).isFalse();
    assertThat(quota.limitFor("anyone")).isEqualTo(600);
  }

  private UploadQuota quotaAt(String instant) {
    UploadQuota quota = new UploadQuota();
    quota.counters = this::acquire;
    quota.config = config();
    quota.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    return quota;
  }

  private Optional<WindowCounters.Counts> acquire(
      String current, String previous, BiPredicate<Long, Long> allowed) {
    if (gridDown) {
      return Optional.empty();
    }
    long before = grid.getOrDefault(previous, 0L);
    long now = grid.getOrDefault(current, 0L);
    if (!allowed.test(before, now)) {
      return Optional.of(new WindowCounters.Counts(before, now, false));
    }
    grid.put(current, now + 1);
    return Optional.of(new WindowCounters.Counts(before, now, true));
  }

  private Config config() {
    return (Config)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Config.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getOptionalValue")) {
                return Optional.ofNullable(settings.get((String) args[0]));
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static long minute(String instant) {
    return Instant.parse(instant).toEpochMilli() / 60_000;
  }
}
