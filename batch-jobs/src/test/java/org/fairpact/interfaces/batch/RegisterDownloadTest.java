package org.fairpact.interfaces.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.fairpact.application.ClauseSyncSources.DownloadLimits;
import org.fairpact.application.SourceAllowList;
import org.fairpact.application.SourceNotAllowedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Downloads of a register export: redirects re-checked, size and time limited. */
class RegisterDownloadTest {

  private static final DownloadLimits LIMITS =
      new DownloadLimits(1024, Duration.ofSeconds(2), Duration.ofMillis(500), 2);

  private HttpServer server;
  private String base;
  private final AtomicInteger forbiddenHits = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/exports/register.csv", e -> answer(e, 200, "Lp;Klauzula\n"));
    server.createContext("/exports/moved.csv", e -> redirect(e, "/exports/register.csv"));
    server.createContext("/exports/escape.csv", e -> redirect(e, "/private/secret"));
    server.createContext("/exports/elsewhere.csv", e -> redirect(e, "http://127.0.0.2:9/x"));
    server.createContext("/exports/loop.csv", e -> redirect(e, "/exports/loop.csv"));
    server.createContext("/exports/big.csv", e -> answer(e, 200, "x".repeat(4096)));
    server.createContext("/exports/unannounced.csv", this::streamUnannounced);
    server.createContext("/exports/slow.csv", this::stall);
    server.createContext("/exports/missing.csv", e -> answer(e, 404, "no"));
    server.createContext(
        "/private/secret",
        e -> {
          forbiddenHits.incrementAndGet();
          answer(e, 200, "secret");
        });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void downloadsFromAnAllowedPrefix() throws IOException {
    try (InputStream in = open("/exports/register.csv")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("Lp;");
    }
  }

  @Test
  void followsARedirectThatStaysUnderThePrefixes() throws IOException {
    try (InputStream in = open("/exports/moved.csv")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("Lp;");
    }
  }

  @Test
  void refusesARedirectOutOfThePrefixesWithoutFetchingIt() {
    assertThatThrownBy(() -> open("/exports/escape.csv"))
        .isInstanceOf(SourceNotAllowedException.class);
    assertThatThrownBy(() -> open("/exports/elsewhere.csv"))
        .isInstanceOf(SourceNotAllowedException.class);
    assertThat(forbiddenHits).hasValue(0);
  }

  @Test
  void stopsAfterTheRedirectLimit() {
    assertThatThrownBy(() -> open("/exports/loop.csv"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("redirects");
  }

  @Test
  void refusesAnAnnouncedBodyOverTheLimit() {
    assertThatThrownBy(() -> open("/exports/big.csv"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("max-bytes");
  }

  @Test
  void stopsAStreamedBodyAtTheLimit() {
    assertThatThrownBy(
            () -> {
              try (InputStream in = open("/exports/unannounced.csv")) {
                in.readAllBytes();
              }
            })
        .isInstanceOf(IOException.class)
        .hasMessageContaining("max-bytes");
  }

  @Test
  void aStalledServerTimesOut() {
    long started = System.nanoTime();
    assertThatThrownBy(
            () -> {
              try (InputStream in = open("/exports/slow.csv")) {
                in.readAllBytes();
              }
            })
        .isInstanceOf(java.net.SocketTimeoutException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void anErrorStatusFails() {
    assertThatThrownBy(() -> open("/exports/missing.csv"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("HTTP 404");
  }

  private InputStream open(String path) throws IOException {
    SourceAllowList allowList = SourceAllowList.of("", base + "/exports/", 2048);
    return RegisterDownload.open(URI.create(base + path), allowList, LIMITS);
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().add("Location", location);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private void streamUnannounced(HttpExchange exchange) throws IOException {
    exchange.sendResponseHeaders(200, 0); // chunked
    try (OutputStream out = exchange.getResponseBody()) {
      for (int i = 0; i < 64; i++) {
        out.write("y".repeat(100).getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException clientGaveUp) {
      // the download stopped reading at its limit
    }
  }

  private void stall(HttpExchange exchange) throws IOException {
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write("Lp".getBytes(StandardCharsets.UTF_8));
      out.flush();
      Thread.sleep(3000);
    } catch (IOException | InterruptedException clientGaveUp) {
      // the download timed out first
    }
  }
}
