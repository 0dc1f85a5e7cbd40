package org.fairpact.infrastructure.messaging.jms;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.application.AnalysisProcessor;
import org.fairpact.application.AnalysisRequest;
import org.fairpact.application.cluster.InstanceState;
import org.fairpact.domain.model.scheduling.Schedule;

/**
 * What both queue consumers do: unpack, delegate, and let any failure propagate so the container
 * rolls back and the broker redelivers. While this instance drains, a request is not started but
 * handed off: a copy goes back to its queue (visible after {@code fairpact.drain.handoff-delay},
 * default 1 s, doubling with each further hand-off) in the same XA transaction that acknowledges
 * the original, so the request moves to another instance without costing a delivery attempt and
 * without any window in which it exists twice or not at all.
 */
@Dependent
class AnalysisRequestConsumer {

  @Inject AnalysisProcessor processor;
  @Inject JmsAnalysisRequests requests;
  @Inject InstanceState instance;
  @Inject Logger log;

  static final long MAX_HAND_OFF_DELAY_MS = 16_000;

  @Inject
  @ConfigProperty(name = "fairpact.drain.handoff-delay", defaultValue = "1s")
  String handOffDelay;

  void consume(Message message) {
    AnalysisRequest request;
    int handOffs;
    try {
      if (!(message instanceof TextMessage text)) {
        throw new IllegalArgumentException("not a TextMessage: " + message.getClass().getName());
      }
      handOffs =
          message.propertyExists(JmsAnalysisRequests.HAND_OFFS)
              ? message.getIntProperty(JmsAnalysisRequests.HAND_OFFS)
              : 0;
      request = AnalysisRequestMessage.fromJson(text.getText());
    } catch (JMSException e) {
      throw new IllegalStateException("unreadable analysis request: " + e.getMessage(), e);
    }
    String queue = request.queue().address();
    if (instance.isDraining()) {
      long delay = handOffDelay(handOffs);
      requests.handOff(request, handOffs + 1, delay);
      log.info(
          () ->
              String.format(
                  "analysis=%s handed off (%d) for %d ms: this instance drains",
                  request.analysisId(), handOffs + 1, delay));
      return;
    }
    instance.started(queue);
    try {
      processor.process(request);
    } finally {
      instance.finished(queue);
    }
  }

  /**
   * The delay doubles with each hand-off of the same request, up to {@link #MAX_HAND_OFF_DELAY_MS},
   * so that a request bouncing between draining consumers (an instance drained by hand while a
   * backlog waits, or the whole cluster stopping) costs the broker little.
   */
  long handOffDelay(int handOffs) {
    long base = Schedule.duration(handOffDelay).toMillis();
    return Math.min(MAX_HAND_OFF_DELAY_MS, base << Math.min(handOffs, 16));
  }
}
