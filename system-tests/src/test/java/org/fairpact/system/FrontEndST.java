package org.fairpact.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.fairpact.client.Analysis;
import org.fairpact.client.FairPactApi;
import org.fairpact.client.FairPactProblem;
import org.fairpact.client.Findings;
import org.fairpact.client.Submission;
import org.fairpact.system.support.Clients;
import org.fairpact.system.support.Contracts;
import org.fairpact.system.support.FrontEnd;
import org.fairpact.system.support.FrontEnd.Response;
import org.fairpact.system.support.SystemEnvironment;
import org.fairpact.system.support.Tokens;
import org.fairpact.testsupport.Poll;
import org.junit.jupiter.api.Test;

/**
 * nginx in front of the instances: round robin, request ids, compression, and an integrator's main
 * path through it with the Java client.
 */
class FrontEndST {

  private static final Duration ANALYSIS_LIMIT = Duration.ofSeconds(120);

  private final FrontEnd front = FrontEnd.plain();
  private final String token = Tokens.integrator("st-front");

  @Test
  void requestsLandOnEachInstanceInTurn() {
    int instances = SystemEnvironment.instances();
    List<Response> answers = new ArrayList<>();
    for (int i = 0; i < 4 * instances; i++) {
      Response response = front.get("/api/v1/clauses?q=kara&page=0&size=1", token);
      assertThat(response.status()).as("%s", response).isEqualTo(200);
      answers.add(response);
    }
    // The application's name for the instance when every answer has it, else nginx's address.
    boolean named = answers.stream().allMatch(r -> r.header(FrontEnd.INSTANCE_HEADER).isPresent());
    String header = named ? FrontEnd.INSTANCE_HEADER : FrontEnd.UPSTREAM_HEADER;
    assumeTrue(
        answers.stream().allMatch(r -> r.header(header).isPresent()),
        "neither X-FairPact-Instance (application) nor X-FairPact-Upstream (nginx) is sent");
    List<String> answeredBy = answers.stream().map(r -> r.header(header).orElseThrow()).toList();
    Map<String, Long> perInstance = new TreeMap<>();
    answeredBy.forEach(i -> perInstance.merge(i, 1L, Long::sum));
    System.out.printf("round robin over %d instances (%s): %s%n", instances, header, answeredBy);

    assertThat(perInstance).as("answers per instance").hasSize(instances);
    assertThat(perInstance.values()).as("answers per instance").containsOnly(4L);
    for (int i = 1; i < answeredBy.size(); i++) {
      assertThat(answeredBy.get(i)).as("answer %d", i).isNotEqualTo(answeredBy.get(i - 1));
    }
  }

  @Test
  void theRequestIdIsPassedThroughAndReturned() {
    String requestId = "st-" + UUID.randomUUID();
    Response own = front.get("/api/v1/clauses?size=1", token, Map.of("X-Request-Id", requestId));
    assertThat(own.header("X-Request-Id")).contains(requestId);

    Response generated = front.get("/api/v1/clauses?size=1", token);
    assertThat(generated.header("X-Request-Id").orElseThrow()).matches("[0-9a-f]{32}");
  }

  @Test
  void jsonIsCompressed() {
    Response response =
        front.get(
            "/api/v1/clauses?q=umowa&page=0&size=50", token, Map.of("Accept-Encoding", "gzip"));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Encoding")).contains("gzip");
  }

  /**
   * The main path of an integrator with the Java client (module client) through nginx: submit the
   * example contract, follow the analysis to COMPLETED, read its findings; a retry with the same
   * Idempotency-Key answers the first analysis; an unknown id is a typed 404 problem.
   */
  @Test
  void anIntegratorAnalysesTheExampleWithTheJavaClient() {
    FairPactApi api = Clients.integrator("st-front-client");
    String order = "client-" + UUID.randomUUID();
    byte[] contract = Contracts.example(order);

    Submission submitted = api.submit(contract, "umowa-" + order + ".txt", "pl", order);
    assertThat(submitted.status()).isEqualTo("QUEUED");
    assertThat(submitted.replayed()).isFalse();
    Submission replayed = api.submit(contract, "umowa-" + order + ".txt", "pl", order);
    assertThat(replayed.analysisId()).isEqualTo(submitted.analysisId());
    assertThat(replayed.replayed()).isTrue();

    String id = submitted.analysisId();
    Analysis done =
        Poll.until(ANALYSIS_LIMIT, () -> api.analysis(id), Analysis::finished, "analysis " + id);
    assertThat(done.status()).as("%s", done).isEqualTo("COMPLETED");
    assertThat(done.documentId()).isEqualTo(submitted.documentId());
    assertThat(api.document(done.documentId()).sizeBytes()).isEqualTo(contract.length);

    Findings findings = api.findings(id);
    assertThat(findings.analysisId()).isEqualTo(id);
    assertThat(findings.findings()).as("findings of the example").hasSizeGreaterThanOrEqualTo(5);
    assertThat(findings.findings())
        .allSatisfy(f -> assertThat(f.risk()).isIn("LOW", "MEDIUM", "HIGH"));
    Set<Integer> registerNumbers = new TreeSet<>();
    findings
        .findings()
        .forEach(f -> f.evidence().forEach(e -> registerNumbers.add(e.registerNumber())));
    System.out.printf(
        "=== Java client: analysis %s COMPLETED, %d findings, register entries %s%n",
        id, findings.findings().size(), registerNumbers);

    String unknown = UUID.randomUUID().toString();
    assertThatThrownBy(() -> api.analysis(unknown))
        .isInstanceOfSatisfying(
            FairPactProblem.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(404);
              assertThat(problem.slug()).isEqualTo("not-found");
            });
  }

  @Test
  void healthIsReadyThroughTheFrontEnd() {
    Response response = front.get("/health/ready", null);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains("\"UP\"");
  }
}
