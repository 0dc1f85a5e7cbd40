package org.fairpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.fairpact.system.support.Cluster;
import org.fairpact.system.support.Contracts;
import org.fairpact.system.support.Database;
import org.fairpact.system.support.ExactlyOnce;
import org.fairpact.system.support.FrontEnd;
import org.fairpact.system.support.FrontEnd.Response;
import org.fairpact.system.support.Load;
import org.fairpact.system.support.Tokens;
import org.fairpact.testsupport.Poll;
import org.junit.jupiter.api.Test;

/**
 * The broker, then the object store, restarted by the operator ({@code bin/fairpact restart
 * --service}) under a light load of uploads and reads through nginx. A backing service that is away
 * is the application's to answer: no request gets a 500 or nginx's 502, what cannot be served
 * meanwhile is refused with 503 problem+json and Retry-After. Once both are back, uploads are
 * accepted again and every analysis accepted before, during or after the restarts is COMPLETED
 * exactly once: persistent requests survive the broker's restart, the instances reconnect to both
 * services by themselves.
 */
class BackingServiceRestartST {

  private static final String TENANT = "st-restart";
  private static final Duration RESTART_LIMIT = Duration.ofMinutes(2);

  private final FrontEnd front = FrontEnd.plain();
  private final String token = Tokens.integrator(TENANT);
  private final List<Response> probes = new ArrayList<>();

  @Test
  void restartingTheBrokerAndTheObjectStoreUnderLoadLosesNoAnalysis() {
    Load load = Load.start(TENANT, 2, 4);
    Load.Figures figures;
    try {
      awaitAcceptedByLoad(load, 1);
      restartUnderProbes("broker", load);
      restartUnderProbes("objectstore", load);
    } finally {
      figures = load.stop();
    }

    ExactlyOnce.Result result =
        ExactlyOnce.settle("broker and object store restarted", figures, Duration.ofMinutes(3));
    List<UUID> acceptedProbes =
        probes.stream()
            .filter(r -> r.status() == 202)
            .map(BackingServiceRestartST::analysisId)
            .toList();
    Database.Outcome probeOutcome =
        Poll.until(
            Duration.ofMinutes(2),
            () -> Database.outcome(acceptedProbes),
            o -> o.pending() == 0,
            "the probe uploads' analyses to finish");
    Map<Integer, Long> probeAnswers = new TreeMap<>();
    probes.forEach(r -> probeAnswers.merge(r.status(), 1L, Long::sum));
    System.out.printf(
        "backing services restarted: probe uploads answered %s; load answers %s%n",
        probeAnswers, figures.answers());

    assertThat(figures.answers().keySet())
        .as("answers to the load (0: no answer)")
        .isSubsetOf(200, 202, 503);
    assertThat(probes).extracting(Response::status).isSubsetOf(202, 503);
    for (Response refused : probes.stream().filter(r -> r.status() == 503).toList()) {
      assertThat(refused.header("Content-Type"))
          .as("%s", refused)
          .contains("application/problem+json");
      assertThat(refused.body()).contains("https://fairpact.dev/problems/service-unavailable");
      assertThat(refused.header("Retry-After").orElse("")).as("%s", refused).matches("[1-9][0-9]*");
    }
    assertThat(result.outcome().completed())
        .as("completed analyses of the load")
        .isEqualTo(figures.accepted().size());
    assertThat(result.duplicated()).as("analyses completed more than once").isZero();
    assertThat(result.outcome().distinctFindingCounts())
        .as("findings per analysis differ")
        .isEqualTo(1);
    assertThat(probeOutcome.completed())
        .as("completed analyses of the probe uploads")
        .isEqualTo(acceptedProbes.size());
    assertThat(probeOutcome.duplicated()).as("probe analyses with duplicated findings").isZero();
  }

  /**
   * Restarts {@code service} with bin/fairpact while this thread uploads probes (whose answers keep
   * their headers, unlike the load's); then waits until the load gets an upload accepted again.
   */
  private void restartUnderProbes(String service, Load load) {
    int acceptedBefore = load.figures().accepted().size();
    CompletableFuture<Void> restart =
        CompletableFuture.runAsync(
            () -> Cluster.run(RESTART_LIMIT, "restart", "--service", service));
    Poll.until(
        RESTART_LIMIT,
        () -> {
          probes.add(upload(service + "-" + probes.size()));
          return restart.isDone();
        },
        done -> done,
        service + " restarted");
    restart.join();
    awaitAcceptedByLoad(load, acceptedBefore + 1);
  }

  private static void awaitAcceptedByLoad(Load load, int accepted) {
    Poll.until(
        Duration.ofSeconds(60),
        () -> load.figures().accepted().size(),
        n -> n >= accepted,
        "the load to get " + accepted + " uploads accepted");
  }

  private Response upload(String name) {
    return front.post(
        "/api/v1/documents?filename=" + name + ".txt&lang=pl",
        Contracts.example(TENANT + "/" + name + "-" + UUID.randomUUID()),
        token,
        Map.of("Content-Type", "text/plain"));
  }

  private static UUID analysisId(Response accepted) {
    try (var reader = Json.createReader(new StringReader(accepted.body()))) {
      return UUID.fromString(reader.readObject().getString("analysisId"));
    }
  }
}
