package org.fairpact.infrastructure.webhook;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.fairpact.application.webhook.AttemptResult;
import org.fairpact.application.webhook.ClaimedAttempt;
import org.fairpact.application.webhook.WebhookUrlException;
import org.fairpact.application.webhook.WebhookUrlPolicy;
import org.fairpact.domain.model.webhook.WebhookSignature;

/**
 * Makes one attempt: checks the URL again (its host may resolve elsewhere since registration) and
 * connects only to the addresses that check resolved and allowed, so a name rebound in between
 * cannot send the request elsewhere; then POSTs the payload with the Standard Webhooks headers,
 * signed for this attempt's timestamp. Redirects are not followed (a 3xx is a failed attempt); the
 * connection and the whole call have timeouts, and the answer's body is not read. Never throws:
 * every way an attempt can end is an {@link AttemptResult}. OkHttp (which the object store's client
 * brings) does the HTTP, since it lets each call name its own resolver.
 */
final class WebhookSender {

  static final String USER_AGENT = "FairPact-Webhooks/1";
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http;
  private final Duration requestTimeout;

  WebhookSender(Duration connectTimeout, Duration requestTimeout) {
    this.http =
        new OkHttpClient.Builder()
            .connectTimeout(connectTimeout)
            .callTimeout(requestTimeout)
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false)
            .build();
    this.requestTimeout = requestTimeout;
  }

  AttemptResult send(ClaimedAttempt attempt, WebhookUrlPolicy policy) {
    OffsetDateTime at = OffsetDateTime.now();
    long started = System.nanoTime();
    WebhookUrlPolicy.Target target;
    try {
      target = policy.resolve(attempt.url());
    } catch (WebhookUrlException refused) {
      return AttemptResult.failed(
          AttemptResult.Outcome.REFUSED, at, "not sent: " + refused.getMessage(), millis(started));
    }
    if (attempt.secret() == null) {
      return AttemptResult.failed(
          AttemptResult.Outcome.REFUSED,
          at,
          "not sent: the webhook secret cannot be opened here (fairpact.webhooks.secret-key)",
          millis(started));
    }
    long timestamp = at.toEpochSecond();
    Request request =
        new Request.Builder()
            .url(target.uri().toString())
            .header("User-Agent", USER_AGENT)
            .header("webhook-id", attempt.messageId())
            .header("webhook-timestamp", Long.toString(timestamp))
            .header(
                "webhook-signature",
                WebhookSignature.sign(
                    attempt.secret(), attempt.messageId(), timestamp, attempt.payload()))
            .post(RequestBody.create(attempt.payload().getBytes(StandardCharsets.UTF_8), JSON))
            .build();
    OkHttpClient pinned = http.newBuilder().dns(host -> addressesOf(host, target)).build();
    try (Response response = pinned.newCall(request).execute()) {
      return AttemptResult.answered(at, response.code(), millis(started));
    } catch (ConnectException e) {
      return unreachable(at, "connection refused", started);
    } catch (SocketTimeoutException e) {
      boolean connecting =
          String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("connect");
      return unreachable(
          at, connecting ? "connect timeout" : "no answer within " + seconds(), started);
    } catch (InterruptedIOException e) {
      if (Thread.currentThread().isInterrupted()) {
        return unreachable(at, "interrupted (instance stopping)", started);
      }
      return unreachable(at, "no answer within " + seconds(), started);
    } catch (IOException e) {
      return unreachable(at, e.getClass().getSimpleName() + ": " + e.getMessage(), started);
    } catch (RuntimeException e) {
      return unreachable(at, e.getClass().getSimpleName() + ": " + e.getMessage(), started);
    }
  }

  /** The checked addresses of the target's host; no other host is resolved at all. */
  private static List<java.net.InetAddress> addressesOf(String host, WebhookUrlPolicy.Target target)
      throws UnknownHostException {
    if (!host.equalsIgnoreCase(target.uri().getHost().replaceAll("^\\[|\\]$", ""))) {
      throw new UnknownHostException(host + " is not the webhook's host");
    }
    return target.addresses();
  }

  private String seconds() {
    return requestTimeout.toSeconds() + " s";
  }

  private static AttemptResult unreachable(OffsetDateTime at, String error, long started) {
    return AttemptResult.failed(AttemptResult.Outcome.UNREACHABLE, at, error, millis(started));
  }

  private static long millis(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }
}
