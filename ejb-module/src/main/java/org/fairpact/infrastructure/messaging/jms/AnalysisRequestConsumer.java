package org.fairpact.infrastructure.messaging.jms;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.fairpact.application.AnalysisProcessor;

/**
 * What both queue consumers do: unpack, delegate, and let any failure propagate so the container
 * rolls back and the broker redelivers.
 */
final class AnalysisRequestConsumer {

  private AnalysisRequestConsumer() {}

  static void consume(Message message, AnalysisProcessor processor) {
    try {
      if (!(message instanceof TextMessage text)) {
        throw new IllegalArgumentException("not a TextMessage: " + message.getClass().getName());
      }
      int attempt = message.getIntProperty("JMSXDeliveryCount");
      processor.process(AnalysisRequestMessage.fromJson(text.getText()), Math.max(1, attempt));
    } catch (JMSException e) {
      throw new IllegalStateException("unreadable analysis request: " + e.getMessage(), e);
    }
  }
}
