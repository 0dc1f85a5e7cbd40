package org.fairpact.infrastructure.messaging.jms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.application.RegisterSynced;

/**
 * After a runner's sync: tells every server instance on the {@code register.changes} topic (the
 * message the server's {@code RegisterChangesPublisher} sends, origin {@code batch-runner}), so
 * that each refreshes its matching index. The broker comes from {@code fairpact.broker.host},
 * {@code .port}, {@code .user}, {@code .password} as in the server's environment; without a host,
 * or when the broker refuses, the instances keep their index until they restart or the next server
 * sync: logged, not fatal (the register itself is synced). The cluster's register lookup cache is
 * the server's (data grid) and is not emptied from here.
 */
@ApplicationScoped
public class RunnerRegisterChanges {

  static final String ORIGIN = "batch-runner";

  @Inject
  @ConfigProperty(name = "fairpact.broker.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "fairpact.broker.port", defaultValue = "61616")
  int port;

  @Inject
  @ConfigProperty(name = "fairpact.broker.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "fairpact.broker.password")
  Optional<String> password;

  @Inject Logger log;

  public void onSync(@Observes RegisterSynced synced) {
    if (host.isEmpty()) {
      log.warning("fairpact.broker.host not set: the instances were not told about this sync");
      return;
    }
    String message = new RegisterChangeMessage(synced, ORIGIN).toJson();
    String url =
        "tcp://"
            + host.get()
            + ":"
            + port
            + "?initialConnectAttempts=1&reconnectAttempts=0&callTimeout=10000";
    try (ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(url, user.orElse(null), password.orElse(null));
        JMSContext context = factory.createContext()) {
      context
          .createProducer()
          .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
          .send(context.createTopic(RegisterChangesPublisher.TOPIC), message);
      log.info(() -> "register change published on " + RegisterChangesPublisher.TOPIC);
    } catch (RuntimeException e) {
      log.log(
          Level.WARNING,
          e,
          () -> "could not tell the instances about sync " + synced.executionId());
    }
  }
}
