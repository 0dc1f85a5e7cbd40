package org.fairpact.infrastructure.messaging.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import java.util.UUID;
import org.fairpact.application.AnalysisRequest;
import org.fairpact.application.AnalysisRequests;

/**
 * Sends analysis requests as persistent messages with a duplicate-detection id, so a retried send
 * can never queue the same request twice: the analysis id for the first request, {@code
 * <id>:requeue-<n>} for the reaper's n-th re-send (the broker would drop a re-send carrying the
 * first id), {@code <id>:handoff-<uuid>} when a draining instance passes a request on. No
 * time-to-live: work must not expire while consumers lag.
 */
@ApplicationScoped
public class JmsAnalysisRequests implements AnalysisRequests {

  /** Artemis' duplicate detection property. */
  static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

  /** How often a request has been handed off by draining instances (absent: never). */
  static final String HAND_OFFS = "fairpactHandOffs";

  /** Why a request was dead-lettered by the application. */
  static final String FAILURE_REASON = "fairpactFailureReason";

  /** Artemis' scheduled delivery time (epoch millis). */
  static final String SCHEDULED_DELIVERY = "_AMQ_SCHED_DELIVERY";

  @Resource(lookup = MessagingResources.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Override
  public void send(AnalysisRequest request) {
    send(request, request.analysisId().toString(), 0);
  }

  @Override
  public void requeue(AnalysisRequest request, int requeue) {
    send(request, request.analysisId() + ":requeue-" + requeue, 0);
  }

  @Override
  public void deadLetter(AnalysisRequest request, String reason) {
    try (JMSContext context = connectionFactory.createContext()) {
      TextMessage message = message(context, request, request.analysisId() + ":dead-letter");
      message.setStringProperty(FAILURE_REASON, reason);
      send(context, message, QueueDepths.DEAD_LETTER_QUEUE);
    } catch (JMSException e) {
      throw new JMSRuntimeException("cannot dead-letter analysis request: " + e, null, e);
    }
  }

  /**
   * Passes a request on from an instance that is shutting down, in the consumer's transaction
   * (which also acknowledges the original), visible to consumers after {@code delayMillis}.
   */
  void handOff(AnalysisRequest request, int handOffs, long delayMillis) {
    send(request, request.analysisId() + ":handoff-" + UUID.randomUUID(), delayMillis, handOffs);
  }

  private void send(AnalysisRequest request, String duplicateId, long delayMillis) {
    send(request, duplicateId, delayMillis, 0);
  }

  private void send(AnalysisRequest request, String duplicateId, long delayMillis, int handOffs) {
    try (JMSContext context = connectionFactory.createContext()) {
      TextMessage message = message(context, request, duplicateId);
      if (handOffs > 0) {
        message.setIntProperty(HAND_OFFS, handOffs);
      }
      if (delayMillis > 0) {
        message.setLongProperty(SCHEDULED_DELIVERY, System.currentTimeMillis() + delayMillis);
      }
      send(context, message, request.queue().address());
    } catch (JMSException e) {
      throw new JMSRuntimeException("cannot send analysis request: " + e.getMessage(), null, e);
    }
  }

  private static TextMessage message(
      JMSContext context, AnalysisRequest request, String duplicateId) throws JMSException {
    TextMessage message = context.createTextMessage(AnalysisRequestMessage.toJson(request));
    message.setStringProperty(DUPLICATE_ID, duplicateId);
    message.setStringProperty("analysisId", request.analysisId().toString());
    return message;
  }

  private static void send(JMSContext context, TextMessage message, String queue) {
    context
        .createProducer()
        .setDeliveryMode(DeliveryMode.PERSISTENT)
        .send(context.createQueue(queue), message);
  }
}
