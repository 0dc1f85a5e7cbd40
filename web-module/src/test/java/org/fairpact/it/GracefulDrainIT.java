package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.fairpact.it.support.Analyses;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Broker;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.ExampleContract;
import org.fairpact.it.support.Register;
import org.fairpact.it.support.Tokens;
import org.fairpact.testsupport.Poll;
import org.fairpact.testsupport.ProfileDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Draining (what SIGTERM does before the server stops, here switched on through the admin API):
 * readiness goes DOWN, HTTP is still answered, and a new analysis request is handed back to the
 * queue instead of being started; taken back into rotation, the instance processes it, on its first
 * delivery attempt and once.
 */
@ExtendWith(ArquillianExtension.class)
class GracefulDrainIT {

  private static final String DRAIN = "/api/v1/admin/instance/drain";
  private static final String FAST = "analysis.fast";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  @AfterEach
  void resume() {
    new Api(base).delete(DRAIN, Tokens.admin());
  }

  @Test
  void aDrainingInstanceIsNotReadyAndHandsNewAnalysesOnWithoutStartingThem() {
    Api api = new Api(base);
    Register.ensureLoaded(api);
    String token = Tokens.integrator("drain-" + UUID.randomUUID());

    ApiResponse drained = api.post(DRAIN, new byte[0], Tokens.admin(), Map.of());
    assertThat(drained.status()).as(drained.toString()).isEqualTo(200);
    assertThat(drained.json().getBoolean("draining")).isTrue();
    ApiResponse notReady = api.get("/health/ready", null);
    assertThat(notReady.status()).isEqualTo(503);
    assertThat(notReady.body()).contains("accepting-work");

    long added = Broker.attribute(FAST, "MessagesAdded");
    ApiResponse accepted = new Analyses(api).submitText(ExampleContract.text(), token);
    assertThat(accepted.status()).as("HTTP is still served").isEqualTo(202);
    String analysisId = accepted.json().getString("analysisId");
    // the request plus two hand-offs of it have gone through the queue
    Poll.until(
        Duration.ofSeconds(30),
        () -> Broker.attribute(FAST, "MessagesAdded"),
        n -> n >= added + 3,
        "the request to be handed back to " + FAST + " twice");
    assertThat(
            ProfileDatabase.strings(
                "SELECT status || ' ' || attempts FROM analysis WHERE id = ?",
                UUID.fromString(analysisId)))
        .containsExactly("QUEUED 0");

    ApiResponse resumed = api.delete(DRAIN, Tokens.admin());
    assertThat(resumed.status()).isEqualTo(200);
    assertThat(api.get("/health/ready", null).status()).isEqualTo(200);
    JsonObject analysis = new Analyses(api).awaitFinished(analysisId, token, Duration.ofMinutes(2));

    assertThat(analysis.getString("status")).as(analysis.toString()).isEqualTo("COMPLETED");
    assertThat(analysis.getInt("attempts")).as("hand-offs cost no delivery attempt").isEqualTo(1);
    assertThat(
            ProfileDatabase.count(
                "SELECT count(*) FROM finding WHERE analysis_id = ?", UUID.fromString(analysisId)))
        .isEqualTo(analysis.getInt("findingsCount"));
  }
}
