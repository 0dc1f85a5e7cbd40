package org.fairpact.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.fairpact.application.cluster.InstanceState;

/**
 * DOWN while this instance drains (it is stopping, or an admin took it out of rotation): the load
 * balancer should send its traffic elsewhere. Liveness stays UP; nothing is wrong with it.
 */
@Readiness
@ApplicationScoped
public class AcceptingWorkCheck implements HealthCheck {

  static final String NAME = "accepting-work";

  @Inject InstanceState instance;

  @Override
  public HealthCheckResponse call() {
    return instance
        .drainingReason()
        .map(reason -> HealthCheckResponse.named(NAME).down().withData("draining", reason).build())
        .orElseGet(() -> HealthCheckResponse.named(NAME).up().build());
  }
}
