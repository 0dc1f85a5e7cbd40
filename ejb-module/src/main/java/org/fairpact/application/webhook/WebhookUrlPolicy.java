package org.fairpact.application.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which URLs a webhook may point to (protection against server-side request forgery). Scheme https
 * ({@code http} only when allowed, in dev and test); no user info; a host on the allow-list when
 * there is one; and every address the host resolves to public: no loopback (unless allowed, in dev
 * and test), private, shared, link-local (the metadata services), multicast, unspecified or
 * reserved address ({@link AddressRange}). Numeric hosts other than a plain dotted quad or a
 * bracketed IPv6 literal ({@code 2130706433}, {@code 0177.0.0.1}, {@code 0x7f.1}) are refused as
 * ambiguous: resolvers disagree on what they mean.
 *
 * <p>The same check runs at registration and again before every attempt, since a name may resolve
 * elsewhere by then (DNS rebinding). An attempt connects to the addresses this check resolved and
 * judged ({@link #resolve}), never to a second lookup's answer.
 */
public final class WebhookUrlPolicy {

  public static final int MAX_LENGTH = 2048;

  /** Hosts made of digits, dots and hex numbers only: IPv4 in some notation. */
  private static final Pattern NUMERIC_HOST =
      Pattern.compile("^(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?$");

  private static final Pattern DOTTED_QUAD =
      Pattern.compile(
          "^(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$");

  /** Resolves a host name to all its addresses. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final boolean allowHttp;
  private final boolean allowLoopback;
  private final List<String> allowedHosts;
  private final Resolver resolver;

  /**
   * @param allowedHosts lower-case host names; {@code *.example.com} allows every subdomain of
   *     example.com; empty allows any host
   */
  public WebhookUrlPolicy(
      boolean allowHttp, boolean allowLoopback, List<String> allowedHosts, Resolver resolver) {
    this.allowHttp = allowHttp;
    this.allowLoopback = allowLoopback;
    this.allowedHosts = List.copyOf(allowedHosts);
    this.resolver = resolver;
  }

  /** A checked URL and the addresses its host resolved to, every one of them allowed. */
  public record Target(URI uri, List<InetAddress> addresses) {

    public Target {
      addresses = List.copyOf(addresses);
    }
  }

  /**
   * Checks a URL, resolving its host.
   *
   * @return the URL, normalised
   */
  public URI check(String url) throws WebhookUrlException {
    return resolve(url).uri();
  }

  /**
   * Checks a URL, resolving its host once.
   *
   * @return the URL, normalised, and the addresses to connect to
   */
  public Target resolve(String url) throws WebhookUrlException {
    URI uri = parse(url);
    String host = host(uri);
    if (!hostAllowed(host)) {
      throw new WebhookUrlException(false, "host " + host + " is not on the webhook allow-list");
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw new WebhookUrlException(true, "host " + host + " does not resolve");
    }
    for (InetAddress address : addresses) {
      var range = AddressRange.of(address);
      if (range.isPresent() && !(range.get() == AddressRange.LOOPBACK && allowLoopback)) {
        throw new WebhookUrlException(
            false,
            "host "
                + host
                + " resolves to "
                + address.getHostAddress()
                + ", a "
                + range.get().label()
                + " address");
      }
    }
    return new Target(uri, List.of(addresses));
  }

  private URI parse(String url) throws WebhookUrlException {
    if (url == null || url.isBlank()) {
      throw new WebhookUrlException(true, "url is required");
    }
    if (url.length() > MAX_LENGTH) {
      throw new WebhookUrlException(true, "url is longer than " + MAX_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new WebhookUrlException(true, "url is not a valid URI: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new WebhookUrlException(true, "url must be an absolute http(s) URL");
    }
    if (uri.getHost() == null || uri.getRawAuthority() == null) {
      throw new WebhookUrlException(true, "url has no host");
    }
    if (uri.getRawUserInfo() != null) {
      throw new WebhookUrlException(true, "url must not carry user info");
    }
    if (uri.getRawFragment() != null) {
      throw new WebhookUrlException(true, "url must not have a fragment");
    }
    if (scheme.equals("http") && !allowHttp) {
      throw new WebhookUrlException(false, "url must use https");
    }
    return uri;
  }

  private static String host(URI uri) throws WebhookUrlException {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      return host.substring(1, host.length() - 1);
    }
    if (NUMERIC_HOST.matcher(host).matches() && !DOTTED_QUAD.matcher(host).matches()) {
      throw new WebhookUrlException(
          true, "host " + host + " is an ambiguous IPv4 form; write it as a.b.c.d");
    }
    return host;
  }

  private boolean hostAllowed(String host) {
    if (allowedHosts.isEmpty()) {
      return true;
    }
    String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    for (String allowed : allowedHosts) {
      if (allowed.startsWith("*.")
          ? name.endsWith(allowed.substring(1)) && name.length() > allowed.length() - 1
          : name.equals(allowed)) {
        return true;
      }
    }
    return false;
  }
}
