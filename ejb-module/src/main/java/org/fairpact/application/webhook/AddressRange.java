package org.fairpact.application.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * The special-purpose address ranges no webhook may reach (RFC 6890 and its IPv6 kin), the cloud
 * metadata addresses among them (169.254.169.254 is link-local, fd00:ec2::254 unique-local,
 * 100.100.100.200 shared, 192.0.0.192 an IETF assignment). IPv6 forms that carry an IPv4 address
 * (mapped, compatible, NAT64, 6to4) are judged by that address; Teredo is refused outright, its
 * embedded address being obfuscated.
 */
public enum AddressRange {
  UNSPECIFIED("unspecified"),
  LOOPBACK("loopback"),
  PRIVATE("private"),
  SHARED("shared (carrier-grade NAT)"),
  LINK_LOCAL("link-local"),
  MULTICAST("multicast"),
  RESERVED("reserved"),
  DOCUMENTATION("documentation");

  private final String label;

  AddressRange(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The restricted range the address is in; empty for a public address. */
  public static Optional<AddressRange> of(InetAddress address) {
    byte[] bytes = address.getAddress();
    return address instanceof Inet4Address ? ofIpv4(bytes, 0) : ofIpv6(bytes);
  }

  private static Optional<AddressRange> ofIpv4(byte[] bytes, int offset) {
    int a = bytes[offset] & 0xff;
    int b = bytes[offset + 1] & 0xff;
    int c = bytes[offset + 2] & 0xff;
    AddressRange range = null;
    if (a == 0) {
      range = UNSPECIFIED;
    } else if (a == 127) {
      range = LOOPBACK;
    } else if (a == 10 || (a == 172 && (b & 0xf0) == 16) || (a == 192 && b == 168)) {
      range = PRIVATE;
    } else if (a == 100 && (b & 0xc0) == 64) {
      range = SHARED;
    } else if (a == 169 && b == 254) {
      range = LINK_LOCAL;
    } else if (a == 192 && b == 0 && c == 0) {
      range = RESERVED;
    } else if ((a == 192 && b == 0 && c == 2)
        || (a == 198 && b == 51 && c == 100)
        || (a == 203 && b == 0 && c == 113)) {
      range = DOCUMENTATION;
    } else if (a == 198 && (b & 0xfe) == 18) {
      range = RESERVED;
    } else if (a >= 224 && a <= 239) {
      range = MULTICAST;
    } else if (a >= 240) {
      range = RESERVED;
    }
    return Optional.ofNullable(range);
  }

  private static Optional<AddressRange> ofIpv6(byte[] b) {
    int first = word(b, 0);
    int second = word(b, 2);
    if (zeros(b, 0, 8)) {
      return ofEmbeddingIpv4(b);
    }
    if (first == 0x64 && second == 0xff9b) {
      return zeros(b, 4, 8) ? ofIpv4(b, 12) : Optional.of(PRIVATE); // NAT64, local-use NAT64
    }
    if (first == 0x2002) {
      return ofIpv4(b, 2); // 6to4
    }
    if (first == 0x2001 && second == 0) {
      return Optional.of(RESERVED); // Teredo
    }
    if (first == 0x2001 && second == 0x0db8) {
      return Optional.of(DOCUMENTATION);
    }
    if (first == 0x0100 && zeros(b, 2, 6)) {
      return Optional.of(RESERVED); // discard-only
    }
    if ((b[0] & 0xfe) == 0xfc) {
      return Optional.of(PRIVATE); // unique local fc00::/7
    }
    if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
      return Optional.of(LINK_LOCAL);
    }
    if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
      return Optional.of(PRIVATE); // site-local, deprecated
    }
    if ((b[0] & 0xff) == 0xff) {
      return Optional.of(MULTICAST);
    }
    return Optional.empty();
  }

  /** ::/64: unspecified, loopback, or an IPv4 address mapped, translated or compatible. */
  private static Optional<AddressRange> ofEmbeddingIpv4(byte[] b) {
    int high = word(b, 8);
    int low = word(b, 10);
    if (high == 0 && low == 0xffff) {
      return ofIpv4(b, 12); // ::ffff:a.b.c.d, IPv4-mapped
    }
    if (high == 0xffff && low == 0) {
      return ofIpv4(b, 12); // ::ffff:0:a.b.c.d, IPv4-translated
    }
    if (high == 0 && low == 0) {
      if (zeros(b, 12, 4)) {
        return Optional.of(UNSPECIFIED);
      }
      if (zeros(b, 12, 3) && b[15] == 1) {
        return Optional.of(LOOPBACK);
      }
      return ofIpv4(b, 12); // ::a.b.c.d, IPv4-compatible
    }
    return Optional.of(RESERVED);
  }

  private static int word(byte[] b, int offset) {
    return ((b[offset] & 0xff) << 8) | (b[offset + 1] & 0xff);
  }

  private static boolean zeros(byte[] b, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
