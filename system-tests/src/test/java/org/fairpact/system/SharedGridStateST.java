package org.fairpact.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fairpact.system.support.FrontEnd;
import org.fairpact.system.support.FrontEnd.Response;
import org.fairpact.system.support.SystemEnvironment;
import org.fairpact.system.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * What one instance writes into the data grid, the others see: a register lookup cached by one
 * instance is a cache hit on another, and a tenant's upload quota is one count for the cluster, not
 * one per instance.
 */
class SharedGridStateST {

  /** The tenant the test profile limits (fairpact.env: its uploads-per-minute setting). */
  static final String QUOTA_TENANT = "stquota";

  private static final String QUOTA_SETTING = "FAIRPACT_QUOTA_TENANT_STQUOTA_UPLOADS_PER_MINUTE";

  private final FrontEnd front = FrontEnd.plain();

  @Test
  void aRegisterLookupCachedThroughOneInstanceIsAHitOnAnother() {
    String token = Tokens.integrator("st-cache");
    List<Integer> candidates = registerNumbers(token);
    assertThat(candidates).as("register entries to look up").isNotEmpty();
    for (int number : candidates) {
      Response first = front.get("/api/v1/clauses/" + number, token);
      assertThat(first.status()).as("%s", first).isEqualTo(200);
      if (!first.header("X-FairPact-Cache").orElse("").contains("MISS")) {
        continue; // looked up before this test: not proof of who wrote it
      }
      String writer = first.instance().orElseThrow();
      Response other = null;
      for (int i = 0; i < 4 * SystemEnvironment.instances() && other == null; i++) {
        Response next = front.get("/api/v1/clauses/" + number, token);
        if (!next.instance().orElseThrow().equals(writer)) {
          other = next;
        }
      }
      assertThat(other).as("an answer from an instance other than %s", writer).isNotNull();
      System.out.printf(
          "register lookup %d: cached by %s, %s on %s%n",
          number, writer, other.header("X-FairPact-Cache").orElse("?"), other.instance().get());
      assertThat(other.header("X-FairPact-Cache")).as("%s", other).contains("HIT");
      assertThat(other.body()).isEqualTo(first.body());
      return;
    }
    throw new AssertionError("every candidate register entry was cached already: " + candidates);
  }

  /**
   * The tenant's limit plus two uploads per instance, round robin over all instances: if each
   * instance counted on its own, all of them would be accepted; shared, the cluster accepts at most
   * the limit and every instance refuses with the quota problem. (Few enough uploads to stay within
   * nginx's upload burst.)
   */
  @Test
  void aTenantsUploadQuotaIsCountedOnceForTheWholeCluster() throws IOException {
    Optional<Integer> configured = quotaLimit();
    assumeTrue(configured.isPresent(), QUOTA_SETTING + " not in fairpact.env: quota not checked");
    int limit = configured.get();
    String token = Tokens.integrator(QUOTA_TENANT);
    int accepted = 0;
    Set<String> acceptedBy = new HashSet<>();
    Set<String> refusedBy = new HashSet<>();
    for (int i = 0; i < limit + 2 * SystemEnvironment.instances(); i++) {
      Response response =
          front.post(
              "/api/v1/documents?filename=quota-" + i + ".txt&lang=pl",
              ("Umowa numer " + i + ". Zwykła klauzula o dostawie.")
                  .getBytes(StandardCharsets.UTF_8),
              token,
              Map.of("Content-Type", "text/plain"));
      if (response.status() == 202) {
        accepted++;
        acceptedBy.add(response.instance().orElseThrow());
      } else {
        assertThat(response.status()).as("%s", response).isEqualTo(429);
        assertThat(response.body()).contains("https://fairpact.dev/problems/quota-exceeded");
        assertThat(response.header("Retry-After")).isPresent();
        refusedBy.add(response.instance().orElseThrow());
      }
    }
    System.out.printf(
        "quota of %d uploads/min for tenant %s: %d accepted (by %s), refused by %s%n",
        limit, QUOTA_TENANT, accepted, acceptedBy, refusedBy);
    assertThat(accepted).as("uploads accepted by the cluster").isLessThanOrEqualTo(limit);
    assertThat(refusedBy).as("instances that refused").hasSize(SystemEnvironment.instances());
  }

  private List<Integer> registerNumbers(String token) {
    Response page = front.get("/api/v1/clauses?size=50&page=" + (int) (Math.random() * 50), token);
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    JsonObject json = Json.createReader(new StringReader(page.body())).readObject();
    List<Integer> numbers = new ArrayList<>();
    for (JsonValue item : json.getJsonArray("entries")) {
      numbers.add(item.asJsonObject().getInt("registerNumber"));
    }
    java.util.Collections.shuffle(numbers);
    return numbers;
  }

  private static Optional<Integer> quotaLimit() throws IOException {
    Path env = SystemEnvironment.stateDir().resolve("fairpact.env");
    return Files.readAllLines(env, StandardCharsets.UTF_8).stream()
        .filter(line -> line.startsWith(QUOTA_SETTING + "="))
        .map(line -> Integer.parseInt(line.substring(QUOTA_SETTING.length() + 1).strip()))
        .findFirst();
  }
}
