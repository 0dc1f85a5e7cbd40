package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document the deployed application serves at {@code /openapi} describes the API: saved
 * under target/openapi/ (YAML and JSON), it passes Redocly CLI's recommended rules
 * (tools/openapi-lint, installed by {@code npm ci} before Maven runs) with no error and no warning,
 * and it says what integrators rely on (title, relative server, bearer JWT, problem responses, the
 * upload's media types). Swagger UI answers at {@code /api/docs/} with its bundle.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

  private static final Path OUT = Path.of("target", "openapi");
  private static final String PROBLEM = "application/problem+json";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  private Api api;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void connect() {
    api = new Api(base);
  }

  @Test
  void theDocumentPassesRedoclysRecommendedRules() throws Exception {
    Files.createDirectories(OUT);
    Path yaml = OUT.resolve("openapi.yaml");
    Path json = OUT.resolve("openapi.json");
    HttpResponse<String> yamlDocument = fetch("/openapi", null);
    assertThat(yamlDocument.body()).startsWith("openapi:");
    Files.writeString(yaml, yamlDocument.body());
    Files.writeString(json, fetch("/openapi", "application/json").body());

    for (Path document : List.of(yaml, json)) {
      JsonObject totals = lint(document).getJsonObject("totals");
      assertThat(totals.getInt("errors")).as("Redocly errors in %s", document).isZero();
      assertThat(totals.getInt("warnings")).as("Redocly warnings in %s", document).isZero();
    }
  }

  @Test
  void theDocumentSaysWhatIntegratorsRelyOn() throws Exception {
    JsonObject doc = parse(fetch("/openapi", "application/json").body());
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve("openapi-facts.json"), doc.toString());
    assertThat(doc.getJsonObject("paths").keySet()).contains("/api/v1/documents");

    assertThat(doc.getJsonObject("info").getString("title")).isEqualTo("FairPact API");
    assertThat(doc.getJsonArray("servers").getJsonObject(0).getString("url")).isEqualTo("/");
    JsonObject bearer = doc.getJsonObject("components").getJsonObject("securitySchemes");
    assertThat(bearer.getJsonObject("bearer").getString("type")).isEqualTo("http");
    assertThat(bearer.getJsonObject("bearer").getString("scheme")).isEqualTo("bearer");
    assertThat(bearer.getJsonObject("bearer").getString("bearerFormat")).isEqualTo("JWT");
    assertThat(doc.getJsonArray("security").getJsonObject(0).containsKey("bearer")).isTrue();

    JsonObject upload =
        doc.getJsonObject("paths").getJsonObject("/api/v1/documents").getJsonObject("post");
    assertThat(upload.getString("operationId")).isEqualTo("submitDocument");
    assertThat(resolve(doc, upload.getJsonObject("requestBody")).getJsonObject("content").keySet())
        .contains("application/octet-stream", "application/pdf", "multipart/form-data");
    JsonObject responses = upload.getJsonObject("responses");
    assertThat(responses.keySet()).contains("202", "400", "401", "403", "413", "415", "429", "503");
    for (String status : List.of("400", "401", "403", "413", "415", "429", "503")) {
      JsonObject response = resolve(doc, responses.getJsonObject(status));
      assertThat(response.getJsonObject("content").getJsonObject(PROBLEM))
          .as("problem+json content of the upload's %s", status)
          .isNotNull();
      assertThat(response.getJsonObject("content").getJsonObject(PROBLEM).getJsonObject("schema"))
          .as("schema of the upload's %s", status)
          .hasToString("{\"$ref\":\"#/components/schemas/Problem\"}");
    }
    assertThat(
            doc.getJsonObject("components")
                .getJsonObject("schemas")
                .getJsonObject("Problem")
                .getJsonArray("required")
                .getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("type", "title", "status");
  }

  @Test
  void swaggerUiIsServedAtApiDocs() throws Exception {
    ApiResponse page = api.get("/api/docs/", null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body()).contains("swagger-ui-bundle.js", "initializer.js");

    ApiResponse bundle = api.get("/api/docs/swagger-ui-bundle.js", null);
    assertThat(bundle.status()).isEqualTo(200);
    assertThat(bundle.contentType()).startsWith("text/javascript");
    assertThat(bundle.body()).contains("SwaggerUIBundle");

    ApiResponse initializer = api.get("/api/docs/initializer.js", null);
    assertThat(initializer.body()).contains("\"../../openapi\"").doesNotContain("http");

    assertThat(api.get("/api/docs/swagger-ui.css", null).contentType()).startsWith("text/css");
    ApiResponse redirect = api.get("/api/docs", null);
    assertThat(redirect.status()).isEqualTo(303);
    assertThat(redirect.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/docs/"));
    ApiResponse unknown = api.get("/api/docs/swagger-initializer.js", null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith(PROBLEM);
  }

  /** GET without a token; Payara answers YAML when no Accept header asks for JSON. */
  private HttpResponse<String> fetch(String path, String accept) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.url(path)));
    if (accept != null) {
      request.header("Accept", accept);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET %s (%s)", path, accept).isEqualTo(200);
    return response;
  }

  /** Runs Redocly CLI's lint with tools/openapi-lint/redocly.yaml; prints what it reported. */
  private static JsonObject lint(Path document) throws IOException, InterruptedException {
    Path tool = Path.of(System.getProperty("fairpact.openapi-lint.dir", "../tools/openapi-lint"));
    Path cli = tool.resolve("node_modules/@redocly/cli/bin/cli.js");
    assertThat(cli)
        .as("Redocly CLI: run `npm ci` in tools/openapi-lint (bin/fairpact test does)")
        .isRegularFile();
    Path report = document.resolveSibling(document.getFileName() + ".lint.json");
    List<String> command = new ArrayList<>(List.of("node", cli.toString(), "lint"));
    command.addAll(
        List.of(
            "--config",
            tool.resolve("redocly.yaml").toString(),
            "--format=json",
            document.toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(report.toFile())
            .redirectError(document.resolveSibling(document.getFileName() + ".lint.log").toFile());
    builder.environment().put("REDOCLY_TELEMETRY", "off");
    builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
    Process lint = builder.start();
    assertThat(lint.waitFor(120, TimeUnit.SECONDS)).as("redocly lint finished").isTrue();
    String text = Files.readString(report, StandardCharsets.UTF_8);
    JsonObject result = parse(text);
    System.out.println(
        "=== redocly lint " + document + ": " + result.getJsonObject("totals") + " " + text);
    return result;
  }

  /** The object, or the component its {@code $ref} names (#/components/<kind>/<name>). */
  private static JsonObject resolve(JsonObject doc, JsonObject object) {
    if (!object.containsKey("$ref")) {
      return object;
    }
    String[] ref = object.getString("$ref").split("/");
    return doc.getJsonObject("components").getJsonObject(ref[2]).getJsonObject(ref[3]);
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
