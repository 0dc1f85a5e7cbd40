package org.fairpact.interfaces.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.fairpact.application.cluster.ClusterDirectory;
import org.fairpact.application.cluster.InstanceReport;
import org.fairpact.application.cluster.InstanceState;
import org.fairpact.domain.model.analysis.AnalysisQueue;

/**
 * Builds this instance's report (readiness with every check, draining, and per analysis queue the
 * configured consumer sessions and the busy ones) and publishes it to the grid every 5 seconds, so
 * that any instance can answer for the whole cluster. Reports expire in the grid after 30 s: an
 * instance that stops publishing drops out of the listing's health column.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class InstanceReporter {

  private static final long INTERVAL_MS = 5_000;

  @Inject @Readiness Instance<HealthCheck> readinessChecks;
  @Inject InstanceState instance;
  @Inject ClusterDirectory cluster;
  @Inject Config config;
  @Inject Logger log;
  @Resource TimerService timers;

  @PostConstruct
  void start() {
    timers.createIntervalTimer(2_000, INTERVAL_MS, new TimerConfig("instance-reporter", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void publish() {
    try {
      cluster.publish(report());
    } catch (RuntimeException e) {
      log.log(Level.FINE, "instance report not published", e);
    }
  }

  /** This instance's report, evaluated now. */
  public InstanceReport report() {
    Map<String, String> checks = new LinkedHashMap<>();
    boolean up = true;
    for (HealthCheck check : readinessChecks) {
      HealthCheckResponse response;
      try {
        response = check.call();
      } catch (RuntimeException e) {
        response = HealthCheckResponse.named(check.getClass().getSimpleName()).down().build();
      }
      checks.put(response.getName(), response.getStatus().name());
      up &= response.getStatus() == HealthCheckResponse.Status.UP;
    }
    Map<String, InstanceReport.ConsumerLoad> consumers = new LinkedHashMap<>();
    for (AnalysisQueue queue : AnalysisQueue.values()) {
      String key = "fairpact.mdb." + queue.name().toLowerCase() + ".max-session";
      int sessions = config.getOptionalValue(key, Integer.class).orElse(-1);
      consumers.put(
          queue.address(),
          new InstanceReport.ConsumerLoad(sessions, instance.busy(queue.address())));
    }
    return new InstanceReport(
        cluster.instanceName(),
        up ? "UP" : "DOWN",
        checks,
        instance.drainingReason(),
        consumers,
        Instant.now());
  }
}
