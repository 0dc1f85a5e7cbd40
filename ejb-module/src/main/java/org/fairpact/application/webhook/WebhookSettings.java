package org.fairpact.application.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.domain.model.scheduling.Schedule;
import org.fairpact.domain.model.webhook.RetrySchedule;

/**
 * The webhooks' configuration (MicroProfile Config, {@code fairpact.webhooks.*}): the URL policy,
 * the retry schedule and the deliverer's limits. Durations as {@code 30s}, {@code 2m} or ISO-8601.
 */
@ApplicationScoped
public class WebhookSettings {

  /** Delays are spread by up to this share of themselves. */
  static final double JITTER = 0.2;

  @Inject
  @ConfigProperty(name = "fairpact.webhooks.allow-http", defaultValue = "false")
  boolean allowHttp;

  @Inject
  @ConfigProperty(name = "fairpact.webhooks.allow-loopback", defaultValue = "false")
  boolean allowLoopback;

  /** Comma-separated host names, {@code *.example.com} for subdomains; unset: any public host. */
  @Inject
  @ConfigProperty(name = "fairpact.webhooks.allowed-hosts")
  Optional<String> allowedHosts;

  /** Waits after the 1st, 2nd, ... failed attempt; the last repeats. */
  @Inject
  @ConfigProperty(
      name = "fairpact.webhooks.retry-delays",
      defaultValue = "5s,30s,2m,10m,30m,1h,2h,4h,8h")
  String retryDelays;

  @Inject
  @ConfigProperty(name = "fairpact.webhooks.give-up-after", defaultValue = "24h")
  String giveUpAfter;

  @Inject
  @ConfigProperty(name = "fairpact.webhooks.connect-timeout", defaultValue = "5s")
  String connectTimeout;

  @Inject
  @ConfigProperty(name = "fairpact.webhooks.request-timeout", defaultValue = "10s")
  String requestTimeout;

  /** Attempts under way at once per instance (threads that may wait on slow receivers). */
  @Inject
  @ConfigProperty(name = "fairpact.webhooks.senders", defaultValue = "4")
  int senders;

  @Inject
  @ConfigProperty(name = "fairpact.webhooks.poll-interval", defaultValue = "1s")
  String pollInterval;

  private WebhookUrlPolicy policy;
  private RetrySchedule retries;

  @PostConstruct
  void parse() {
    List<String> hosts =
        allowedHosts.stream()
            .flatMap(list -> Arrays.stream(list.split(",")))
            .map(host -> host.strip().toLowerCase(Locale.ROOT))
            .filter(host -> !host.isEmpty())
            .toList();
    policy = new WebhookUrlPolicy(allowHttp, allowLoopback, hosts, InetAddress::getAllByName);
    retries =
        new RetrySchedule(
            Arrays.stream(retryDelays.split(",")).map(Schedule::duration).toList(),
            Schedule.duration(giveUpAfter),
            JITTER,
            () -> ThreadLocalRandom.current().nextDouble());
  }

  public WebhookUrlPolicy policy() {
    return policy;
  }

  public RetrySchedule retries() {
    return retries;
  }

  public Duration connectTimeout() {
    return Schedule.duration(connectTimeout);
  }

  public Duration requestTimeout() {
    return Schedule.duration(requestTimeout);
  }

  /**
   * How long a claimed attempt keeps its delivery from other deliverers: longer than an attempt can
   * take (resolution, connect, request), so that exactly one deliverer makes each attempt; a
   * deliverer that dies leaves the delivery due again when it ends.
   */
  public Duration lease() {
    return connectTimeout().plus(requestTimeout()).plusSeconds(30);
  }

  public int senders() {
    return Math.max(1, senders);
  }

  public Duration pollInterval() {
    return Schedule.duration(pollInterval);
  }
}
