package org.fairpact.infrastructure.messaging.jms;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;
import org.fairpact.application.cluster.ClusterDirectory;
import org.fairpact.infrastructure.analysis.RegisterIndexHolder;

/**
 * Every instance's subscriber of the {@code register.changes} topic: rebuilds this instance's
 * matching index after a sync ran elsewhere. A non-durable, non-shared subscription with one
 * session, so each instance gets each message exactly once while it is connected (an instance that
 * was down builds its index from the database when it starts anyway).
 */
@MessageDriven(
    name = "RegisterChangesConsumer",
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(
          propertyName = "destination",
          propertyValue = RegisterChangesPublisher.TOPIC),
      @ActivationConfigProperty(
          propertyName = "subscriptionDurability",
          propertyValue = "NonDurable"),
      @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(
          propertyName = "connectorClassName",
          propertyValue = MessagingResources.NETTY_CONNECTOR),
      @ActivationConfigProperty(
          propertyName = "connectionParameters",
          propertyValue = MessagingResources.BROKER_CONNECTION),
      @ActivationConfigProperty(
          propertyName = "user",
          propertyValue = MessagingResources.BROKER_USER),
      @ActivationConfigProperty(
          propertyName = "password",
          propertyValue = MessagingResources.BROKER_PASSWORD),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegisterChangesConsumer implements MessageListener {

  @Inject RegisterIndexHolder index;
  @Inject ClusterDirectory cluster;
  @Inject Logger log;

  @Override
  public void onMessage(Message message) {
    RegisterChangeMessage change;
    try {
      change = RegisterChangeMessage.fromJson(((TextMessage) message).getText());
    } catch (JMSException | RuntimeException e) {
      log.warning(() -> "ignoring an unreadable register change: " + e);
      return; // a notification, not work: nothing to redeliver
    }
    if (change.origin().equals(cluster.instanceName())) {
      return; // the syncing instance refreshed before publishing
    }
    log.info(
        () ->
            "register changed by sync "
                + change.sync().executionId()
                + " on "
                + change.origin()
                + ": refreshing this instance's index");
    index.refresh();
  }
}
