package org.fairpact.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configured allow-list of clause-sync sources and the limits of a download, checked when a
 * sync is started (API or schedule) and again where the job opens its source.
 *
 * <ul>
 *   <li>{@code fairpact.sync.source.directories}: comma-separated directories a file source must
 *       lie in (by real path); default none, so only the bundled snapshot and allowed URLs;
 *   <li>{@code fairpact.sync.source.url-prefixes}: comma-separated http(s) URL prefixes; default
 *       none;
 *   <li>{@code fairpact.sync.source.max-length}: the longest source accepted (default 2048);
 *   <li>{@code fairpact.sync.download.max-bytes} (default 64 MiB), {@code
 *       fairpact.sync.download.connect-timeout-ms} (10 s), {@code
 *       fairpact.sync.download.read-timeout-ms} (30 s, between two reads), {@code
 *       fairpact.sync.download.max-redirects} (3, each redirect checked against the prefixes).
 * </ul>
 */
@ApplicationScoped
public class ClauseSyncSources {

  @Inject
  @ConfigProperty(name = "fairpact.sync.source.directories")
  Optional<String> directories;

  @Inject
  @ConfigProperty(name = "fairpact.sync.source.url-prefixes")
  Optional<String> urlPrefixes;

  @Inject
  @ConfigProperty(name = "fairpact.sync.source.max-length", defaultValue = "2048")
  int maxLength;

  @Inject
  @ConfigProperty(name = "fairpact.sync.download.max-bytes", defaultValue = "67108864")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "fairpact.sync.download.connect-timeout-ms", defaultValue = "10000")
  long connectTimeoutMs;

  @Inject
  @ConfigProperty(name = "fairpact.sync.download.read-timeout-ms", defaultValue = "30000")
  long readTimeoutMs;

  @Inject
  @ConfigProperty(name = "fairpact.sync.download.max-redirects", defaultValue = "3")
  int maxRedirects;

  private SourceAllowList allowList;

  @PostConstruct
  void configure() {
    allowList = SourceAllowList.of(directories.orElse(""), urlPrefixes.orElse(""), maxLength);
  }

  /**
   * The source as an allowed location.
   *
   * @throws SourceNotAllowedException if it is not allowed
   */
  public AllowedSource check(String source) {
    return allowList.check(source);
  }

  public SourceAllowList allowList() {
    return allowList;
  }

  public DownloadLimits downloadLimits() {
    return new DownloadLimits(
        maxBytes,
        Duration.ofMillis(connectTimeoutMs),
        Duration.ofMillis(readTimeoutMs),
        maxRedirects);
  }

  /** Limits of one download of a source. */
  public record DownloadLimits(
      long maxBytes, Duration connectTimeout, Duration readTimeout, int maxRedirects) {}
}
