package org.fairpact.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every paged listing of the API shares: the {@code limit} parameter (1 to {@value
 * #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}) and the link to the next page, the request's own
 * path and query (same filters, same limit) with the next page's cursor, as a {@code Link: <...>;
 * rel="next"} header. The link is relative (RFC 8288 allows a URI reference): the client resolves
 * it against the URL it called, so it stays right behind nginx, over TLS or plain HTTP, whatever
 * scheme and host the instance itself saw (nginx rewrites Location headers, not Link headers).
 */
final class Pages {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  private Pages() {}

  /** The page size the parameter asks for; 400 {@code invalid-request} if it is out of range. */
  static int limit(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(text.strip());
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new ProblemException(
        Problem.INVALID_REQUEST, "limit must be a number between 1 and " + MAX_LIMIT);
  }

  /** Adds the {@code rel="next"} link of the page that starts after {@code cursor}. */
  static Response.ResponseBuilder linkNext(
      Response.ResponseBuilder response, UriInfo uri, String cursor) {
    return link(response, uri.getRequestUriBuilder(), cursor);
  }

  /** A cursor that is a positive number (an id); 400 {@code invalid-request} otherwise. */
  static Optional<Long> numericCursor(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      long cursor = Long.parseLong(text.strip());
      if (cursor > 0) {
        return Optional.of(cursor);
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw invalidCursor();
  }

  static ProblemException invalidCursor() {
    return new ProblemException(
        Problem.INVALID_REQUEST, "cursor must be the nextCursor of a previous page");
  }

  /**
   * A JSON page: the first {@code limit} of {@code fetched} (fetched with one more, to tell whether
   * a next page exists) under {@code name} in {@code body}, and when there is more, {@code
   * nextCursor} (the cursor of the last item shown) and a {@code Link: rel="next"} keeping the
   * request's other query parameters.
   */
  static <T> Response json(
      UriInfo uri,
      int limit,
      List<T> fetched,
      JsonObjectBuilder body,
      String name,
      Function<T, JsonObjectBuilder> view,
      Function<T, String> cursorOf) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    fetched.stream().limit(limit).map(view).forEach(items::add);
    body.add(name, items);
    Response.ResponseBuilder response = Response.ok();
    if (fetched.size() > limit) {
      String cursor = cursorOf.apply(fetched.get(limit - 1));
      body.add("nextCursor", cursor);
      link(response, uri.getRequestUriBuilder().replaceQueryParam("limit", limit), cursor);
    }
    return response.entity(body.build()).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static Response.ResponseBuilder link(
      Response.ResponseBuilder response, UriBuilder request, String cursor) {
    return response.link(relative(request.replaceQueryParam("cursor", cursor).build()), "next");
  }

  /** The path and query of a URI, without scheme and host. */
  static URI relative(URI uri) {
    return URI.create(
        uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
  }
}
