package org.fairpact.infrastructure.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.fairpact.application.webhook.AttemptResult;
import org.fairpact.application.webhook.ClaimedAttempt;
import org.fairpact.application.webhook.WebhookUrlException;
import org.fairpact.application.webhook.WebhookUrlPolicy;
import org.fairpact.domain.model.webhook.WebhookSignature;

/**
 * Makes one attempt: checks the URL again (its host may resolve elsewhere since registration), then
 * POSTs the payload with the Standard Webhooks headers, signed for this attempt's timestamp.
 * Redirects are not followed (a 3xx is a failed attempt); the connection and the whole request have
 * timeouts. Never throws: every way an attempt can end is an {@link AttemptResult}.
 */
final class WebhookSender {

  static final String USER_AGENT = "FairPact-Webhooks/1";

  private final HttpClient http;
  private final Duration requestTimeout;

  WebhookSender(Duration connectTimeout, Duration requestTimeout) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    this.requestTimeout = requestTimeout;
  }

  AttemptResult send(ClaimedAttempt attempt, WebhookUrlPolicy policy) {
    OffsetDateTime at = OffsetDateTime.now();
    long started = System.nanoTime();
    URI url;
    try {
      url = policy.check(attempt.url());
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
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(requestTimeout)
            .header("Content-Type", "application/json")
            .header("User-Agent", USER_AGENT)
            .header("webhook-id", attempt.messageId())
            .header("webhook-timestamp", Long.toString(timestamp))
            .header(
                "webhook-signature",
                WebhookSignature.sign(
                    attempt.secret(), attempt.messageId(), timestamp, attempt.payload()))
            .POST(HttpRequest.BodyPublishers.ofString(attempt.payload()))
            .build();
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      return AttemptResult.answered(at, response.statusCode(), millis(started));
    } catch (HttpConnectTimeoutException e) {
      return unreachable(at, "connect timeout", started);
    } catch (HttpTimeoutException e) {
      return unreachable(at, "no answer within " + requestTimeout.toSeconds() + " s", started);
    } catch (ConnectException e) {
      return unreachable(at, "connection refused", started);
    } catch (IOException e) {
      return unreachable(at, e.getClass().getSimpleName() + ": " + e.getMessage(), started);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return unreachable(at, "interrupted (instance stopping)", started);
    } catch (RuntimeException e) {
      return unreachable(at, e.getClass().getSimpleName() + ": " + e.getMessage(), started);
    }
  }

  private static AttemptResult unreachable(OffsetDateTime at, String error, long started) {
    return AttemptResult.failed(AttemptResult.Outcome.UNREACHABLE, at, error, millis(started));
  }

  private static long millis(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }
}
