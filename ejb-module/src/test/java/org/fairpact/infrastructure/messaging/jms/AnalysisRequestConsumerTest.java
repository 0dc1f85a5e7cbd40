package org.fairpact.infrastructure.messaging.jms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnalysisRequestConsumerTest {

  @Test
  void eachFurtherHandOffWaitsTwiceAsLongUpToTheCap() {
    AnalysisRequestConsumer consumer = new AnalysisRequestConsumer();
    consumer.handOffDelay = "1s";

    assertThat(consumer.handOffDelay(0)).isEqualTo(1_000);
    assertThat(consumer.handOffDelay(1)).isEqualTo(2_000);
    assertThat(consumer.handOffDelay(3)).isEqualTo(8_000);
    assertThat(consumer.handOffDelay(4)).isEqualTo(16_000);
    assertThat(consumer.handOffDelay(40)).isEqualTo(16_000);
  }
}
