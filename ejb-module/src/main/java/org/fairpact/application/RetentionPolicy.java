package org.fairpact.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.fairpact.domain.model.scheduling.Schedule;

/**
 * How long each tenant's documents are kept (MicroProfile Config, read at every run): {@code
 * fairpact.retention.tenant.<tenant>}, else {@code fairpact.retention.default}, else forever. A
 * period is an ISO-8601 duration ({@code P30D}, {@code PT12H}) or the short form ({@code 30d},
 * {@code 12h}); {@code none} keeps a tenant's documents even when a default is set.
 */
@ApplicationScoped
public class RetentionPolicy {

  static final String DEFAULT = "fairpact.retention.default";
  static final String TENANT = "fairpact.retention.tenant.";

  private static final Set<String> FOREVER = Set.of("none", "off", "forever");

  @Inject Config config;

  /**
   * The tenant's retention period, empty to keep its documents.
   *
   * @throws IllegalArgumentException if the configured value is no period
   */
  public Optional<Duration> periodFor(String tenant) {
    Optional<String> text =
        config
            .getOptionalValue(TENANT + tenant, String.class)
            .or(() -> config.getOptionalValue(DEFAULT, String.class));
    return text.flatMap(RetentionPolicy::parse);
  }

  /** A configured period: empty for none; ISO-8601 or short form otherwise. */
  static Optional<Duration> parse(String text) {
    String value = text.strip();
    if (value.isEmpty() || FOREVER.contains(value.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    try {
      return Optional.of(Schedule.duration(value));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "retention period '" + text + "' is no duration (ISO-8601 like P30D, or 30d, or none)",
          e);
    }
  }
}
