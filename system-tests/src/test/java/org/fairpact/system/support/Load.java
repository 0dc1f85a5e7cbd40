package org.fairpact.system.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A steady load through nginx, as a well-behaved integrator makes it: uploads of the example
 * contract (each with its own Idempotency-Key) and reads (the status of accepted analyses, clause
 * searches) at fixed rates. Counts every request sent and every one that failed (an answer other
 * than the expected one, or no answer); the client itself never retries.
 */
public final class Load {

  /** The status {@link Figures#answers()} counts requests under that got no answer. */
  public static final int NO_ANSWER = 0;

  private final FrontEnd front = FrontEnd.plain();
  private final String token;
  private final String tenant;
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
  private final ExecutorService workers = Executors.newFixedThreadPool(24);
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong uploads = new AtomicLong();
  private final Set<UUID> accepted = ConcurrentHashMap.newKeySet();
  private final Map<String, Integer> instances = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
  private final Map<Integer, Integer> answers = new ConcurrentHashMap<>();

  private Load(String tenant) {
    this.tenant = tenant;
    this.token = Tokens.integrator(tenant);
  }

  /** Starts uploading and reading at the given rates (per second) until {@link #stop()}. */
  public static Load start(String tenant, int uploadsPerSecond, int readsPerSecond) {
    Load load = new Load(tenant);
    load.ticker.scheduleAtFixedRate(
        () -> load.workers.execute(load::upload),
        0,
        1000 / uploadsPerSecond,
        TimeUnit.MILLISECONDS);
    load.ticker.scheduleAtFixedRate(
        () -> load.workers.execute(load::read), 50, 1000 / readsPerSecond, TimeUnit.MILLISECONDS);
    return load;
  }

  private void upload() {
    long n = uploads.incrementAndGet();
    String key = "st-" + tenant + "-" + n + "-" + UUID.randomUUID();
    call(
        "POST /api/v1/documents #" + n,
        202,
        () ->
            front.post(
                "/api/v1/documents?filename=umowa-" + n + ".txt&lang=pl",
                Contracts.example(tenant + "/" + n),
                token,
                Map.of("Idempotency-Key", key, "Content-Type", "text/plain")),
        response -> accepted.add(UUID.fromString(json(response.body()).getString("analysisId"))));
  }

  private void read() {
    List<UUID> ids = new ArrayList<>(accepted);
    if (!ids.isEmpty() && ThreadLocalRandom.current().nextBoolean()) {
      UUID id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
      call(
          "GET /api/v1/analyses/" + id,
          200,
          () -> front.get("/api/v1/analyses/" + id, token),
          r -> {});
    } else {
      call(
          "GET /api/v1/clauses",
          200,
          () -> front.get("/api/v1/clauses?q=reklamacje&page=0&size=5", token),
          r -> {});
    }
  }

  private void call(
      String what,
      int expected,
      java.util.function.Supplier<FrontEnd.Response> request,
      java.util.function.Consumer<FrontEnd.Response> onSuccess) {
    sent.incrementAndGet();
    try {
      FrontEnd.Response response = request.get();
      answers.merge(response.status(), 1, Integer::sum);
      response.instance().ifPresent(i -> instances.merge(i, 1, Integer::sum));
      if (response.status() == expected) {
        onSuccess.accept(response);
      } else {
        fail(
            what
                + ": "
                + response
                + " (request id "
                + response.header("X-Request-Id").orElse("-")
                + ")"
                + incident(response));
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      answers.merge(NO_ANSWER, 1, Integer::sum);
      fail(what + ": " + e);
    }
  }

  /** For a 500: the stack trace the instance logged under the incident the answer names. */
  private static String incident(FrontEnd.Response response) {
    if (response.status() != 500) {
      return "";
    }
    return Cluster.incidentLogged(response.body()).stream()
        .collect(java.util.stream.Collectors.joining("\n      ", "\n      logged: ", ""));
  }

  private void fail(String failure) {
    failed.incrementAndGet();
    failures.add(failure);
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  /** Stops sending and waits (bounded) for the requests in flight. */
  public Figures stop() {
    ticker.shutdownNow();
    workers.shutdown();
    try {
      if (!workers.awaitTermination(120, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return figures();
  }

  public Figures figures() {
    return new Figures(
        sent.get(),
        failed.get(),
        uploads.get(),
        Set.copyOf(accepted),
        Map.copyOf(instances),
        Map.copyOf(answers),
        List.copyOf(failures));
  }

  /** What the load saw; {@code answers}: how many requests got each HTTP status. */
  public record Figures(
      long sent,
      long failed,
      long uploads,
      Set<UUID> accepted,
      Map<String, Integer> answeredBy,
      Map<Integer, Integer> answers,
      List<String> failures) {}
}
