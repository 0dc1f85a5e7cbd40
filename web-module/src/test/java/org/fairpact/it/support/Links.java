package org.fairpact.it.support;

import java.net.URI;
import java.net.URL;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code Link: <...>; rel="next"} header of a paged listing, as a path {@link Api} takes. */
public final class Links {

  private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");

  private Links() {}

  /** The next page's link, if the answer has one. */
  public static Optional<String> next(ApiResponse response) {
    return response.headers().allValues("Link").stream()
        .map(NEXT::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .findFirst();
  }

  /** The link's path and query relative to the deployment, as {@link Api} takes them. */
  public static String pathOf(String link, URL deployment) {
    URI uri = URI.create(link);
    String contextRoot = Deployments.onLoopback(deployment).getPath().replaceAll("/+$", "");
    String path = uri.getRawPath();
    String relative = path.startsWith(contextRoot) ? path.substring(contextRoot.length()) : path;
    return relative + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }
}
