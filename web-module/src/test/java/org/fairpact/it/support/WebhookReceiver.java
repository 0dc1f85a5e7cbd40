package org.fairpact.it.support;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.fairpact.testsupport.Poll;

/**
 * A webhook receiver in the test JVM: an HTTP server on 127.0.0.1 (ephemeral port) that records
 * every request and answers the statuses it was told to, in order (then 200).
 */
public final class WebhookReceiver implements AutoCloseable {

  /** One request as received: lower-case header names, the raw body. */
  public record Received(Map<String, String> headers, String body) {

    public JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    public String header(String name) {
      return headers.get(name);
    }
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Deque<Integer> statuses = new ArrayDeque<>();
  private volatile int otherwise = 200;

  public WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/hook",
        exchange -> {
          Map<String, String> headers = new java.util.HashMap<>();
          exchange
              .getRequestHeaders()
              .forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(new Received(Map.copyOf(headers), body));
          int status;
          synchronized (statuses) {
            status = statuses.isEmpty() ? otherwise : statuses.removeFirst();
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  /** Answers these statuses to the next requests, in order, and 200 after them. */
  public WebhookReceiver answering(Integer... next) {
    synchronized (statuses) {
      statuses.addAll(List.of(next));
    }
    return this;
  }

  /** Answers this status to every request. */
  public WebhookReceiver alwaysAnswering(int status) {
    otherwise = status;
    return this;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  /** The requests whose body's {@code data.analysisId} is the id, once there are {@code count}. */
  public List<Received> awaitFor(String analysisId, int count, Duration limit) {
    Predicate<Received> about =
        request -> analysisId.equals(request.json().getJsonObject("data").getString("analysisId"));
    return Poll.until(
        limit,
        () -> received.stream().filter(about).toList(),
        found -> found.size() >= count,
        count + " webhook request(s) about analysis " + analysisId);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
