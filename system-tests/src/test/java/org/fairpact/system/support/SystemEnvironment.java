package org.fairpact.system.support;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.fairpact.testsupport.ProfileEnvironment;

/**
 * The cluster under test, as {@code bin/fairpact test} describes it in the environment: the front
 * end's URLs and certificate, the number of instances, the profile and its state directory, the
 * database and the token key.
 */
public final class SystemEnvironment {

  private SystemEnvironment() {}

  public static String require(String name) {
    return ProfileEnvironment.require(name);
  }

  public static Optional<String> optional(String name) {
    return ProfileEnvironment.optional(name);
  }

  /** nginx, plain HTTP. */
  public static URI frontUrl() {
    return URI.create(stripSlash(require("FAIRPACT_SYSTEM_URL")));
  }

  /** nginx, TLS termination with the profile's self-signed certificate. */
  public static URI tlsUrl() {
    return URI.create(stripSlash(require("FAIRPACT_SYSTEM_TLS_URL")));
  }

  public static Path tlsCertificate() {
    return Path.of(require("FAIRPACT_SYSTEM_TLS_CERT"));
  }

  /** How many instances the cluster runs now. */
  public static int instances() {
    return Integer.parseInt(require("FAIRPACT_SYSTEM_INSTANCES"));
  }

  public static String profile() {
    return optional("FAIRPACT_SYSTEM_PROFILE").orElse("test");
  }

  /** bin/fairpact of the checkout that runs the cluster. */
  public static Path cli() {
    return Path.of(require("FAIRPACT_SYSTEM_CLI"));
  }

  /** .fairpact/&lt;profile&gt;: PID files under run/, instance logs under logs/. */
  public static Path stateDir() {
    return Path.of(require("FAIRPACT_SYSTEM_STATE"));
  }

  public static int uploadBurst() {
    return Integer.parseInt(optional("FAIRPACT_SYSTEM_UPLOAD_BURST").orElse("20"));
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
