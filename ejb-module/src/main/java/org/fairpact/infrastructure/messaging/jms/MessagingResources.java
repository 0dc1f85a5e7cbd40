package org.fairpact.infrastructure.messaging.jms;

import jakarta.ejb.Singleton;
import jakarta.jms.JMSConnectionFactoryDefinition;

/**
 * The connection factory on the Artemis resource adapter (artemis-rar), under its portable name.
 * Broker address and credentials come from MicroProfile Config (FAIRPACT_BROKER_*). Sends through
 * it join the caller's JTA transaction.
 */
@Singleton
@JMSConnectionFactoryDefinition(
    name = MessagingResources.CONNECTION_FACTORY,
    interfaceName = "jakarta.jms.ConnectionFactory",
    resourceAdapter = "artemis-rar",
    user = MessagingResources.BROKER_USER,
    password = MessagingResources.BROKER_PASSWORD,
    properties = {
      // without the connector class the RA silently ignores these parameters
      "ConnectorClassName=" + MessagingResources.NETTY_CONNECTOR,
      "ConnectionParameters=" + MessagingResources.BROKER_CONNECTION
    })
public class MessagingResources {

  public static final String CONNECTION_FACTORY = "java:app/jms/fairpact";

  static final String NETTY_CONNECTOR =
      "org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory";

  /**
   * Where the broker is, for the connection factory and every message-driven bean's activation;
   * resolved from MicroProfile Config by the resource adapter.
   */
  static final String BROKER_CONNECTION =
      "host=${MPCONFIG=fairpact.broker.host};port=${MPCONFIG=fairpact.broker.port}";

  static final String BROKER_USER = "${MPCONFIG=fairpact.broker.user}";

  static final String BROKER_PASSWORD = "${MPCONFIG=fairpact.broker.password}";
}
