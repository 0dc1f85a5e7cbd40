package org.fairpact.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PagesTest {

  @Test
  void theLimitDefaultsTo20AndMayBeOneToOneHundred() {
    assertThat(Pages.limit(null)).isEqualTo(20);
    assertThat(Pages.limit(" ")).isEqualTo(20);
    assertThat(Pages.limit("1")).isEqualTo(1);
    assertThat(Pages.limit("100")).isEqualTo(100);
  }

  @Test
  void otherLimitsAreRefusedWithInvalidRequest() {
    for (String bad : new String[] {"0", "101", "-5", "ten", "2.5", "99999999999"}) {
      assertThatThrownBy(() -> Pages.limit(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> assertThat(e.problem()).isEqualTo(Problem.INVALID_REQUEST));
    }
  }

  @Test
  void theNextLinkKeepsPathAndQueryButNoSchemeOrHost() {
    URI seen =
        URI.create("http://127.0.0.1:8181/api/v1/documents?since=2026-12-01T00%3A00Z&cursor=x");

    URI link = Pages.relative(seen);

    assertThat(link.isAbsolute()).isFalse();
    assertThat(link.getRawAuthority()).isNull();
    assertThat(link).hasToString("/api/v1/documents?since=2026-12-01T00%3A00Z&cursor=x");
    assertThat(URI.create("https://fairpact.example:8443/api/v1/documents?limit=2").resolve(link))
        .hasToString(
            "https://fairpact.example:8443/api/v1/documents?since=2026-12-01T00%3A00Z&cursor=x");
  }
}
