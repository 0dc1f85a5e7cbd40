package org.fairpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fairpact.system.support.Contracts;
import org.fairpact.system.support.FrontEnd;
import org.fairpact.system.support.FrontEnd.Response;
import org.fairpact.system.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * TLS termination on the second port, with the certificate bin/fairpact generated: the links the
 * application writes (Location, Link rel="next") lead to the TLS front end the client called.
 */
class TlsST {

  private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");

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

  @Test
  void theNextPageOfAListingOverTlsIsLinkedOverTls() {
    String token = Tokens.integrator("st-tls-" + UUID.randomUUID());
    for (int i = 0; i < 2; i++) {
      Response accepted =
          tls.post(
              "/api/v1/documents?filename=tls-" + i + ".txt",
              Contracts.example("tls-listing-" + i + "-" + UUID.randomUUID()),
              token,
              Map.of("Content-Type", "text/plain"));
      assertThat(accepted.status()).as("%s", accepted).isEqualTo(202);
    }

    Response page = tls.get("/api/v1/documents?limit=1", token);

    assertThat(page.status()).as("%s", page).isEqualTo(200);
    String link = page.header("Link").orElseThrow(() -> new AssertionError("no Link: " + page));
    Matcher next = NEXT.matcher(link);
    assertThat(next.find()).as(link).isTrue();
    URI resolved = tls.base().resolve(next.group(1));
    assertThat(resolved.toString()).startsWith(tls.base() + "/api/v1/documents?");
    Response second = tls.get(resolved.getRawPath() + "?" + resolved.getRawQuery(), token);
    assertThat(second.status()).as("%s", second).isEqualTo(200);
  }
}
