package org.fairpact.application;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RunningClauseSyncsTest {

  @Test
  void tablePrefixesArePlainIdentifiers() {
    assertThatCode(() -> new RunningClauseSyncs("jbatch", "jberet_", Duration.ofMinutes(15)))
        .doesNotThrowAnyException();
    for (String prefix : new String[] {"", "1x", "a;drop table x", "x y", "\"x\""}) {
      assertThatThrownBy(() -> new RunningClauseSyncs(prefix, "jberet_", Duration.ofMinutes(1)))
          .as(prefix)
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new RunningClauseSyncs("jbatch", prefix, Duration.ofMinutes(1)))
          .as(prefix)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
