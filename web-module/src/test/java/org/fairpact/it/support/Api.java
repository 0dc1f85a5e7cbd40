package org.fairpact.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for the API under test. */
public final class Api {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public Api(URL deployment) {
    String url = Deployments.onLoopback(deployment).toString();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public String url(String path) {
    return base + path;
  }

  public ApiResponse get(String path, String token) {
    return send(request(path, token).GET());
  }

  /** A GET with more headers, e.g. {@code Accept}. */
  public ApiResponse get(String path, String token, Map<String, String> headers) {
    HttpRequest.Builder request = request(path, token).GET();
    headers.forEach(request::header);
    return send(request);
  }

  /** A GET whose answer is kept as bytes (a PDF, say). */
  public HttpResponse<byte[]> getBytes(String path, String token, Map<String, String> headers) {
    HttpRequest.Builder request = request(path, token).GET();
    headers.forEach(request::header);
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public ApiResponse post(String path, byte[] body, String token, Map<String, String> headers) {
    return post(path, BodyPublishers.ofByteArray(body), token, headers);
  }

  public ApiResponse post(
      String path, BodyPublisher body, String token, Map<String, String> headers) {
    HttpRequest.Builder request = request(path, token).POST(body);
    headers.forEach(request::header);
    return send(request);
  }

  public ApiResponse put(String path, String json, String token) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .PUT(BodyPublishers.ofString(json)));
  }

  public ApiResponse delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(TIMEOUT);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private ApiResponse send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new ApiResponse(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
