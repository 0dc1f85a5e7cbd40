package org.fairpact.infrastructure.messaging.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import org.fairpact.application.AnalysisRequest;
import org.fairpact.application.AnalysisRequests;

/**
 * Sends analysis requests as persistent messages with the analysis id as the broker's duplicate
 * detection id, so a retried send can never queue the same analysis twice. No time-to-live: work
 * must not expire while consumers lag.
 */
@ApplicationScoped
public class JmsAnalysisRequests implements AnalysisRequests {

  /** Artemis' duplicate detection property. */
  static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

  @Resource(lookup = MessagingResources.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Override
  public void send(AnalysisRequest request) {
    try (JMSContext context = connectionFactory.createContext()) {
      TextMessage message = context.createTextMessage(AnalysisRequestMessage.toJson(request));
      message.setStringProperty(DUPLICATE_ID, request.analysisId().toString());
      message.setStringProperty("analysisId", request.analysisId().toString());
      context
          .createProducer()
          .setDeliveryMode(DeliveryMode.PERSISTENT)
          .send(context.createQueue(request.queue().address()), message);
    } catch (JMSException e) {
      throw new JMSRuntimeException("cannot send analysis request: " + e.getMessage(), null, e);
    }
  }
}
