package org.fairpact.infrastructure.messaging.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fairpact.application.DeadLetters;

/**
 * Reads {@code analysis.dlq} with a browser (the messages the application parked there carry its
 * failure reason and are left alone by the reaper) and takes single messages (by id, or the one
 * parked for an analysis an admin replays) inside the caller's XA transaction.
 */
@ApplicationScoped
public class JmsDeadLetters implements DeadLetters {

  private static final String DEAD_LETTERED_BY_BROKER =
      JmsAnalysisRequests.FAILURE_REASON + " IS NULL";

  private static final long TAKE_WAIT_MS = 2000;

  @Resource(lookup = MessagingResources.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Inject Logger log;

  @Override
  public List<DeadLetter> deadLetteredByBroker(int max) {
    List<DeadLetter> found = new ArrayList<>();
    try (JMSContext context = connectionFactory.createContext();
        QueueBrowser browser =
            context.createBrowser(
                context.createQueue(QueueDepths.DEAD_LETTER_QUEUE), DEAD_LETTERED_BY_BROKER)) {
      Enumeration<?> messages = browser.getEnumeration();
      while (messages.hasMoreElements() && found.size() < max) {
        Message message = (Message) messages.nextElement();
        try {
          String text = ((TextMessage) message).getText();
          found.add(
              new DeadLetter(message.getJMSMessageID(), AnalysisRequestMessage.fromJson(text)));
        } catch (RuntimeException | JMSException e) {
          log.log(Level.WARNING, e, () -> "unreadable message in the dead-letter queue: " + e);
        }
      }
    } catch (JMSException e) {
      throw new JMSRuntimeException("cannot browse the dead-letter queue: " + e, null, e);
    }
    return found;
  }

  @Override
  public boolean take(String messageId) {
    if (!messageId.matches("ID:[0-9a-fA-F-]+")) {
      throw new IllegalArgumentException("not a message id: " + messageId);
    }
    return takeOne("JMSMessageID = '" + messageId + "'");
  }

  @Override
  public boolean takeParked(UUID analysisId) {
    return takeOne(
        JmsAnalysisRequests.ANALYSIS_ID
            + " = '"
            + analysisId
            + "' AND "
            + JmsAnalysisRequests.FAILURE_REASON
            + " IS NOT NULL");
  }

  private boolean takeOne(String selector) {
    try (JMSContext context = connectionFactory.createContext();
        JMSConsumer consumer =
            context.createConsumer(context.createQueue(QueueDepths.DEAD_LETTER_QUEUE), selector)) {
      return consumer.receive(TAKE_WAIT_MS) != null;
    }
  }
}
