package org.fairpact.infrastructure.messaging.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fairpact.application.RegisterSynced;
import org.fairpact.application.cluster.ClusterDirectory;
import org.fairpact.application.cluster.LookupCache;
import org.fairpact.infrastructure.analysis.RegisterIndexHolder;

/**
 * After a sync: refreshes this instance's matching index at once (before the job reports COMPLETED,
 * so a caller that waited for the sync analyses against the new register), empties the cluster's
 * register lookup cache, and tells every other instance on the {@code register.changes} topic. If
 * the broker refuses, the others keep their index until they restart or the next sync: logged, not
 * fatal.
 */
@ApplicationScoped
public class RegisterChangesPublisher {

  static final String TOPIC = "register.changes";

  @Resource(lookup = MessagingResources.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Inject RegisterIndexHolder index;
  @Inject LookupCache lookups;
  @Inject ClusterDirectory cluster;
  @Inject Logger log;

  public void onSync(@Observes(during = TransactionPhase.AFTER_COMPLETION) RegisterSynced synced) {
    try {
      index.refresh();
    } catch (RuntimeException e) {
      log.log(Level.WARNING, "register index refresh after sync " + synced.executionId(), e);
    }
    lookups.clear();
    String message = new RegisterChangeMessage(synced, cluster.instanceName()).toJson();
    try (JMSContext context = connectionFactory.createContext()) {
      context
          .createProducer()
          .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
          .send(context.createTopic(TOPIC), message);
      log.info(() -> "register change published on " + TOPIC + ": " + message);
    } catch (RuntimeException e) {
      log.log(
          Level.WARNING,
          e,
          () -> "could not tell the other instances about sync " + synced.executionId());
    }
  }
}
