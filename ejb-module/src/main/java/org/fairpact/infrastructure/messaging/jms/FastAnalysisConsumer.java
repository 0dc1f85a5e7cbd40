package org.fairpact.infrastructure.messaging.jms;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Consumes analysis.fast: text-layer documents below the heavy threshold. */
@MessageDriven(
    name = "FastAnalysisConsumer",
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "analysis.fast"),
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
      @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${MPCONFIG=fairpact.mdb.fast.max-session}")
    })
public class FastAnalysisConsumer implements MessageListener {

  @Inject AnalysisRequestConsumer consumer;

  @Override
  public void onMessage(Message message) {
    consumer.consume(message);
  }
}
