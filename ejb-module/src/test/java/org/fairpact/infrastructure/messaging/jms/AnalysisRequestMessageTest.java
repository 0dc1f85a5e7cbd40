package org.fairpact.infrastructure.messaging.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.fairpact.application.AnalysisRequest;
import org.fairpact.domain.model.analysis.AnalysisQueue;
import org.junit.jupiter.api.Test;

class AnalysisRequestMessageTest {

  @Test
  void roundTripsThroughVersionedJson() {
    AnalysisRequest request =
        new AnalysisRequest(UUID.randomUUID(), UUID.randomUUID(), "acme", AnalysisQueue.HEAVY);

    String json = AnalysisRequestMessage.toJson(request);

    assertThat(json).contains("\"version\":1");
    assertThat(AnalysisRequestMessage.fromJson(json)).isEqualTo(request);
  }

  @Test
  void refusesUnknownVersions() {
    String json =
        "{\"version\":2,\"analysisId\":\""
            + UUID.randomUUID()
            + "\",\"documentId\":\""
            + UUID.randomUUID()
            + "\",\"tenant\":\"t\",\"queue\":\"FAST\"}";

    assertThatThrownBy(() -> AnalysisRequestMessage.fromJson(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version 2");
  }
}
