package org.fairpact.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

  @Test
  void isoDurationsAndTheShortFormAreRetentionPeriods() {
    assertThat(RetentionPolicy.parse("P30D")).contains(Duration.ofDays(30));
    assertThat(RetentionPolicy.parse("PT12H")).contains(Duration.ofHours(12));
    assertThat(RetentionPolicy.parse(" 90d ")).contains(Duration.ofDays(90));
    assertThat(RetentionPolicy.parse("pt5s")).contains(Duration.ofSeconds(5));
  }

  @Test
  void noneKeepsDocumentsForever() {
    for (String forever : new String[] {"none", "NONE", "off", "forever", ""}) {
      assertThat(RetentionPolicy.parse(forever)).as(forever).isEqualTo(Optional.empty());
    }
  }

  @Test
  void anythingElseIsRefusedNamingTheValue() {
    for (String bad : new String[] {"P1M", "thirty days", "-P1D", "PT0S", "P"}) {
      assertThatThrownBy(() -> RetentionPolicy.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'");
    }
  }
}
