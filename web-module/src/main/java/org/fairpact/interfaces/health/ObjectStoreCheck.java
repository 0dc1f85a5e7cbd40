package org.fairpact.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.fairpact.application.DocumentStore;

@Readiness
@ApplicationScoped
public class ObjectStoreCheck implements HealthCheck {

  @Inject DocumentStore store;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("object-store").status(store.isReachable()).build();
  }
}
