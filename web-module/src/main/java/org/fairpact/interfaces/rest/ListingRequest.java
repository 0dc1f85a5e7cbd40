package org.fairpact.interfaces.rest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.fairpact.domain.model.Listing;

/**
 * The query parameters every listing of a tenant's data takes, checked and turned into a {@link
 * Listing}: whose data ({@code tenant}, an admin's filter; integrators see their own tenant only),
 * {@code since} (an ISO-8601 instant, inclusive), {@code limit} and {@code cursor}. One item more
 * than the limit is asked for, to know whether a next page exists. The resources take the four as
 * documented {@code @QueryParam}s (Payara's OpenAPI reader fails on {@code @Parameter} in a
 * {@code @BeanParam}).
 */
record ListingRequest(String since, String limit, String cursor, String tenant) {

  /** The parameters' descriptions and examples, for their {@code @Parameter}s. */
  static final String SINCE = "Only items at or after this ISO-8601 instant.";

  static final String SINCE_EXAMPLE = "2026-01-31T00:00:00Z";
  static final String LIMIT = "Page size, 1 to 100 (default 20).";
  static final String CURSOR = "The `nextCursor` of the previous page (opaque).";
  static final String TENANT = "Admins only: one tenant's items.";
  static final String TENANT_EXAMPLE = "acme";

  /** The listing of {@code kind} (the cursor's kind) the parameters ask the caller for. */
  Listing listing(CallerScope caller, String kind) {
    int size = Pages.limit(limit);
    return new Listing(
        scope(caller, DocumentsResource.blankToEmpty(tenant)),
        DocumentsResource.blankToEmpty(since).map(ListingRequest::instant),
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

  private static OffsetDateTime instant(String text) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new ProblemException(
          Problem.INVALID_REQUEST, "since must be an ISO-8601 instant like 2026-01-31T12:00:00Z");
    }
  }
}
