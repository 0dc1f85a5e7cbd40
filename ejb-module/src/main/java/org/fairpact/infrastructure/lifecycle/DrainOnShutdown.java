package org.fairpact.infrastructure.lifecycle;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.fairpact.application.cluster.InstanceState;

/**
 * Starts draining the moment the JVM is asked to stop (SIGTERM), not when the application is
 * undeployed. Payara Micro's own shutdown hook first waits {@code --shutdowngrace} milliseconds
 * with everything still running, then stops the server; this hook runs alongside it, so during the
 * grace period readiness is already DOWN (the load balancer stops sending), the analysis consumers
 * pass new requests on instead of starting them, and no scheduled work is claimed, while HTTP
 * requests and analyses in flight finish. What is still running when the server stops is rolled
 * back by the resource adapter (it waits up to its call timeout, then interrupts), and the broker
 * redelivers it to another instance.
 */
@Singleton
@Startup
public class DrainOnShutdown {

  @Inject InstanceState instance;
  @Inject Logger log;

  private Thread hook;

  @PostConstruct
  void register() {
    Runnable drain = instance.shutdownAction();
    hook =
        new Thread(
            () -> {
              drain.run();
              log.info("shutdown requested: draining (readiness DOWN, no new analyses here)");
            },
            "fairpact-drain-on-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  @PreDestroy
  void unregister() {
    try {
      instance.shuttingDown();
    } catch (RuntimeException contextGone) {
      // undeploying: nobody asks for readiness any more
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shutdownUnderWay) {
      // the hook has run or is running
    }
  }
}
