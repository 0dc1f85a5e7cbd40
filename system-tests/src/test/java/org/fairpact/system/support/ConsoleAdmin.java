package org.fairpact.system.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Payara Server's REST management API on the admin port of the console ({@code bin/fairpact up
 * --console}), as user admin with the profile's generated password. Present only when {@code
 * FAIRPACT_CONSOLE_URL} is set.
 */
public final class ConsoleAdmin {

  private final URI adminUrl;
  private final String authorization;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ConsoleAdmin(URI adminUrl, String password) {
    this.adminUrl = adminUrl;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** The console of the system under test, if {@code bin/fairpact test} started one. */
  public static Optional<ConsoleAdmin> ofEnvironment() {
    if (SystemEnvironment.optional("FAIRPACT_CONSOLE_URL").isEmpty()) {
      return Optional.empty();
    }
    try {
      String password =
          Files.readString(Path.of(SystemEnvironment.require("FAIRPACT_CONSOLE_PASSWORD_FILE")))
              .strip();
      return Optional.of(
          new ConsoleAdmin(
              URI.create(SystemEnvironment.require("FAIRPACT_CONSOLE_ADMIN_URL")), password));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The EAR's HTTP listener on the DAS. */
  public static URI applicationUrl() {
    return URI.create(SystemEnvironment.require("FAIRPACT_CONSOLE_URL"));
  }

  /** A member of the DAS's data grid as {@code list-hazelcast-cluster-members} reports it. */
  public record Member(String name, String type, String httpPorts) {}

  /** {@code GET /management/domain/list-hazelcast-cluster-members}. */
  public List<Member> dataGridMembers() {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(adminUrl + "/management/domain/list-hazelcast-cluster-members"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", authorization)
            .header("X-Requested-By", "fairpact-system-tests")
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "list-hazelcast-cluster-members: HTTP " + response.statusCode() + " " + response.body());
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      JsonObject extra = reader.readObject().getJsonObject("extraProperties");
      if (extra == null || !extra.containsKey("members")) {
        return List.of();
      }
      return extra.getJsonArray("members").stream()
          .map(JsonValue::asJsonObject)
          .map(
              m ->
                  new Member(
                      m.getString("instanceName", "?"),
                      m.getString("instanceType", "?"),
                      m.getString("httpPorts", "?")))
          .toList();
    }
  }
}
