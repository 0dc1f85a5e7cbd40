package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.fairpact.it.support.Analyses;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.Metrics;
import org.fairpact.it.support.Tokens;
import org.fairpact.testsupport.ProfileDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Control characters in a query or path parameter, the Idempotency-Key or an upload's filename are
 * answered 400 {@code invalid-characters} (never 500 or 503), nothing is stored for them, and the
 * refusals are counted by type.
 */
@ExtendWith(ArquillianExtension.class)
class InputValidationIT {

  private static final String INVALID = "https://fairpact.dev/problems/invalid-characters";
  private static final byte[] TEXT =
      "Umowa sprzedaży. Sprzedawca może zmienić cenę.".getBytes(StandardCharsets.UTF_8);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  private Api api;
  private final String tenant = "validation-" + UUID.randomUUID();
  private String token;

  @BeforeEach
  void connect() {
    api = new Api(base);
    token = Tokens.integrator(tenant);
  }

  @Test
  void nulInTheFilenameQueryParameter() {
    ApiResponse response =
        api.post("/api/v1/documents?filename=umowa%00.txt", TEXT, token, Map.of());

    assertInvalidCharacters(response);
    assertNothingStoredForTenant();
  }

  @Test
  void controlCharactersInTheMultipartFilename() {
    for (String filename : new String[] {"umowa\u0000.txt", "umowa\u001b[2J.txt"}) {
      ApiResponse response = uploadPart(filename);

      assertInvalidCharacters(response);
      assertThat(response.json().getString("detail")).startsWith("filename contains");
    }
    assertNothingStoredForTenant();
  }

  @Test
  void aPolishMultipartFilenameIsStillAccepted() {
    ApiResponse response = uploadPart("umowa-sprzedaży.txt");

    assertThat(response.status()).as(response.toString()).isEqualTo(202);
  }

  @Test
  void nulInTheSearchWords() {
    assertInvalidCharacters(api.get("/api/v1/clauses?q=reklamacje%00", token));
    assertInvalidCharacters(api.get("/api/v1/clauses?sector=HANDEL%0A", token));
    assertInvalidCharacters(api.get("/api/v1/clauses?q%00=x", token));
  }

  @Test
  void controlCharactersInAPathId() {
    assertInvalidCharacters(api.get("/api/v1/analyses/" + UUID.randomUUID() + "%1B", token));
    assertInvalidCharacters(api.get("/api/v1/clauses/5747%7F", token));
    assertInvalidCharacters(api.get("/api/v1/documents/%E2%80%A8" + UUID.randomUUID(), token));
  }

  /**
   * A NUL in the path never reaches the application: Payara's HTTP server refuses the URI itself,
   * with a bare 400 (no problem+json), and nothing is stored.
   */
  @Test
  void aNulInThePathIsRefusedByTheServerItself() {
    ApiResponse response = api.get("/api/v1/analyses/" + UUID.randomUUID() + "%00", token);

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
  }

  @Test
  void controlCharactersInTheIdempotencyKey() {
    ApiResponse tab =
        api.post(
            "/api/v1/documents",
            TEXT,
            token,
            Map.of("Idempotency-Key", "order\t4711", "Content-Type", "text/plain"));
    assertInvalidCharacters(tab);

    assertNothingStoredForTenant();
  }

  /**
   * Control bytes other than tab in a header never reach the application: the HTTP parser refuses
   * the request with a bare 400 (no problem+json).
   */
  @Test
  void controlBytesInAHeaderAreRefusedByTheServerItself() {
    String raw = rawUpload("Idempotency-Key: order\u001b4711\r\n");

    assertThat(raw).startsWith("HTTP/1.1 400");
    assertNothingStoredForTenant();
  }

  @Test
  void refusalsAreCountedByType() {
    Map<String, String> invalid = Map.of("type", "invalid-characters");
    Metrics before = Metrics.read(api);

    assertInvalidCharacters(api.post("/api/v1/documents?filename=a%07.txt", TEXT, token, Map.of()));
    assertInvalidCharacters(api.get("/api/v1/clauses?q=%00", token));
    ApiResponse accepted = new Analyses(api).submit(TEXT, token, Map.of());
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);

    Metrics after = Metrics.read(api);
    assertThat(after.count("fairpact_requests_refused_total", invalid))
        .isEqualTo(before.count("fairpact_requests_refused_total", invalid) + 2);
    assertThat(after.count("fairpact_uploads_refused_total", invalid))
        .isEqualTo(before.count("fairpact_uploads_refused_total", invalid) + 1);
    assertThat(after.count("fairpact_upload_requests_total", Map.of()))
        .isEqualTo(before.count("fairpact_upload_requests_total", Map.of()) + 2);
    assertThat(after.count("fairpact_uploads_total", Map.of()))
        .isEqualTo(before.count("fairpact_uploads_total", Map.of()) + 1);
  }

  private ApiResponse uploadPart(String filename) {
    String boundary = "fairpact-" + UUID.randomUUID();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + TEXT.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(TEXT, 0, body, head.length, TEXT.length);
    System.arraycopy(tail, 0, body, head.length + TEXT.length, tail.length);
    return api.post(
        "/api/v1/documents",
        body,
        token,
        Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
  }

  /** An upload sent over a plain socket, with a header no HTTP client library would send. */
  private String rawUpload(String extraHeader) {
    URL url = Deployments.onLoopback(base);
    try (Socket socket = new Socket("127.0.0.1", url.getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      String request =
          "POST "
              + url.getPath().replaceAll("/$", "")
              + "/api/v1/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
              + token
              + "\r\nContent-Type: text/plain\r\nContent-Length: "
              + TEXT.length
              + "\r\nConnection: close\r\n"
              + extraHeader
              + "\r\n";
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.write(TEXT);
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      StringBuilder response = new StringBuilder();
      for (String line; (line = in.readLine()) != null; ) {
        response.append(line).append('\n');
      }
      return response.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertInvalidCharacters(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonObject problem = response.json();
    assertThat(problem.getString("type")).isEqualTo(INVALID);
    assertThat(problem.getInt("status")).isEqualTo(400);
    assertThat(problem.getString("detail")).doesNotContain("\u0000");
  }

  private void assertNothingStoredForTenant() {
    assertThat(ProfileDatabase.count("SELECT count(*) FROM document WHERE tenant = ?", tenant))
        .isZero();
    assertThat(ProfileDatabase.count("SELECT count(*) FROM analysis WHERE tenant = ?", tenant))
        .isZero();
  }
}
