package org.fairpact.infrastructure.messaging.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.fairpact.application.AnalysisRequest;

/**
 * Puts analysis requests on the broker as persistent messages with a duplicate-detection id, so a
 * retried send can never queue the same request twice: the outbox's rows in batches (one context
 * and one transaction per batch), and the hand-off of a draining instance ({@code
 * <id>:handoff-<uuid>}). No time-to-live: work must not expire while consumers lag. Destinations
 * are created once per address and reused: creating one asks the broker.
 */
@ApplicationScoped
public class JmsAnalysisRequests {

  /** Artemis' duplicate detection property. */
  static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

  /** The analysis a request is for. */
  static final String ANALYSIS_ID = "analysisId";

  /** How often a request has been handed off by draining instances (absent: never). */
  static final String HAND_OFFS = "fairpactHandOffs";

  /** Why a request was dead-lettered by the application. */
  static final String FAILURE_REASON = "fairpactFailureReason";

  /** Artemis' scheduled delivery time (epoch millis). */
  static final String SCHEDULED_DELIVERY = "_AMQ_SCHED_DELIVERY";

  @Resource(lookup = MessagingResources.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  private final Map<String, Queue> queues = new ConcurrentHashMap<>();

  /** Publishes outbox rows in the caller's transaction. */
  void publish(List<OutboxMessage> rows) {
    try (JMSContext context = connectionFactory.createContext()) {
      JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
      for (OutboxMessage row : rows) {
        TextMessage message = message(context, row.body(), row.analysisId(), row.duplicateId());
        if (row.failureReason().isPresent()) {
          message.setStringProperty(FAILURE_REASON, row.failureReason().get());
        }
        producer.send(queue(context, row.address()), message);
      }
    } catch (JMSException e) {
      throw new JMSRuntimeException("cannot publish analysis requests: " + e, null, e);
    }
  }

  /**
   * Passes a request on from an instance that is shutting down, in the consumer's transaction
   * (which also acknowledges the original), visible to consumers after {@code delayMillis}.
   */
  void handOff(AnalysisRequest request, int handOffs, long delayMillis) {
    String duplicateId = request.analysisId() + ":handoff-" + UUID.randomUUID();
    try (JMSContext context = connectionFactory.createContext()) {
      TextMessage message =
          message(
              context, AnalysisRequestMessage.toJson(request), request.analysisId(), duplicateId);
      message.setIntProperty(HAND_OFFS, handOffs);
      message.setLongProperty(SCHEDULED_DELIVERY, System.currentTimeMillis() + delayMillis);
      context
          .createProducer()
          .setDeliveryMode(DeliveryMode.PERSISTENT)
          .send(queue(context, request.queue().address()), message);
    } catch (JMSException e) {
      throw new JMSRuntimeException("cannot hand off analysis request: " + e, null, e);
    }
  }

  private Queue queue(JMSContext context, String address) {
    return queues.computeIfAbsent(address, context::createQueue);
  }

  private static TextMessage message(
      JMSContext context, String body, UUID analysisId, String duplicateId) throws JMSException {
    TextMessage message = context.createTextMessage(body);
    message.setStringProperty(DUPLICATE_ID, duplicateId);
    message.setStringProperty(ANALYSIS_ID, analysisId.toString());
    return message;
  }
}
