package org.fairpact.system.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The cluster as a client sees it: nginx, over plain HTTP or TLS (trusting only the profile's
 * self-signed certificate). One client per front end, reusing connections like a real integrator.
 */
public final class FrontEnd {

  /** The instance that answered, named by the application (once it sends the header). */
  public static final String INSTANCE_HEADER = "X-FairPact-Instance";

  /** The instance address nginx passed the request to (the last one if it retried). */
  public static final String UPSTREAM_HEADER = "X-FairPact-Upstream";

  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  private final URI base;
  private final HttpClient http;

  private FrontEnd(URI base, HttpClient http) {
    this.base = base;
    this.http = http;
  }

  public static FrontEnd plain() {
    return new FrontEnd(
        SystemEnvironment.frontUrl(),
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build());
  }

  /**
   * Plain HTTP straight to one server instead of nginx, e.g. the EAR on Payara Server (the DAS of
   * {@code bin/fairpact up --console}).
   */
  public static FrontEnd at(URI base) {
    return new FrontEnd(
        base,
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build());
  }

  public static FrontEnd tls() {
    return new FrontEnd(
        SystemEnvironment.tlsUrl(),
        HttpClient.newBuilder()
            .sslContext(trustingProfileCertificate())
            .connectTimeout(Duration.ofSeconds(5))
            .build());
  }

  public URI base() {
    return base;
  }

  public Response get(String path, String token) {
    return get(path, token, Map.of());
  }

  public Response get(String path, String token, Map<String, String> headers) {
    HttpRequest.Builder request = request(path, token, headers).GET();
    return send(request);
  }

  public Response post(String path, byte[] body, String token, Map<String, String> headers) {
    return send(request(path, token, headers).POST(BodyPublishers.ofByteArray(body)));
  }

  public Response put(String path, String json, String token) {
    return send(
        request(path, token, Map.of("Content-Type", "application/json"))
            .PUT(BodyPublishers.ofString(json)));
  }

  public Response delete(String path, String token) {
    return send(request(path, token, Map.of()).DELETE());
  }

  private HttpRequest.Builder request(String path, String token, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    return request;
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static SSLContext trustingProfileCertificate() {
    try (InputStream pem = Files.newInputStream(SystemEnvironment.tlsCertificate())) {
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      trust.setCertificateEntry(
          "fairpact", CertificateFactory.getInstance("X.509").generateCertificate(pem));
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trust);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, factory.getTrustManagers(), null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot trust " + SystemEnvironment.tlsCertificate(), e);
    }
  }

  /** An answer: status, headers (names in lower case, as java.net.http gives them), body. */
  public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

    public Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
          .map(e -> e.getValue().get(0))
          .findFirst();
    }

    /**
     * Which instance answered: the application's {@value #INSTANCE_HEADER} when it sends one, else
     * the last address in nginx's {@value #UPSTREAM_HEADER}.
     */
    public Optional<String> instance() {
      return header(INSTANCE_HEADER)
          .or(() -> header(UPSTREAM_HEADER).map(v -> v.substring(v.lastIndexOf(',') + 1).strip()));
    }

    @Override
    public String toString() {
      String shown = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
      return "HTTP " + status + " " + shown;
    }
  }
}
