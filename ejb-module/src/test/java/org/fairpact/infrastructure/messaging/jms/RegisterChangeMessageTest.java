package org.fairpact.infrastructure.messaging.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fairpact.application.RegisterSynced;
import org.junit.jupiter.api.Test;

class RegisterChangeMessageTest {

  @Test
  void travelsAsVersionedJson() {
    RegisterChangeMessage message =
        new RegisterChangeMessage(new RegisterSynced(42, 1, 2, 3), "fairpact-1");

    assertThat(RegisterChangeMessage.fromJson(message.toJson())).isEqualTo(message);
  }

  @Test
  void refusesUnknownVersions() {
    assertThatThrownBy(
            () ->
                RegisterChangeMessage.fromJson(
                    "{\"version\":2,\"executionId\":1,\"added\":0,\"updated\":0,"
                        + "\"deactivated\":0,\"origin\":\"x\"}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
