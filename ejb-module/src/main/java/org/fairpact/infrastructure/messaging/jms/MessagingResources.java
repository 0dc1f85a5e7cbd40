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
    user = "${MPCONFIG=fairpact.broker.user}",
    password = "${MPCONFIG=fairpact.broker.password}",
    properties = {
      // without the connector class the RA silently ignores these parameters
      "ConnectorClassName=" + MessagingResources.NETTY_CONNECTOR,
      "ConnectionParameters=host=${MPCONFIG=fairpact.broker.host};port=${MPCONFIG=fairpact.broker.port}"
    })
public class MessagingResources {

  public static final String CONNECTION_FACTORY = "java:app/jms/fairpact";

  static final String NETTY_CONNECTOR =
      "org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory";
}
