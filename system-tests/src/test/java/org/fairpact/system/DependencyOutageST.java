package org.fairpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import org.fairpact.system.support.Contracts;
import org.fairpact.system.support.Database;
import org.fairpact.system.support.DatabaseServer;
import org.fairpact.system.support.ExactlyOnce;
import org.fairpact.system.support.FrontEnd;
import org.fairpact.system.support.FrontEnd.Response;
import org.fairpact.system.support.Load;
import org.fairpact.system.support.SystemEnvironment;
import org.fairpact.system.support.Tokens;
import org.fairpact.testsupport.Poll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped for a while under a light load of uploads and reads through nginx: an outage
 * of a backing service is the application's to answer, not nginx's. No request gets nginx's 502
 * (the instances' 503s must not take them out of rotation); what needs the database is refused with
 * 503 problem+json and Retry-After, nothing else fails; a register entry the cluster has cached is
 * still served; and once the database is back, uploads are accepted again and every analysis
 * accepted before, during or after the outage is COMPLETED exactly once.
 */
class DependencyOutageST {

  private static final Duration OUTAGE = Duration.ofSeconds(10);
  private static final String TENANT = "st-outage";

  private final FrontEnd front = FrontEnd.plain();
  private final String token = Tokens.integrator(TENANT);

  @Test
  void whileTheDatabaseIsDownClientsGetTheApplications503AndNoAnalysisIsLost()
      throws InterruptedException {
    int cached = cachedRegisterEntry();
    Load load = Load.start(TENANT, 2, 4);
    List<Response> uploads = new ArrayList<>();
    List<Response> cachedReads = new ArrayList<>();
    Load.Figures figures;
    try {
      Thread.sleep(3_000);
      DatabaseServer.stop();
      long end = System.nanoTime() + OUTAGE.toNanos();
      while (System.nanoTime() < end) {
        uploads.add(upload("during-" + uploads.size()));
        cachedReads.add(front.get("/api/v1/clauses/" + cached, token));
        Thread.sleep(250);
      }
    } finally {
      DatabaseServer.start();
      awaitReadyInstances();
    }
    Response after =
        Poll.until(
            Duration.ofSeconds(60),
            () -> upload("after"),
            r -> r.status() == 202,
            "an upload accepted once the database is back");
    Thread.sleep(3_000);
    figures = load.stop();

    ExactlyOnce.Result result =
        ExactlyOnce.settle("database outage", figures, Duration.ofMinutes(5));
    List<UUID> probes = new ArrayList<>(acceptedIds(uploads));
    probes.add(analysisId(after));
    Database.Outcome probeOutcome =
        Poll.until(
            Duration.ofMinutes(2),
            () -> Database.outcome(probes),
            o -> o.pending() == 0,
            "the probe uploads' analyses to finish");
    Map<Integer, Long> uploadAnswers = new TreeMap<>();
    uploads.forEach(r -> uploadAnswers.merge(r.status(), 1L, Long::sum));
    System.out.printf(
        "database outage of %s: probe uploads answered %s, cached register reads %s; load"
            + " answers %s%n",
        OUTAGE,
        uploadAnswers,
        cachedReads.stream().map(Response::status).distinct().toList(),
        figures.answers());

    assertThat(figures.answers().keySet())
        .as(
            "answers to the load (0: no answer); other than 503: %s",
            figures.failures().stream().filter(f -> !f.contains("HTTP 503 ")).toList())
        .isSubsetOf(200, 202, 503);
    assertThat(uploads).extracting(Response::status).isSubsetOf(202, 503).contains(503);
    for (Response refused : uploads.stream().filter(r -> r.status() == 503).toList()) {
      assertThat(refused.header("Content-Type"))
          .as("%s", refused)
          .contains("application/problem+json");
      assertThat(refused.body()).contains("https://fairpact.dev/problems/service-unavailable");
      assertThat(refused.header("Retry-After").orElse("")).as("%s", refused).matches("[1-9][0-9]*");
    }
    assertThat(cachedReads)
        .as("reads of a cached register entry during the outage")
        .extracting(Response::status)
        .containsOnly(200);
    assertThat(result.outcome().completed())
        .as("completed analyses of the load")
        .isEqualTo(figures.accepted().size());
    assertThat(result.duplicated()).as("analyses completed more than once").isZero();
    assertThat(result.outcome().distinctFindingCounts())
        .as("findings per analysis differ")
        .isEqualTo(1);
    assertThat(probeOutcome.completed())
        .as("completed analyses of the probe uploads")
        .isEqualTo(probes.size());
    assertThat(probeOutcome.duplicated()).as("probe analyses with duplicated findings").isZero();
  }

  private Response upload(String name) {
    return front.post(
        "/api/v1/documents?filename=" + name + ".txt&lang=pl",
        Contracts.example(TENANT + "/" + name + "-" + UUID.randomUUID()),
        token,
        Map.of("Content-Type", "text/plain"));
  }

  /** A register entry read once, so that the cluster's lookup cache holds it. */
  private int cachedRegisterEntry() {
    Response page = front.get("/api/v1/clauses?size=1", token);
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    int number =
        json(page.body()).getJsonArray("entries").getJsonObject(0).getInt("registerNumber");
    Response read = front.get("/api/v1/clauses/" + number, token);
    assertThat(read.status()).as("%s", read).isEqualTo(200);
    return number;
  }

  /** Every instance answers ready again (through nginx, round robin: twice as many in a row). */
  private void awaitReadyInstances() {
    int probes = 2 * SystemEnvironment.instances();
    Poll.until(
        Duration.ofSeconds(90),
        () ->
            IntStream.range(0, probes)
                .allMatch(i -> front.get("/health/ready", null).status() == 200),
        ready -> ready,
        "every instance ready again");
  }

  private static List<UUID> acceptedIds(List<Response> uploads) {
    return uploads.stream()
        .filter(r -> r.status() == 202)
        .map(DependencyOutageST::analysisId)
        .toList();
  }

  private static UUID analysisId(Response accepted) {
    return UUID.fromString(json(accepted.body()).getString("analysisId"));
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
