package org.fairpact.interfaces.rest;

import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.fairpact.domain.model.Listing;

/**
 * The query parameters every listing of a tenant's data takes (a {@code @BeanParam}), checked and
 * turned into a {@link Listing}: whose data ({@code tenant}, an admin's filter; integrators see
 * their own tenant only), {@code since} (an ISO-8601 instant, inclusive), {@code limit} and {@code
 * cursor}. One item more than the limit is asked for, to know whether a next page exists.
 */
public class ListingRequest {

  @Parameter(
      description = "only items at or after this ISO-8601 instant",
      example = "2026-01-31T00:00:00Z")
  @QueryParam("since")
  String since;

  @Parameter(description = "page size, 1 to 100 (default 20)", example = "20")
  @QueryParam("limit")
  String limit;

  @Parameter(description = "the `nextCursor` of the previous page (opaque)")
  @QueryParam("cursor")
  String cursor;

  @Parameter(description = "admins only: one tenant's items")
  @QueryParam("tenant")
  String tenant;

  /** The listing of {@code kind} (the cursor's kind) the parameters ask the caller for. */
  Listing listing(CallerScope caller, String kind) {
    int size = Pages.limit(limit);
    return new Listing(
        scope(caller, DocumentsResource.blankToEmpty(tenant)),
        DocumentsResource.blankToEmpty(since).map(ListingRequest::since),
        DocumentsResource.blankToEmpty(cursor).map(c -> ListingCursor.decode(kind, c)),
        size + 1);
  }

  /** An admin may name any tenant or none; an integrator only its own. */
  private static Optional<String> scope(CallerScope caller, Optional<String> tenant) {
    Optional<String> visible = caller.visibleTenant();
    if (visible.isEmpty()) {
      return tenant;
    }
    if (tenant.isPresent() && !tenant.get().equals(visible.get())) {
      throw new ProblemException(Problem.FORBIDDEN, "only admins list other tenants");
    }
    return visible;
  }

  private static OffsetDateTime since(String text) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new ProblemException(
          Problem.INVALID_REQUEST, "since must be an ISO-8601 instant like 2026-01-31T12:00:00Z");
    }
  }
}
