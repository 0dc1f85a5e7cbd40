package org.fairpact.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.fairpact.domain.model.Listing;

/**
 * One page of a keyset listing: the items of a {@link ListingRequest} (which fetched one more than
 * the page holds) and, when that one more exists, the cursor of the next page.
 */
record KeysetPage<T>(List<T> items, Optional<String> nextCursor) {

  static <T> KeysetPage<T> of(
      List<T> fetched, Listing listing, String kind, Function<T, Listing.Position> position) {
    int size = listing.limit() - 1;
    if (fetched.size() <= size) {
      return new KeysetPage<>(fetched, Optional.empty());
    }
    List<T> items = fetched.subList(0, size);
    return new KeysetPage<>(
        items, Optional.of(ListingCursor.encode(kind, position.apply(items.get(size - 1)))));
  }

  /** 200 with the body and, when there is a next page, its {@code rel="next"} link. */
  Response respond(UriInfo uri, Object body) {
    Response.ResponseBuilder response = Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
    nextCursor.ifPresent(cursor -> Pages.linkNext(response, uri, cursor));
    return response.build();
  }
}
