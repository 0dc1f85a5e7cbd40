package org.fairpact.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlPolicyTest {

  /** Names resolved by the test, literals by the JDK (which never asks DNS for a literal). */
  private static final Map<String, String> NAMES =
      Map.of(
          "hooks.example.com", "93.184.216.34",
          "internal.example.com", "10.1.2.3",
          "rebound.example.com", "169.254.169.254",
          "v6.example.com", "fd12::1",
          "localhost", "127.0.0.1");

  private static InetAddress[] resolve(String host) throws UnknownHostException {
    if (NAMES.containsKey(host)) {
      String address = NAMES.get(host);
      return new InetAddress[] {
        InetAddress.getByAddress(host, InetAddress.getByName(address).getAddress())
      };
    }
    if (host.matches("[0-9.]+|.*:.*")) {
      return new InetAddress[] {InetAddress.getByName(host)};
    }
    throw new UnknownHostException(host);
  }

  private final WebhookUrlPolicy production =
      new WebhookUrlPolicy(false, false, List.of(), WebhookUrlPolicyTest::resolve);
  private final WebhookUrlPolicy development =
      new WebhookUrlPolicy(true, true, List.of(), WebhookUrlPolicyTest::resolve);

  @Test
  void aPublicHttpsUrlIsAllowed() throws WebhookUrlException {
    assertThat(production.check("https://hooks.example.com/fairpact?x=1").toString())
        .isEqualTo("https://hooks.example.com/fairpact?x=1");
    assertThat(production.check("https://93.184.216.34:8443/").getPort()).isEqualTo(8443);
  }

  @Test
  void httpOnlyWhereAllowed() throws WebhookUrlException {
    assertRefused(production, "http://hooks.example.com/", false);
    assertThat(development.check("http://hooks.example.com/").getScheme()).isEqualTo("http");
  }

  @Test
  void loopbackOnlyWhereAllowed() throws WebhookUrlException {
    assertRefused(production, "https://localhost/", false);
    assertRefused(production, "https://127.0.0.1/", false);
    assertRefused(production, "https://[::1]/", false);
    assertRefused(production, "https://[::ffff:127.0.0.1]/", false);
    assertThat(development.check("http://127.0.0.1:8080/hook").getHost()).isEqualTo("127.0.0.1");
    assertThat(development.check("http://localhost:8080/hook").getHost()).isEqualTo("localhost");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://10.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.100.100.200/",
        "http://0.0.0.0/",
        "http://[fd00:ec2::254]/",
        "http://[fe80::1]/",
        "http://[::]/",
        "http://[::ffff:10.0.0.1]/",
        "http://[::ffff:a9fe:a9fe]/",
        "http://internal.example.com/",
        "http://rebound.example.com/",
        "http://v6.example.com/",
        "http://224.0.0.1/"
      })
  void privateLinkLocalAndSpecialAddressesAreRefusedEvenWithLoopbackAllowed(String url) {
    assertRefused(development, url, false);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "hooks.example.com/path",
        "/relative",
        "ftp://hooks.example.com/",
        "file:///etc/passwd",
        "https://user:secret@hooks.example.com/",
        "https://hooks.example.com/#fragment",
        "https://hooks example.com/",
        "https://unknown.example.org/",
        "http://2130706433/",
        "http://0177.0.0.1/",
        "http://0x7f.0.0.1/",
        "http://127.1/",
        "http://010.0.0.1/"
      })
  void malformedUnresolvableAndAmbiguousUrlsAreInvalid(String url) {
    assertRefused(development, url, true);
  }

  @Test
  void anOverlongUrlIsInvalid() {
    assertRefused(production, "https://hooks.example.com/" + "a".repeat(2048), true);
  }

  @Test
  void anAllowListAdmitsItsHostsAndTheirSubdomainsOnly() throws WebhookUrlException {
    WebhookUrlPolicy listed =
        new WebhookUrlPolicy(
            false, false, List.of("*.example.com", "93.184.216.34"), WebhookUrlPolicyTest::resolve);

    assertThat(listed.check("https://hooks.example.com/").getHost()).isEqualTo("hooks.example.com");
    assertThat(listed.check("https://93.184.216.34/").getHost()).isEqualTo("93.184.216.34");
    assertRefused(listed, "https://example.com.evil.org/", false);
    assertRefused(listed, "https://internal.example.com/", false);
  }

  private static void assertRefused(WebhookUrlPolicy policy, String url, boolean malformed) {
    assertThatThrownBy(() -> policy.check(url))
        .isInstanceOf(WebhookUrlException.class)
        .satisfies(
            e ->
                assertThat(((WebhookUrlException) e).malformed())
                    .as(e.getMessage())
                    .isEqualTo(malformed));
  }
}
