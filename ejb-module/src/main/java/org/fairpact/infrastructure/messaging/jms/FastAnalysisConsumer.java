package org.fairpact.infrastructure.messaging.jms;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.fairpact.application.AnalysisProcessor;

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
          propertyName = "connectionParameters",
          propertyValue = "host=${ENV=FAIRPACT_BROKER_HOST};port=${ENV=FAIRPACT_BROKER_PORT}"),
      @ActivationConfigProperty(propertyName = "user", propertyValue = "${ENV=FAIRPACT_BROKER_USER}"),
      @ActivationConfigProperty(
          propertyName = "password",
          propertyValue = "${ENV=FAIRPACT_BROKER_PASSWORD}"),
      @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${ENV=FAIRPACT_FAST_MAX_SESSION}")
    })
public class FastAnalysisConsumer implements MessageListener {

  @Inject AnalysisProcessor processor;

  @Override
  public void onMessage(Message message) {
    AnalysisRequestConsumer.consume(message, processor);
  }
}
