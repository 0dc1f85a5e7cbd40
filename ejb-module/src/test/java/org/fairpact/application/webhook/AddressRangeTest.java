package org.fairpact.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRangeTest {

  @ParameterizedTest
  @CsvSource({
    "0.0.0.0, UNSPECIFIED",
    "0.1.2.3, UNSPECIFIED",
    "127.0.0.1, LOOPBACK",
    "127.255.0.9, LOOPBACK",
    "10.0.0.1, PRIVATE",
    "172.16.0.1, PRIVATE",
    "172.31.255.255, PRIVATE",
    "192.168.1.1, PRIVATE",
    "100.64.0.1, SHARED",
    "100.100.100.200, SHARED",
    "169.254.169.254, LINK_LOCAL",
    "192.0.0.192, RESERVED",
    "192.0.2.10, DOCUMENTATION",
    "198.18.0.1, RESERVED",
    "224.0.0.1, MULTICAST",
    "239.255.255.250, MULTICAST",
    "240.0.0.1, RESERVED",
    "255.255.255.255, RESERVED",
    "::, UNSPECIFIED",
    "::1, LOOPBACK",
    "fc00::1, PRIVATE",
    "fd00:ec2::254, PRIVATE",
    "fe80::1, LINK_LOCAL",
    "febf::1, LINK_LOCAL",
    "fec0::1, PRIVATE",
    "ff02::1, MULTICAST",
    "::ffff:127.0.0.1, LOOPBACK",
    "::ffff:10.1.2.3, PRIVATE",
    "::ffff:169.254.169.254, LINK_LOCAL",
    "::ffff:0:10.1.2.3, PRIVATE",
    "::10.1.2.3, PRIVATE",
    "64:ff9b::a9fe:a9fe, LINK_LOCAL",
    "64:ff9b:1::1, PRIVATE",
    "2002:7f00:1::, LOOPBACK",
    "2002:a00:1::, PRIVATE",
    "2001:0:4136:e378::1, RESERVED",
    "2001:db8::1, DOCUMENTATION",
    "100::1, RESERVED"
  })
  void restrictedAddressesAreInTheirRange(String address, AddressRange range)
      throws UnknownHostException {
    assertThat(AddressRange.of(InetAddress.getByName(address))).contains(range);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.1.1.1",
        "8.8.8.8",
        "100.63.255.255",
        "100.128.0.1",
        "172.15.255.255",
        "172.32.0.1",
        "169.253.1.1",
        "192.0.1.1",
        "223.255.255.255",
        "2606:4700:4700::1111",
        "2a00:1450:4001::200e",
        "::ffff:8.8.8.8",
        "64:ff9b::808:808",
        "2002:808:808::"
      })
  void publicAddressesAreInNone(String address) throws UnknownHostException {
    assertThat(AddressRange.of(InetAddress.getByName(address))).isEmpty();
  }
}
