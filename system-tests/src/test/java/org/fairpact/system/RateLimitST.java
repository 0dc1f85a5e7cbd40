package org.fairpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.fairpact.system.support.FrontEnd;
import org.fairpact.system.support.FrontEnd.Response;
import org.fairpact.system.support.SystemEnvironment;
import org.junit.jupiter.api.Test;

/**
 * nginx's per-endpoint rate limits: uploads are limited more strictly than reads, and a refused
 * request gets 429 with Retry-After. Unauthenticated requests suffice (nginx counts them before the
 * application answers 401) and create nothing.
 */
class RateLimitST {

  private final FrontEnd front = FrontEnd.plain();

  @Test
  void aBurstOfUploadsIsRefusedWith429AndRetryAfterWhileTheSameBurstOfReadsPasses()
      throws Exception {
    int burst = 2 * SystemEnvironment.uploadBurst() + 20;

    List<Response> uploads =
        concurrently(
            burst, () -> front.post("/api/v1/documents", new byte[0], null, java.util.Map.of()));
    List<Response> limited = uploads.stream().filter(r -> r.status() == 429).toList();
    System.out.printf(
        "rate limit: %d concurrent uploads -> %d refused with 429, %d passed to the application%n",
        burst, limited.size(), burst - limited.size());
    assertThat(limited).as("uploads refused").isNotEmpty();
    Response refused = limited.get(0);
    assertThat(refused.header("Retry-After").orElseThrow()).matches("[1-9][0-9]*");
    assertThat(refused.header("Content-Type")).contains("application/problem+json");
    assertThat(refused.body()).contains("https://fairpact.dev/problems/rate-limited");
    assertThat(uploads)
        .filteredOn(r -> r.status() != 429)
        .extracting(Response::status)
        .containsOnly(401);

    Thread.sleep(1000L * Long.parseLong(refused.header("Retry-After").orElseThrow()) + 500);
    List<Response> reads = concurrently(burst, () -> front.get("/api/v1/clauses?size=1", null));
    assertThat(reads).as("the same burst of reads").extracting(Response::status).containsOnly(401);

    Thread.sleep(1000);
    assertThat(front.post("/api/v1/documents", new byte[0], null, java.util.Map.of()).status())
        .as("an upload after Retry-After")
        .isEqualTo(401);
  }

  private static List<Response> concurrently(int n, java.util.function.Supplier<Response> request) {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<CompletableFuture<Response>> futures =
          IntStream.range(0, n)
              .mapToObj(i -> CompletableFuture.supplyAsync(request, pool))
              .toList();
      return futures.stream().map(CompletableFuture::join).toList();
    } finally {
      pool.shutdown();
    }
  }
}
