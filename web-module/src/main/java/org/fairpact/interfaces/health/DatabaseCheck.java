package org.fairpact.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database takes connections ({@link DatabaseProbe}). */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

  @Inject DatabaseProbe database;

  @Override
  public HealthCheckResponse call() {
    Optional<String> problem = database.problem();
    return problem
        .map(error -> HealthCheckResponse.named("database").down().withData("error", error).build())
        .orElseGet(() -> HealthCheckResponse.named("database").up().build());
  }
}
