package org.fairpact.infrastructure.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.fairpact.application.webhook.AttemptResult;
import org.fairpact.application.webhook.ClaimedAttempt;
import org.fairpact.application.webhook.WebhookUrlPolicy;
import org.fairpact.domain.model.webhook.WebhookSecret;
import org.fairpact.domain.model.webhook.WebhookSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One attempt against a receiver on 127.0.0.1: what is sent, and every way it can end. */
class WebhookSenderTest {

  private static final String SECRET = WebhookSecret.generate();
  private static final WebhookUrlPolicy LOOPBACK_ALLOWED =
      new WebhookUrlPolicy(true, true, List.of(), InetAddress::getAllByName);
  private static final WebhookUrlPolicy PRODUCTION =
      new WebhookUrlPolicy(true, false, List.of(), InetAddress::getAllByName);

  private final List<Map<String, List<String>>> received = new CopyOnWriteArrayList<>();
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private HttpServer server;
  private final WebhookSender sender =
      new WebhookSender(Duration.ofSeconds(2), Duration.ofSeconds(1));

  @BeforeEach
  void receiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/ok",
        exchange -> {
          received.add(Map.copyOf(exchange.getRequestHeaders()));
          bodies.add(new String(exchange.getRequestBody().readAllBytes()));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.createContext(
        "/moved",
        exchange -> {
          received.add(Map.copyOf(exchange.getRequestHeaders()));
          exchange.getResponseHeaders().add("Location", url("/ok"));
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
    server.createContext(
        "/hangs",
        exchange -> {
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
  }

  @Test
  void postsThePayloadWithTheStandardWebhooksHeadersSignedForThisAttempt() {
    ClaimedAttempt attempt = attempt("/ok");

    AttemptResult result = sender.send(attempt, LOOPBACK_ALLOWED);

    assertThat(result.outcome()).isEqualTo(AttemptResult.Outcome.DELIVERED);
    assertThat(result.httpStatus()).isEqualTo(204);
    Map<String, List<String>> headers = received.get(0);
    String timestamp = headers.get("Webhook-timestamp").get(0);
    assertThat(headers.get("Webhook-id")).containsExactly("msg_test");
    assertThat(Long.parseLong(timestamp)).isEqualTo(result.at().toEpochSecond());
    assertThat(headers.get("Webhook-signature"))
        .containsExactly(
            WebhookSignature.sign(SECRET, "msg_test", Long.parseLong(timestamp), "{\"a\":1}"));
    assertThat(headers.get("Content-type")).containsExactly("application/json");
    assertThat(bodies).containsExactly("{\"a\":1}");
  }

  @Test
  void aRedirectIsNotFollowed() {
    AttemptResult result = sender.send(attempt("/moved"), LOOPBACK_ALLOWED);

    assertThat(result.outcome()).isEqualTo(AttemptResult.Outcome.REJECTED);
    assertThat(result.httpStatus()).isEqualTo(302);
    assertThat(received).hasSize(1);
  }

  @Test
  void aReceiverThatHangsEndsTheAttemptAtTheRequestTimeout() {
    AttemptResult result = sender.send(attempt("/hangs"), LOOPBACK_ALLOWED);

    assertThat(result.outcome()).isEqualTo(AttemptResult.Outcome.UNREACHABLE);
    assertThat(result.error()).contains("no answer within 1 s");
    assertThat(result.durationMs()).isBetween(900L, 5_000L);
  }

  @Test
  void nobodyListeningIsUnreachable() {
    int port = server.getAddress().getPort();
    server.stop(0);

    AttemptResult result =
        sender.send(
            new ClaimedAttempt(1, "msg_test", 1, "http://127.0.0.1:" + port + "/ok", SECRET, "{}"),
            LOOPBACK_ALLOWED);

    assertThat(result.outcome()).isEqualTo(AttemptResult.Outcome.UNREACHABLE);
    assertThat(result.httpStatus()).isNull();
  }

  /** The address is checked again before each attempt: a refused one gets no request at all. */
  @Test
  void anAddressThePolicyRefusesGetsNoRequest() {
    AttemptResult result = sender.send(attempt("/ok"), PRODUCTION);

    assertThat(result.outcome()).isEqualTo(AttemptResult.Outcome.REFUSED);
    assertThat(result.error()).startsWith("not sent: ").contains("loopback");
    assertThat(received).isEmpty();
  }

  /**
   * The attempt connects to the addresses its check resolved, with no second lookup that a rebound
   * name could answer differently: a name only the policy's resolver knows is reached, and the
   * resolver is asked once.
   */
  @Test
  void theAttemptConnectsToTheAddressesItsCheckResolvedAndAllowed() {
    AtomicInteger lookups = new AtomicInteger();
    WebhookUrlPolicy policy =
        new WebhookUrlPolicy(
            true,
            true,
            List.of(),
            host -> {
              lookups.incrementAndGet();
              assertThat(host).isEqualTo("hooks.fairpact.invalid");
              return new InetAddress[] {InetAddress.getLoopbackAddress()};
            });
    String url = "http://hooks.fairpact.invalid:" + server.getAddress().getPort() + "/ok";

    AttemptResult result =
        sender.send(new ClaimedAttempt(1, "msg_test", 1, url, SECRET, "{\"a\":1}"), policy);

    assertThat(result.outcome())
        .as("%s", result.error())
        .isEqualTo(AttemptResult.Outcome.DELIVERED);
    assertThat(lookups).hasValue(1);
    assertThat(received.get(0).get("Host"))
        .containsExactly("hooks.fairpact.invalid:" + server.getAddress().getPort());
  }

  /** A secret this instance cannot open signs nothing: no request is made. */
  @Test
  void withoutItsSecretAnAttemptMakesNoRequest() {
    AttemptResult result =
        sender.send(new ClaimedAttempt(1, "msg_test", 1, url("/ok"), null, "{}"), LOOPBACK_ALLOWED);

    assertThat(result.outcome()).isEqualTo(AttemptResult.Outcome.REFUSED);
    assertThat(result.error()).startsWith("not sent: ").contains("secret");
    assertThat(received).isEmpty();
  }

  private ClaimedAttempt attempt(String path) {
    return new ClaimedAttempt(1, "msg_test", 1, url(path), SECRET, "{\"a\":1}");
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }
}
