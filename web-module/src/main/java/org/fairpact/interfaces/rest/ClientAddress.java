package org.fairpact.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a request came from, for the audit log. The instances listen on loopback behind nginx,
 * which appends the address it saw to {@code X-Forwarded-For}: only when the request's peer is one
 * of {@code fairpact.trusted-proxies} is the header believed, and then only its last entry (the one
 * the proxy added; what a client sends in the header itself comes before it and proves nothing).
 */
@ApplicationScoped
public class ClientAddress {

  static final String FORWARDED_FOR = "X-Forwarded-For";

  @Inject
  @ConfigProperty(name = "fairpact.trusted-proxies", defaultValue = "127.0.0.1,0:0:0:0:0:0:0:1")
  String trustedProxies;

  public String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), request.getHeader(FORWARDED_FOR));
  }

  String of(String peer, String forwardedFor) {
    if (forwardedFor == null || !trusted().contains(peer)) {
      return peer;
    }
    String[] hops = forwardedFor.split(",", -1);
    String last = hops[hops.length - 1].strip();
    return last.isEmpty() || !last.matches("[0-9A-Fa-f:.]{2,45}") ? peer : last;
  }

  private List<String> trusted() {
    return Arrays.stream(trustedProxies.split(",")).map(String::strip).toList();
  }
}
