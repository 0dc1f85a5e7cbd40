package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import org.fairpact.it.support.Analyses;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Broker;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.Tokens;
import org.fairpact.testsupport.ProfileDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The document row, the analysis row and the request message are one unit of work, proven with real
 * faults: the database refusing the rows after the message was sent, and the broker refusing the
 * message after the rows were written.
 */
@ExtendWith(ArquillianExtension.class)
class SubmissionAtomicityIT {

  private static final String QUEUE = "analysis.fast";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  @Test
  void whenTheDatabaseWriteFailsNoMessageIsSent() {
    // tenant is varchar(100): the insert fails when the transaction flushes, after the send
    String tenant = "t".repeat(150);
    long before = Broker.attribute(QUEUE, "MessagesAdded");

    ApiResponse response =
        new Analyses(new Api(base)).submitText("Umowa najmu.", Tokens.integrator(tenant));

    assertThat(response.status()).as(response.toString()).isEqualTo(503);
    assertThat(Broker.attribute(QUEUE, "MessagesAdded")).isEqualTo(before);
    assertThat(ProfileDatabase.count("SELECT count(*) FROM document WHERE tenant = ?", tenant))
        .isZero();
  }

  @Test
  void whenTheSendFailsNoQueuedAnalysisIsLeftBehind() {
    String tenant = "refused-" + UUID.randomUUID();
    Broker.refuseSends(QUEUE);
    ApiResponse response;
    try {
      response =
          new Analyses(new Api(base)).submitText("Umowa użyczenia.", Tokens.integrator(tenant));
    } finally {
      Broker.allowSends(QUEUE);
    }

    assertThat(response.status()).as(response.toString()).isEqualTo(503);
    assertThat(ProfileDatabase.count("SELECT count(*) FROM analysis WHERE tenant = ?", tenant))
        .isZero();
    assertThat(ProfileDatabase.count("SELECT count(*) FROM document WHERE tenant = ?", tenant))
        .isZero();

    ApiResponse retry =
        new Analyses(new Api(base)).submitText("Umowa użyczenia.", Tokens.integrator(tenant));
    assertThat(retry.status()).as("accepted again once the broker takes messages").isEqualTo(202);
  }
}
