package org.fairpact.interfaces.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.QueueBrowser;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.fairpact.domain.model.analysis.AnalysisQueue;
import org.fairpact.infrastructure.messaging.jms.MessagingResources;

/** The broker accepts a session and knows the analysis queue. */
@Readiness
@ApplicationScoped
public class BrokerCheck implements HealthCheck {

  @Resource(lookup = MessagingResources.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Override
  public HealthCheckResponse call() {
    try (JMSContext context = connectionFactory.createContext();
        QueueBrowser browser =
            context.createBrowser(context.createQueue(AnalysisQueue.FAST.address()))) {
      browser.getEnumeration();
      return HealthCheckResponse.named("broker").up().build();
    } catch (Exception e) {
      return HealthCheckResponse.named("broker").down().withData("error", e.toString()).build();
    }
  }
}
