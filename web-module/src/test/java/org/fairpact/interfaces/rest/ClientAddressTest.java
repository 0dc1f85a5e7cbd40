package org.fairpact.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private final ClientAddress addresses = new ClientAddress();

  {
    addresses.trustedProxies = "127.0.0.1, 0:0:0:0:0:0:0:1";
  }

  @Test
  void behindTheTrustedProxyTheLastHopOfXForwardedForIsTheClient() {
    assertThat(addresses.of("127.0.0.1", "203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(addresses.of("127.0.0.1", "198.51.100.7, 203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(addresses.of("0:0:0:0:0:0:0:1", "2001:db8::1")).isEqualTo("2001:db8::1");
  }

  @Test
  void fromAnyOtherPeerTheHeaderIsIgnored() {
    assertThat(addresses.of("192.0.2.4", "203.0.113.9")).isEqualTo("192.0.2.4");
  }

  @Test
  void withoutTheHeaderOrWithGarbageInItThePeerIsTheClient() {
    assertThat(addresses.of("127.0.0.1", null)).isEqualTo("127.0.0.1");
    assertThat(addresses.of("127.0.0.1", "203.0.113.9, <script>")).isEqualTo("127.0.0.1");
    assertThat(addresses.of("127.0.0.1", "203.0.113.9,")).isEqualTo("127.0.0.1");
  }
}
