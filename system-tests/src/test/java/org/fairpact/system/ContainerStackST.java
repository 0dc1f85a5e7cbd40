package org.fairpact.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fairpact.system.support.Containers;
import org.fairpact.system.support.ExampleAnalysis;
import org.fairpact.system.support.FrontEnd;
import org.fairpact.system.support.FrontEnd.Response;
import org.fairpact.testsupport.Poll;
import org.junit.jupiter.api.Test;

/**
 * The whole stack in containers ({@code docker/compose.yaml}, {@code bin/fairpact containers}):
 * brought up with two instances through the command line, the example contract analysed through its
 * nginx to its findings, both instances answering and in one data grid; taken down again whatever
 * happened. Runs only in the containers stage of {@code bin/fairpact test}.
 */
class ContainerStackST {

  private static final int INSTANCES = 2;
  private static final Duration UP_LIMIT = Duration.ofMinutes(25);
  private static final Duration ANALYSIS_LIMIT = Duration.ofSeconds(180);
  private static final Duration GRID_LIMIT = Duration.ofSeconds(300);

  @Test
  void theStackAnalysesTheExampleContractOnTwoInstancesOfOneGrid() {
    assumeTrue(Containers.enabled(), "FAIRPACT_CONTAINERS_ST is not set: no container stack");
    long started = System.nanoTime();
    try {
      URI url = Containers.up(INSTANCES, UP_LIMIT);
      System.out.printf(
          "%n=== containers: up with %d instances at %s in %d s%n",
          INSTANCES, url, (System.nanoTime() - started) / 1_000_000_000);
      FrontEnd front = FrontEnd.at(url);
      analysesTheExampleContract(front);
      everyInstanceAnswers(front);
      theInstancesAreOneGrid(front);
    } finally {
      Containers.down(Duration.ofMinutes(5));
      System.out.printf(
          "%n=== containers: up, checked and down in %d s%n",
          (System.nanoTime() - started) / 1_000_000_000);
    }
  }

  private void analysesTheExampleContract(FrontEnd front) {
    String token = Containers.token("integrator", "st-containers");
    long started = System.nanoTime();
    String id = ExampleAnalysis.submit(front, token, "umowa-containers");
    Response done = ExampleAnalysis.awaitFinished(front, token, id, ANALYSIS_LIMIT);
    assertThat(ExampleAnalysis.status(done)).as("%s", done).isEqualTo("COMPLETED");

    Response findings = front.get("/api/v1/analyses/" + id + "/findings", token);
    assertThat(findings.status()).as("%s", findings).isEqualTo(200);
    Set<String> registerNumbers = new TreeSet<>();
    for (JsonValue finding : json(findings.body()).getJsonArray("findings")) {
      for (JsonValue evidence : finding.asJsonObject().getJsonArray("evidence")) {
        registerNumbers.add(evidence.asJsonObject().get("registerNumber").toString());
      }
    }
    int found = json(findings.body()).getJsonArray("findings").size();
    System.out.printf(
        "%n=== containers: analysis %s COMPLETED in %d ms: %d findings, register entries %s%n",
        id, (System.nanoTime() - started) / 1_000_000, found, registerNumbers);
    // The example holds five clauses copied from the register (README).
    assertThat(found).as("findings of the example contract").isGreaterThanOrEqualTo(5);
  }

  /** Round robin through nginx reaches every instance (the application names itself). */
  private void everyInstanceAnswers(FrontEnd front) {
    String token = Containers.token("integrator", "st-containers");
    Map<String, Integer> answers = new HashMap<>();
    Set<String> upstreams = new HashSet<>();
    for (int i = 0; i < 4 * INSTANCES; i++) {
      Response response = front.get("/api/v1/clauses?q=kara&page=0&size=1", token);
      assertThat(response.status()).as("%s", response).isEqualTo(200);
      answers.merge(response.header(FrontEnd.INSTANCE_HEADER).orElse("?"), 1, Integer::sum);
      response.header(FrontEnd.UPSTREAM_HEADER).ifPresent(upstreams::add);
    }
    System.out.printf(
        "%n=== containers: answers per instance %s, nginx upstreams %s%n", answers, upstreams);
    assertThat(answers.keySet()).containsExactlyInAnyOrder("fairpact-1", "fairpact-2");
    assertThat(upstreams).as("container addresses nginx passed to").hasSize(INSTANCES);
  }

  /**
   * Each instance, asked through nginx, lists both as members of its data grid. Payara's view of
   * the members (what the endpoint shows) was seen to lag the grid by minutes when instances booted
   * together on a loaded machine, so the answers are polled, boundedly, until both agree.
   */
  private void theInstancesAreOneGrid(FrontEnd front) {
    String admin = Containers.token("admin", "ops");
    Set<String> expected = Set.of("fairpact-1", "fairpact-2");
    Map<String, Set<String>> membersSeenBy =
        Poll.until(
            GRID_LIMIT,
            () -> membersSeenByEach(front, admin),
            seen -> seen.size() == INSTANCES && seen.values().stream().allMatch(expected::equals),
            "both instances to list both as members of their data grid");
    System.out.printf("%n=== containers: data grid membership seen by each %s%n", membersSeenBy);
    assertThat(membersSeenBy).as("instances that answered").hasSize(INSTANCES);
  }

  /** GET /api/v1/admin/cluster through nginx until each instance has answered (bounded). */
  private static Map<String, Set<String>> membersSeenByEach(FrontEnd front, String admin) {
    Map<String, Set<String>> membersSeenBy = new HashMap<>();
    for (int i = 0; i < 4 * INSTANCES && membersSeenBy.size() < INSTANCES; i++) {
      Response response = front.get("/api/v1/admin/cluster", admin);
      assertThat(response.status()).as("%s", response).isEqualTo(200);
      JsonObject cluster = json(response.body());
      Set<String> members = new TreeSet<>();
      for (JsonValue member : cluster.getJsonArray("members")) {
        members.add(
            member instanceof JsonString s
                ? s.getString()
                : member.asJsonObject().getString("name"));
      }
      membersSeenBy.put(
          cluster.getString("answeredBy", response.instance().orElse("answer " + i)), members);
    }
    return membersSeenBy;
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
