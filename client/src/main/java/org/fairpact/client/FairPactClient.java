package org.fairpact.client;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/** Builds a {@link FairPactApi} for a base URL (nginx, e.g. http://127.0.0.1:8080) and a token. */
public final class FairPactClient {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(90);

  private FairPactClient() {}

  public static FairPactApi connect(URI base, String token) {
    return builder(base, token).build(FairPactApi.class);
  }

  /** The builder {@link #connect} uses, to add providers or change timeouts first. */
  public static RestClientBuilder builder(URI base, String token) {
    return RestClientBuilder.newBuilder()
        .baseUri(base)
        .connectTimeout(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
        .register(new BearerToken(token));
  }
}
