package org.fairpact.infrastructure.grid;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fairpact.application.cluster.ClusterDirectory;
import org.fairpact.application.cluster.ClusterMember;
import org.fairpact.application.cluster.InstanceReport;

/**
 * Membership from Payara's data grid API, reports in a JCache of JSON strings keyed by instance
 * name that expire 30 s after each write (instances rewrite theirs every few seconds, so a dead
 * instance's report disappears on its own). Where Payara's API is missing (a plain Jakarta EE
 * server) or the grid does not answer, the cluster is this instance alone, named after the JVM.
 */
@ApplicationScoped
public class PayaraClusterDirectory implements ClusterDirectory {

  static final String REPORTS = "fairpact-instance-reports";
  private static final Duration REPORT_TIME_TO_LIVE = Duration.ofSeconds(30);
  private static final String PAYARA_API = "fish.payara.micro.PayaraInstance";

  @Inject DataGrid grid;
  @Inject Logger log;

  private PayaraMembers payara;
  private String name;

  @PostConstruct
  void init() {
    try {
      Class.forName(PAYARA_API, false, PayaraClusterDirectory.class.getClassLoader());
      payara = PayaraMembers.lookUp();
      name = payara.instanceName();
    } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
      log.log(Level.INFO, "no Payara data grid API; the cluster is this instance alone", e);
      payara = null;
    }
    if (name == null || name.isBlank()) {
      name = ManagementFactory.getRuntimeMXBean().getName();
    }
  }

  @Override
  public String instanceName() {
    return name;
  }

  @Override
  public List<ClusterMember> members() {
    Optional<List<ClusterMember>> members =
        payara == null ? Optional.empty() : grid.call("grid members", payara::members);
    return members
        .filter(list -> !list.isEmpty())
        .orElseGet(() -> List.of(new ClusterMember(name, null, null, List.of(), "LOCAL", true)));
  }

  @Override
  public boolean gridAvailable() {
    return payara != null && grid.available();
  }

  @Override
  public void publish(InstanceReport report) {
    String json = report.toJson().toString();
    grid.withCache(
        REPORTS,
        String.class,
        REPORT_TIME_TO_LIVE,
        cache -> {
          cache.put(report.instance(), json);
          return Boolean.TRUE;
        });
  }

  @Override
  public Map<String, InstanceReport> reports() {
    return grid.withCache(
            REPORTS,
            String.class,
            REPORT_TIME_TO_LIVE,
            cache -> {
              Map<String, InstanceReport> reports = new HashMap<>();
              cache.forEach(entry -> reports.put(entry.getKey(), read(entry.getValue())));
              return reports;
            })
        .orElseGet(Map::of);
  }

  private static InstanceReport read(String json) {
    return InstanceReport.fromJson(json);
  }
}
