package org.fairpact.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PagesTest {

  @Test
  void theLimitDefaultsTo20AndMayBeOneToOneHundred() {
    assertThat(Pages.limit(null)).isEqualTo(20);
    assertThat(Pages.limit(" ")).isEqualTo(20);
    assertThat(Pages.limit("1")).isEqualTo(1);
    assertThat(Pages.limit("100")).isEqualTo(100);
  }

  @Test
  void otherLimitsAreRefusedWithInvalidRequest() {
    for (String bad : new String[] {"0", "101", "-5", "ten", "2.5", "99999999999"}) {
      assertThatThrownBy(() -> Pages.limit(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> assertThat(e.problem()).isEqualTo(Problem.INVALID_REQUEST));
    }
  }
}
