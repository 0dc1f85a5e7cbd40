package org.fairpact.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.fairpact.system.support.ConsoleAdmin;
import org.fairpact.system.support.ConsoleAdmin.Member;
import org.fairpact.system.support.ExampleAnalysis;
import org.fairpact.system.support.FrontEnd;
import org.fairpact.system.support.FrontEnd.Response;
import org.fairpact.system.support.SystemEnvironment;
import org.fairpact.system.support.Tokens;
import org.fairpact.testsupport.Poll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The EAR of {@code ear/} on Payara Server (the DAS of {@code bin/fairpact up --console}): it is
 * ready, it analyses a contract, and the DAS's data grid holds the Payara Micro instances. Skipped
 * unless {@code FAIRPACT_CONSOLE_URL} is set ({@code bin/fairpact test} sets it for its console
 * stage only).
 */
class ConsoleEarST {

  private static final Duration ANALYSIS_LIMIT = Duration.ofSeconds(120);

  private Optional<ConsoleAdmin> console;
  private FrontEnd das;

  @BeforeEach
  void onlyWithTheConsole() {
    console = ConsoleAdmin.ofEnvironment();
    assumeTrue(console.isPresent(), "FAIRPACT_CONSOLE_URL is not set: no console to test");
    das = FrontEnd.at(ConsoleAdmin.applicationUrl());
  }

  @Test
  void theEarIsReadyOnTheDas() {
    Response response = das.get("/health/ready", null);
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    JsonObject health = json(response.body());
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getJsonArray("checks")).as("the application's readiness checks").isNotEmpty();
    System.out.printf(
        "%n=== console: EAR ready on %s with %d checks%n",
        das.base(), health.getJsonArray("checks").size());
  }

  /**
   * The EAR enforces its roles on Payara Server too: no token 401, a role that is not allowed 403
   * (loaded at server start-up instead of deployed, it was seen to serve both).
   */
  @Test
  void theDasRefusesAnonymousCallersAndOtherRoles() {
    Response anonymous = das.get("/api/v1/analyses/00000000-0000-0000-0000-000000000000", null);
    assertThat(anonymous.status()).as("no token: %s", anonymous).isEqualTo(401);
    Response integrator = das.get("/api/v1/admin/cluster", Tokens.integrator("st-console"));
    assertThat(integrator.status())
        .as("integrator on an admin endpoint: %s", integrator)
        .isEqualTo(403);
  }

  @Test
  void anAnalysisSubmittedToTheDasCompletesWithFindings() {
    String token = Tokens.integrator("st-console");
    long started = System.nanoTime();
    String id = ExampleAnalysis.submit(das, token, "umowa-console");
    Response done = ExampleAnalysis.awaitFinished(das, token, id, ANALYSIS_LIMIT);
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(ExampleAnalysis.status(done)).as("%s", done).isEqualTo("COMPLETED");

    Response findings = das.get("/api/v1/analyses/" + id + "/findings", token);
    assertThat(findings.status()).as("%s", findings).isEqualTo(200);
    int found = json(findings.body()).getJsonArray("findings").size();
    System.out.printf(
        "%n=== console: analysis %s submitted to the DAS: COMPLETED in %d ms with %d findings%n",
        id, millis, found);
    assertThat(found).as("findings of the example contract").isPositive();
  }

  @Test
  void theDasListsTheMicroInstancesOfItsDataGrid() {
    int instances =
        Integer.parseInt(SystemEnvironment.optional("FAIRPACT_CONSOLE_INSTANCES").orElse("1"));
    Set<String> expected = new TreeSet<>();
    for (int i = 1; i <= instances; i++) {
      expected.add("fairpact-" + i);
    }
    List<Member> members =
        Poll.until(
            Duration.ofSeconds(60),
            () -> console.orElseThrow().dataGridMembers(),
            m -> micros(m).containsAll(expected),
            "the DAS to list " + expected);
    System.out.printf(
        "%n=== console: data grid members seen by the DAS: %d (%s); Micro instances %s%n",
        members.size(),
        members.stream()
            .map(m -> m.name() + "/" + m.type() + "/http " + m.httpPorts())
            .collect(Collectors.joining(", ")),
        micros(members));
    assertThat(members).extracting(Member::type).contains("DAS");
  }

  private static Set<String> micros(List<Member> members) {
    return members.stream()
        .filter(m -> m.type().equals("MICRO"))
        .map(Member::name)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
