package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.fairpact.it.support.Analyses;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.Broker;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.TestEnvironment;
import org.fairpact.it.support.Tokens;
import org.fairpact.testsupport.Poll;
import org.fairpact.testsupport.ProfileDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A request whose processing fails every time (its document's bytes are missing from the object
 * store) is redelivered with delays, then dead-lettered, and its analysis ends FAILED with the
 * reason; nothing is lost silently.
 */
@ExtendWith(ArquillianExtension.class)
class PoisonMessageIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  @Test
  void poisonRequestIsRetriedThenDeadLetteredAndTheAnalysisFails() {
    String tenant = "poison-" + UUID.randomUUID();
    UUID documentId = UUID.randomUUID();
    UUID analysisId = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now();
    ProfileDatabase.update(
        "INSERT INTO document (id, tenant, sha256, storage_key, filename, document_type,"
            + " size_bytes, created_at) VALUES (?, ?, ?, ?, 'gone.txt', 'TEXT', 10, ?)",
        documentId,
        tenant,
        "0".repeat(64),
        "documents/missing-" + documentId,
        now);
    ProfileDatabase.update(
        "INSERT INTO analysis (id, document_id, tenant, status, queue, queued_at)"
            + " VALUES (?, ?, ?, 'QUEUED', 'FAST', ?)",
        analysisId,
        documentId,
        tenant,
        now);
    int maxAttempts = Integer.parseInt(TestEnvironment.require("FAIRPACT_ANALYSIS_MAX_ATTEMPTS"));

    Broker.send(
        "analysis.fast",
        "{\"version\":1,\"analysisId\":\""
            + analysisId
            + "\",\"documentId\":\""
            + documentId
            + "\",\"tenant\":\""
            + tenant
            + "\",\"queue\":\"FAST\"}",
        analysisId.toString());

    Api api = new Api(base);
    JsonObject analysis =
        new Analyses(api)
            .awaitFinished(analysisId.toString(), Tokens.integrator(tenant), Duration.ofMinutes(1));
    assertThat(analysis.getString("status")).isEqualTo("FAILED");
    assertThat(analysis.getInt("attempts")).isEqualTo(maxAttempts);
    assertThat(analysis.getString("failureReason"))
        .isEqualTo("gave up after " + maxAttempts + " attempts: FileNotFoundException");
    Poll.until(
        Duration.ofSeconds(30),
        () -> Broker.browseAnalysisIds("analysis.dlq"),
        ids -> ids.contains(analysisId.toString()),
        "the request in the dead-letter queue");
    assertThat(
            ProfileDatabase.count("SELECT count(*) FROM finding WHERE analysis_id = ?", analysisId))
        .isZero();
  }
}
