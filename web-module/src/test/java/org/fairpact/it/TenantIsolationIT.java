package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import org.fairpact.it.support.Analyses;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An integrator sees only its own tenant's documents and analyses; another tenant's are 404. */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  private Api api;
  private final String owner = "owner-" + UUID.randomUUID();
  private final String stranger = "stranger-" + UUID.randomUUID();
  private String analysisId;
  private String documentId;

  @BeforeEach
  void submitAsOwner() {
    api = new Api(base);
    ApiResponse accepted =
        new Analyses(api)
            .submitText(
                "Umowa zlecenia. Zleceniobiorca wykona zlecenie.", Tokens.integrator(owner));
    assertThat(accepted.status()).isEqualTo(202);
    analysisId = accepted.json().getString("analysisId");
    documentId = accepted.json().getString("documentId");
  }

  @Test
  void ownerSeesItsAnalysisAndDocument() {
    String token = Tokens.integrator(owner);

    assertThat(api.get("/api/v1/analyses/" + analysisId, token).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/documents/" + documentId, token).status()).isEqualTo(200);
  }

  @Test
  void anotherTenantGetsNotFoundForEverything() {
    String token = Tokens.integrator(stranger);

    assertThat(api.get("/api/v1/analyses/" + analysisId, token).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/analyses/" + analysisId + "/findings", token).status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/documents/" + documentId, token).status()).isEqualTo(404);
  }

  @Test
  void sameIdempotencyKeyInAnotherTenantIsAnotherAnalysis() {
    var headers = java.util.Map.of("Idempotency-Key", "shared-key-" + UUID.randomUUID());
    byte[] body = "Umowa dostawy. Dostawca dostarczy towar.".getBytes();

    ApiResponse mine = new Analyses(api).submit(body, Tokens.integrator(owner), headers);
    ApiResponse theirs = new Analyses(api).submit(body, Tokens.integrator(stranger), headers);

    assertThat(theirs.json().getString("analysisId"))
        .isNotEqualTo(mine.json().getString("analysisId"));
  }

  @Test
  void adminSeesEveryTenant() {
    assertThat(api.get("/api/v1/analyses/" + analysisId, Tokens.admin()).status()).isEqualTo(200);
  }
}
