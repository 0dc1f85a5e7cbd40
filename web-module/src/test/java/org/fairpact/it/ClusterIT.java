package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.fairpact.it.support.Analyses;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.Register;
import org.fairpact.it.support.TestEnvironment;
import org.fairpact.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the data grid does for the cluster, on one Payara Micro in the test grid: the member
 * listing, the instance header, the shared register lookup cache and the cluster-wide upload quota
 * (tenant {@value #QUOTA_TENANT} is limited to 3 uploads a minute by the failsafe configuration).
 */
@ExtendWith(ArquillianExtension.class)
class ClusterIT {

  static final String QUOTA_TENANT = "quota-it";
  private static final String INSTANCE = "X-FairPact-Instance";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  private Api api;

  @BeforeEach
  void connect() {
    api = new Api(base);
  }

  @Test
  void theClusterListingShowsThisInstanceWithItsHealthAndConsumers() {
    ApiResponse response = api.get("/api/v1/admin/cluster", Tokens.admin());

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonObject cluster = response.json();
    String self = response.header(INSTANCE).orElseThrow();
    assertThat(cluster.getString("answeredBy")).isEqualTo(self);
    assertThat(cluster.getJsonObject("grid").getBoolean("available")).isTrue();
    List<JsonObject> members = cluster.getJsonArray("members").getValuesAs(JsonObject.class);
    JsonObject me = members.stream().filter(m -> m.getBoolean("self")).findFirst().orElseThrow();
    assertThat(me.getString("name")).isEqualTo(self);
    assertThat(me.getJsonArray("httpPorts").getInt(0)).isEqualTo(base.getPort());
    JsonObject health = me.getJsonObject("health");
    assertThat(health.getString("readiness")).as(health.toString()).isEqualTo("UP");
    assertThat(health.getJsonObject("checks").keySet())
        .contains("database", "broker", "object-store", "accepting-work");
    int fastSessions = Integer.parseInt(TestEnvironment.require("FAIRPACT_MDB_FAST_MAX_SESSION"));
    assertThat(
            health.getJsonObject("consumers").getJsonObject("analysis.fast").getInt("maxSessions"))
        .isEqualTo(fastSessions);
    assertThat(
            cluster
                .getJsonObject("queues")
                .getJsonObject("analysis.fast")
                .getJsonNumber("consumers")
                .longValue())
        .isGreaterThanOrEqualTo(fastSessions);
  }

  @Test
  void everyApiAnswerNamesTheInstance() {
    String self = api.get("/api/v1/admin/cluster", Tokens.admin()).header(INSTANCE).orElseThrow();

    ApiResponse ok = api.get("/api/v1/clauses?size=1", Tokens.integrator("t"));
    ApiResponse notFound = api.get("/api/v1/analyses/" + UUID.randomUUID(), Tokens.integrator("t"));
    ApiResponse forbidden = api.get("/api/v1/admin/cluster", Tokens.integrator("t"));

    assertThat(ok.status()).isEqualTo(200);
    assertThat(notFound.status()).isEqualTo(404);
    assertThat(forbidden.status()).isEqualTo(403);
    for (ApiResponse response : List.of(ok, notFound, forbidden)) {
      assertThat(response.header(INSTANCE)).as(response.toString()).contains(self);
    }
  }

  @Test
  void registerLookupsComeFromTheGridUntilASyncEmptiesIt() {
    Register.ensureLoaded(api);
    String token = Tokens.integrator("t");
    int number = Register.bundledEntries().get(0).registerNumber();

    ApiResponse first = api.get("/api/v1/clauses/" + number, token);
    ApiResponse second = api.get("/api/v1/clauses/" + number, token);
    Register.sync(api, null);
    ApiResponse afterSync = api.get("/api/v1/clauses/" + number, token);

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.header("X-FairPact-Cache")).contains("MISS");
    assertThat(second.header("X-FairPact-Cache")).contains("HIT");
    assertThat(second.json()).isEqualTo(first.json());
    assertThat(second.json().getInt("registerNumber")).isEqualTo(number);
    assertThat(afterSync.header("X-FairPact-Cache")).contains("MISS");
  }

  @Test
  void uploadsPastTheTenantsQuotaAreRefusedWith429AndRetryAfter() {
    Analyses analyses = new Analyses(api);
    String limited = Tokens.integrator(QUOTA_TENANT);

    for (int i = 1; i <= 3; i++) {
      ApiResponse accepted =
          analyses.submitText("Umowa numer " + i + ". Zwykła klauzula.", limited);
      assertThat(accepted.status()).as("upload " + i + ": " + accepted).isEqualTo(202);
    }
    ApiResponse refused = analyses.submitText("Umowa numer 4.", limited);
    ApiResponse otherTenant =
        analyses.submitText("Umowa innego najemcy.", Tokens.integrator("quota-free"));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().getString("type"))
        .isEqualTo("https://fairpact.dev/problems/quota-exceeded");
    assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(1L, 120L);
    assertThat(refused.header(INSTANCE)).isPresent();
    assertThat(otherTenant.status()).isEqualTo(202);
  }
}
