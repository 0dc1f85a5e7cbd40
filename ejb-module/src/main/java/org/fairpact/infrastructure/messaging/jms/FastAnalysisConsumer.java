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
          propertyValue =
              "host=${MPCONFIG=fairpact.broker.host};port=${MPCONFIG=fairpact.broker.port}"),
      @ActivationConfigProperty(
          propertyName = "user",
          propertyValue = "${MPCONFIG=fairpact.broker.user}"),
      @ActivationConfigProperty(
          propertyName = "password",
          propertyValue = "${MPCONFIG=fairpact.broker.password}"),
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
