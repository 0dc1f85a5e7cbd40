package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.fairpact.it.support.Analyses;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.Links;
import org.fairpact.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The listings of a tenant's analyses and documents: newest first, a page at a time by an opaque
 * cursor with a {@code Link: rel="next"} built from the request (same filters), confined to the
 * caller's tenant; admins list any tenant, and each item names its tenant.
 */
@ExtendWith(ArquillianExtension.class)
class ListingIT {

  private static final int SUBMITTED = 5;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  private Api api;
  private final String tenant = "listing-" + UUID.randomUUID();
  private final String other = "listing-other-" + UUID.randomUUID();
  private final List<String> analyses = new ArrayList<>();
  private final List<String> documents = new ArrayList<>();

  @BeforeEach
  void submit() {
    api = new Api(base);
    Analyses submissions = new Analyses(api);
    for (int i = 0; i < SUBMITTED; i++) {
      ApiResponse accepted =
          submissions.submitText(
              "Umowa nr " + i + ". Strony zawierają umowę.", Tokens.integrator(tenant));
      assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
      analyses.add(0, accepted.json().getString("analysisId")); // newest first
      documents.add(0, accepted.json().getString("documentId"));
    }
    submissions.submitText("Umowa innego najemcy.", Tokens.integrator(other));
    for (String id : analyses) {
      submissions.awaitFinished(id, Tokens.integrator(tenant), Duration.ofSeconds(60));
    }
  }

  @Test
  void analysesComeNewestFirstPageByPageFollowingTheNextLink() {
    List<ApiResponse> pages = follow("/api/v1/analyses?limit=2", Tokens.integrator(tenant));

    assertThat(pages).hasSize(3);
    assertThat(ids(pages, "analyses")).containsExactlyElementsOf(analyses);
    assertThat(pages.get(0).json().getString("nextCursor")).isNotBlank();
    assertThat(pages.get(2).json().containsKey("nextCursor")).isFalse();
    assertThat(Links.next(pages.get(2))).isEmpty();
    List<OffsetDateTime> queuedAt =
        items(pages, "analyses").stream()
            .map(a -> OffsetDateTime.parse(a.getString("queuedAt")))
            .toList();
    assertThat(queuedAt).isSortedAccordingTo(Comparator.reverseOrder());
  }

  @Test
  void documentsComeNewestFirstPageByPageFollowingTheNextLink() {
    List<ApiResponse> pages = follow("/api/v1/documents?limit=2", Tokens.integrator(tenant));

    assertThat(pages).hasSize(3);
    assertThat(ids(pages, "documents")).containsExactlyElementsOf(documents);
  }

  @Test
  void theNextLinkKeepsTheFilters() {
    String since = queuedAt(analyses.get(2));

    List<ApiResponse> pages =
        follow(
            "/api/v1/analyses?status=COMPLETED&limit=1&since=" + encode(since),
            Tokens.integrator(tenant));

    assertThat(Links.next(pages.get(0)).orElseThrow())
        .contains("status=COMPLETED")
        .contains("since=")
        .contains("limit=1");
    assertThat(ids(pages, "analyses")).containsExactlyElementsOf(analyses.subList(0, 3));
  }

  @Test
  void filtersByStatusAndSince() {
    String token = Tokens.integrator(tenant);

    assertThat(ids(List.of(api.get("/api/v1/analyses?status=QUEUED", token)), "analyses"))
        .isEmpty();
    assertThat(ids(List.of(api.get("/api/v1/analyses?status=completed", token)), "analyses"))
        .containsExactlyElementsOf(analyses);
    String since = queuedAt(analyses.get(1));
    assertThat(ids(List.of(api.get("/api/v1/analyses?since=" + encode(since), token)), "analyses"))
        .containsExactlyElementsOf(analyses.subList(0, 2));
  }

  @Test
  void aTenantSeesOnlyItsOwn() {
    String token = Tokens.integrator(other);

    List<String> theirs = ids(List.of(api.get("/api/v1/analyses?limit=100", token)), "analyses");
    List<String> theirDocuments =
        ids(List.of(api.get("/api/v1/documents?limit=100", token)), "documents");

    assertThat(theirs).hasSize(1).doesNotContainAnyElementsOf(analyses);
    assertThat(theirDocuments).hasSize(1).doesNotContainAnyElementsOf(documents);
    ApiResponse foreign = api.get("/api/v1/analyses?tenant=" + tenant, token);
    assertThat(foreign.status()).as(foreign.toString()).isEqualTo(403);
  }

  @Test
  void anAdminListsAnyTenantOrOne() {
    List<JsonObject> filtered =
        items(follow("/api/v1/documents?limit=2&tenant=" + tenant, Tokens.admin()), "documents");
    String since = encode(queuedAt(analyses.get(SUBMITTED - 1)));
    List<JsonObject> all =
        items(
            List.of(api.get("/api/v1/analyses?limit=100&since=" + since, Tokens.admin())),
            "analyses");

    assertThat(filtered).extracting(d -> d.getString("id")).containsExactlyElementsOf(documents);
    assertThat(filtered).extracting(d -> d.getString("tenant")).containsOnly(tenant);
    assertThat(all).extracting(a -> a.getString("id")).containsAll(analyses);
    assertThat(all).hasSizeGreaterThan(SUBMITTED);
    assertThat(all)
        .as("each analysis names its tenant")
        .filteredOn(a -> analyses.contains(a.getString("id")))
        .extracting(a -> a.getString("tenant"))
        .containsOnly(tenant);
  }

  @Test
  void badParametersAreRefusedWithInvalidRequest() {
    String token = Tokens.integrator(tenant);
    String documentCursor =
        api.get("/api/v1/documents?limit=1", token).json().getString("nextCursor");
    for (String query :
        List.of(
            "/api/v1/analyses?status=DONE",
            "/api/v1/analyses?since=yesterday",
            "/api/v1/analyses?since=2026-13-01T00:00:00Z",
            "/api/v1/analyses?limit=0",
            "/api/v1/analyses?limit=101",
            "/api/v1/analyses?limit=many",
            "/api/v1/analyses?cursor=not-a-cursor",
            "/api/v1/analyses?cursor=" + documentCursor,
            "/api/v1/documents?limit=-1",
            "/api/v1/documents?since=1700000000")) {
      ApiResponse refused = api.get(query, token);

      assertThat(refused.status()).as(query + " -> " + refused).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().getString("type")).endsWith("/invalid-request");
    }
  }

  /** The first page and every page its next links lead to. */
  private List<ApiResponse> follow(String first, String token) {
    List<ApiResponse> pages = new ArrayList<>();
    String path = first;
    while (path != null) {
      ApiResponse page = api.get(path, token);
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      pages.add(page);
      assertThat(pages).as("pages of " + first).hasSizeLessThanOrEqualTo(10);
      path = Links.next(page).map(link -> Links.pathOf(link, base)).orElse(null);
    }
    return pages;
  }

  private static List<JsonObject> items(List<ApiResponse> pages, String name) {
    return pages.stream()
        .flatMap(page -> page.json().getJsonArray(name).getValuesAs(JsonObject.class).stream())
        .toList();
  }

  private static List<String> ids(List<ApiResponse> pages, String name) {
    return items(pages, name).stream().map(item -> item.getString("id")).toList();
  }

  private String queuedAt(String analysisId) {
    return api.get("/api/v1/analyses/" + analysisId, Tokens.integrator(tenant))
        .json()
        .getString("queuedAt");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
