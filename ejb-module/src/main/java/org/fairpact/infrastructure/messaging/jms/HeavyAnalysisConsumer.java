package org.fairpact.infrastructure.messaging.jms;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Consumes analysis.heavy: documents that need OCR or are large; fewer sessions. */
@MessageDriven(
    name = "HeavyAnalysisConsumer",
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "analysis.heavy"),
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
          propertyValue = "${MPCONFIG=fairpact.mdb.heavy.max-session}")
    })
public class HeavyAnalysisConsumer implements MessageListener {

  @Inject AnalysisRequestConsumer consumer;

  @Override
  public void onMessage(Message message) {
    consumer.consume(message);
  }
}
