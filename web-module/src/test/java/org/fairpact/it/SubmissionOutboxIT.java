package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.fairpact.it.support.Analyses;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Broker;
import org.fairpact.it.support.Deployments;
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
 * The document row, the analysis row and the request (an outbox row) are one local transaction, and
 * the request reaches the broker after it commits, exactly once. Proven with real faults: the
 * database refusing the rows; the broker refusing every message between the commit and the
 * publication; and a row published twice (as when an instance dies between the broker's commit and
 * the row's deletion).
 */
@ExtendWith(ArquillianExtension.class)
class SubmissionOutboxIT {

  private static final String QUEUE = "analysis.fast";
  private static final Duration LIMIT = Duration.ofSeconds(60);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  @Test
  void whenTheDatabaseWriteFailsNothingIsStoredOrSent() {
    // tenant is varchar(100): the insert fails when the transaction commits
    String tenant = "t".repeat(150);
    long before = Broker.attribute(QUEUE, "MessagesAdded");

    ApiResponse response =
        new Analyses(new Api(base)).submitText("Umowa najmu.", Tokens.integrator(tenant));

    assertThat(response.status()).as(response.toString()).isEqualTo(503);
    assertThat(ProfileDatabase.count("SELECT count(*) FROM document WHERE tenant = ?", tenant))
        .isZero();
    assertThat(Broker.attribute(QUEUE, "MessagesAdded")).isEqualTo(before);
  }

  @Test
  void anUploadAcceptedWhileTheBrokerRefusesIsAnalysedOnceItTakesMessagesAgain() {
    String token = Tokens.integrator("outbox-" + UUID.randomUUID());
    Analyses analyses = new Analyses(new Api(base));
    String id;
    Broker.refuseSends(QUEUE);
    try {
      ApiResponse response = analyses.submitText("Umowa użyczenia roweru.", token);
      assertThat(response.status()).as(response.toString()).isEqualTo(202);
      id = response.json().getString("analysisId");
      // committed, not yet published: the relay keeps failing while the broker refuses
      Poll.until(
          Duration.ofSeconds(5),
          () -> pendingRows(id),
          rows -> rows == 1,
          "the request waiting in the outbox");
      assertThat(status(id)).isEqualTo("QUEUED");
    } finally {
      Broker.allowSends(QUEUE);
    }

    JsonObject finished = analyses.awaitFinished(id, token, LIMIT);

    assertThat(finished.getString("status")).isEqualTo("COMPLETED");
    assertThat(ProfileDatabase.count("SELECT attempts FROM analysis WHERE id = ?", uuid(id)))
        .isEqualTo(1);
    assertThat(pendingRows(id)).isZero();
  }

  @Test
  void aRequestPublishedTwiceIsDeliveredOnce() {
    String tenant = "outbox-" + UUID.randomUUID();
    String token = Tokens.integrator(tenant);
    Analyses analyses = new Analyses(new Api(base));
    ApiResponse response = analyses.submitText("Umowa przechowania.", token);
    String id = response.json().getString("analysisId");
    assertThat(analyses.awaitFinished(id, token, LIMIT).getString("status")).isEqualTo("COMPLETED");
    String document =
        ProfileDatabase.strings("SELECT document_id::text FROM analysis WHERE id = ?", uuid(id))
            .get(0);
    long added = Broker.attribute(QUEUE, "MessagesAdded");

    // the row the relay already published, written again
    ProfileDatabase.update(
        "INSERT INTO outbox_message (address, duplicate_id, analysis_id, body, created_at)"
            + " VALUES (?, ?, ?, ?, now())",
        QUEUE,
        id,
        uuid(id),
        Json.createObjectBuilder()
            .add("version", 1)
            .add("analysisId", id)
            .add("documentId", document)
            .add("tenant", tenant)
            .add("queue", "FAST")
            .build()
            .toString());
    Poll.until(LIMIT, () -> pendingRows(id), rows -> rows == 0, "the relay publishing the copy");

    assertThat(Broker.attribute(QUEUE, "MessagesAdded"))
        .as("the broker drops the copy by its duplicate-detection id")
        .isEqualTo(added);
    assertThat(ProfileDatabase.count("SELECT attempts FROM analysis WHERE id = ?", uuid(id)))
        .isEqualTo(1);
  }

  private static long pendingRows(String analysisId) {
    return ProfileDatabase.count(
        "SELECT count(*) FROM outbox_message WHERE analysis_id = ?", uuid(analysisId));
  }

  private static String status(String analysisId) {
    return ProfileDatabase.strings("SELECT status FROM analysis WHERE id = ?", uuid(analysisId))
        .get(0);
  }

  private static UUID uuid(String id) {
    return UUID.fromString(id);
  }
}
