package org.fairpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fairpact.system.support.FrontEnd;
import org.fairpact.system.support.FrontEnd.Response;
import org.fairpact.system.support.SystemEnvironment;
import org.fairpact.system.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The integrators' API through nginx on every instance: listings page by page along their {@code
 * Link: rel="next"} (relative, so it resolves against the front end), a deletion that every
 * instance then answers 404 for, and 422 for an Idempotency-Key reused with other bytes.
 */
class IntegratorApiST {

  private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");
  private static final Map<String, String> TEXT =
      Map.of("Content-Type", "text/plain; charset=UTF-8");

  private final FrontEnd front = FrontEnd.plain();
  private final String tenant = "st-integrator-" + UUID.randomUUID();
  private final String token = Tokens.integrator(tenant);

  @Test
  void documentsArePagedAlongTheNextLinkOfTheFrontEnd() {
    List<String> submitted = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      submitted.add(0, upload("Umowa nr " + i + ".", Map.of()).getString("documentId"));
    }

    List<String> listed = new ArrayList<>();
    String path = "/api/v1/documents?limit=2";
    int pages = 0;
    while (path != null) {
      Response page = front.get(path, token);
      assertThat(page.status()).as("%s", page).isEqualTo(200);
      json(page).getJsonArray("documents").getValuesAs(JsonObject.class).stream()
          .map(d -> d.getString("id"))
          .forEach(listed::add);
      pages++;
      path = next(page).map(this::frontEndPath).orElse(null);
      assertThat(pages).isLessThanOrEqualTo(3);
    }

    assertThat(pages).isEqualTo(2);
    assertThat(listed).containsExactlyElementsOf(submitted);
  }

  @Test
  void aDeletedDocumentIsNotFoundOnEveryInstance() {
    JsonObject accepted = upload("Umowa do usunięcia.", Map.of());
    String document = accepted.getString("documentId");

    Response deleted = front.delete("/api/v1/documents/" + document, token);

    assertThat(deleted.status()).as("%s", deleted).isEqualTo(204);
    for (int i = 0; i < 2 * SystemEnvironment.instances(); i++) {
      assertThat(front.get("/api/v1/documents/" + document, token).status()).isEqualTo(404);
      assertThat(front.get("/api/v1/analyses/" + accepted.getString("analysisId"), token).status())
          .isEqualTo(404);
    }
    assertThat(front.delete("/api/v1/documents/" + document, token).status()).isEqualTo(404);
  }

  @Test
  void anIdempotencyKeyReusedForOtherBytesIs422() {
    Map<String, String> key = Map.of("Idempotency-Key", "st-" + UUID.randomUUID());
    upload("Umowa pierwsza.", key);

    Response reused = front.post("/api/v1/documents", bytes("Umowa druga."), token, merged(key));

    assertThat(reused.status()).as("%s", reused).isEqualTo(422);
    assertThat(reused.header("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json(reused).getString("type")).endsWith("/idempotency-key-reused");
  }

  private JsonObject upload(String text, Map<String, String> headers) {
    Response accepted = front.post("/api/v1/documents", bytes(text), token, merged(headers));
    assertThat(accepted.status()).as("%s", accepted).isEqualTo(202);
    return json(accepted);
  }

  /** The link's path and query, after checking it points at the front end itself. */
  private String frontEndPath(String link) {
    URI uri = front.base().resolve(link);
    assertThat(uri.getPort()).as(link).isEqualTo(front.base().getPort());
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  private static java.util.Optional<String> next(Response response) {
    return response.headers().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase("Link"))
        .flatMap(e -> e.getValue().stream())
        .map(NEXT::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .findFirst();
  }

  private static Map<String, String> merged(Map<String, String> headers) {
    Map<String, String> all = new java.util.HashMap<>(TEXT);
    all.putAll(headers);
    return all;
  }

  private static byte[] bytes(String text) {
    return (text + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
  }

  private static JsonObject json(Response response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
