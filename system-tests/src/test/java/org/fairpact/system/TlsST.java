package org.fairpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.fairpact.system.support.Contracts;
import org.fairpact.system.support.FrontEnd;
import org.fairpact.system.support.FrontEnd.Response;
import org.fairpact.system.support.Tokens;
import org.junit.jupiter.api.Test;

/** TLS termination on the second port, with the certificate bin/fairpact generated. */
class TlsST {

  private final FrontEnd tls = FrontEnd.tls();

  @Test
  void healthAnswersOverTlsTrustingTheGeneratedCertificate() {
    Response response = tls.get("/health/ready", null);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("X-Request-Id")).isPresent();
  }

  @Test
  void anUploadOverTlsIsAcceptedAndItsLocationIsHttps() {
    Response response =
        tls.post(
            "/api/v1/documents?filename=tls.txt&lang=pl",
            Contracts.example("tls"),
            Tokens.integrator("st-tls"),
            Map.of("Content-Type", "text/plain"));
    assertThat(response.status()).as("%s", response).isEqualTo(202);
    assertThat(response.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).startsWith(tls.base() + "/api/v1/analyses/"));
  }
}
