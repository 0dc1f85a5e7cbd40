package org.fairpact.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client with RESTEasy's MicroProfile Rest Client over HTTP: the requests it sends (path,
 * query, headers, body) and how it reads answers as records and problems as {@link
 * FairPactProblem}. The server answers what the API answers, recorded from its documentation;
 * FrontEndST runs the client against the real cluster.
 */
class FairPactClientTest {

  private HttpServer server;
  private final Map<String, HttpExchangeRecord> seen = new ConcurrentHashMap<>();
  private FairPactApi api;

  record HttpExchangeRecord(
      String method, String uri, String authorization, String key, int size) {}

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/v1/", this::answer);
    server.start();
    api =
        FairPactClient.connect(
            URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "t0ken");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void submitsTheBytesWithTheTokenAndReadsTheSubmission() {
    Submission submission =
        api.submit("umowa".getBytes(StandardCharsets.UTF_8), "u.txt", "pl", "k1");

    assertThat(submission).isEqualTo(new Submission("a-1", "d-1", "QUEUED", false));
    HttpExchangeRecord request = seen.get("POST");
    assertThat(request.uri()).isEqualTo("/api/v1/documents?filename=u.txt&lang=pl");
    assertThat(request.authorization()).isEqualTo("Bearer t0ken");
    assertThat(request.key()).isEqualTo("k1");
    assertThat(request.size()).isEqualTo(5);
  }

  @Test
  void readsFindingsAndTheClusterAsRecords() {
    Findings findings = api.findings("a-1");
    assertThat(findings.findings()).hasSize(1);
    Findings.Finding finding = findings.findings().get(0);
    assertThat(finding.risk()).isEqualTo("HIGH");
    assertThat(finding.evidence().get(0).registerNumber()).isEqualTo(5169);
    assertThat(finding.evidence().get(0).verified()).isNull();
    assertThat(finding.classifier().explanation().get(0).text()).isEqualTo("7 dni");

    Cluster cluster = api.cluster();
    assertThat(cluster.answeredBy()).isEqualTo("fairpact-1");
    assertThat(cluster.members()).extracting(Cluster.Member::name).containsExactly("fairpact-1");
    assertThat(cluster.members().get(0).health().consumers().get("analysis.fast").busy())
        .isEqualTo(1);
    assertThat(cluster.queues().get("analysis.dlq").consumers()).isNull();
  }

  @Test
  void aProblemAnswerIsThrownTyped() {
    assertThatThrownBy(() -> api.analysis("missing"))
        .isInstanceOfSatisfying(
            FairPactProblem.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(404);
              assertThat(problem.slug()).isEqualTo("not-found");
              assertThat(problem.detail()).contains("no analysis missing");
            });
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    int size = exchange.getRequestBody().readAllBytes().length;
    seen.put(
        exchange.getRequestMethod(),
        new HttpExchangeRecord(
            exchange.getRequestMethod(),
            exchange.getRequestURI().toString(),
            exchange.getRequestHeaders().getFirst("Authorization"),
            exchange.getRequestHeaders().getFirst("Idempotency-Key"),
            size));
    if (path.equals("/api/v1/documents")) {
      send(exchange, 202, "application/json", SUBMISSION);
    } else if (path.equals("/api/v1/analyses/a-1/findings")) {
      send(exchange, 200, "application/json", FINDINGS);
    } else if (path.equals("/api/v1/admin/cluster")) {
      send(exchange, 200, "application/json", CLUSTER);
    } else {
      send(exchange, 404, "application/problem+json", NOT_FOUND);
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().put("Content-Type", List.of(type));
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static final String SUBMISSION =
      "{\"analysisId\":\"a-1\",\"documentId\":\"d-1\",\"status\":\"QUEUED\",\"replayed\":false}";

  private static final String FINDINGS =
      """
      {"analysisId":"a-1","status":"COMPLETED","language":"pl","findings":[{"clauseIndex":2,
      "page":1,"start":10,"end":80,"excerpt":"Reklamacje ...","risk":"HIGH","score":0.85,
      "evidence":[{"registerNumber":5169,"similarity":0.85,"caseSignature":"XVII AmC 5292/12",
      "court":"SOKiK","judgmentDate":"2013-06-17","sector":"HANDEL","sharedWording":["7 dni"],
      "sameWording":[]}],"basis":"CLASSIFIER","classifier":{"probability":0.9,"categories":[],
      "explanation":[{"text":"7 dni","feature":"w:7 dni","weight":0.2}]},
      "reason":"Classifier: probability 0.9"}]}
      """;

  private static final String CLUSTER =
      """
      {"answeredBy":"fairpact-1","grid":{"available":true},"members":[{"name":"fairpact-1",
      "self":true,"type":"MICRO","httpPorts":[8081],"health":{"instance":"fairpact-1",
      "readiness":"UP","checks":{"database":"UP"},"draining":false,"consumers":
      {"analysis.fast":{"maxSessions":4,"busy":1}},"reportedAt":"2026-12-07T10:00:00Z"}}],
      "queues":{"analysis.fast":{"depth":0,"consumers":8},"analysis.dlq":{"depth":0}}}
      """;

  private static final String NOT_FOUND =
      "{\"type\":\"https://fairpact.dev/problems/not-found\",\"title\":\"Resource not found\","
          + "\"status\":404,\"detail\":\"no analysis missing\"}";
}
