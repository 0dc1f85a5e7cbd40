package org.fairpact.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T15:00:00Z");

  @Test
  void theTimeToLiveIsAnIsoDurationOrTheShortForm() {
    assertThat(IdempotencyKeys.ttl("PT24H")).isEqualTo(Duration.ofHours(24));
    assertThat(IdempotencyKeys.ttl("3s")).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void aTimeToLiveThatIsNoPositiveDurationIsRefused() {
    for (String bad : new String[] {"PT0S", "tomorrow", "-PT1H"}) {
      assertThatThrownBy(() -> IdempotencyKeys.ttl(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("fairpact.idempotency.ttl");
    }
  }

  @Test
  void aKeyExpiresOnceItsFirstUseIsOlderThanTheTimeToLive() {
    IdempotencyKeys keys = new IdempotencyKeys();
    keys.ttlText = "PT24H";
    keys.init();

    assertThat(keys.expired(NOW.minusHours(23), NOW)).isFalse();
    assertThat(keys.expired(NOW.minusHours(24), NOW)).isFalse();
    assertThat(keys.expired(NOW.minusHours(24).minusSeconds(1), NOW)).isTrue();
    assertThat(keys.expiredBefore(NOW)).isEqualTo(NOW.minusHours(24));
  }
}
