package org.fairpact.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Tells clients of a deprecated operation (one marked {@link Sunset}) on every answer, errors
 * included: {@code Deprecation: @<unix seconds>} (RFC 9745) from when it was deprecated, {@code
 * Sunset: <HTTP-date>} (RFC 8594) from when it may be gone, and {@code Link: <policy>;
 * rel="deprecation"} to the deprecation policy. Operations not marked get none of them.
 */
@Provider
public class DeprecationHeaders implements ContainerResponseFilter {

  /** Where the deprecation policy is published (docs/api.md). */
  static final String POLICY = "https://fairpact.dev/docs/api#deprecation-policy";

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Sunset sunset = sunset(resource);
    if (sunset == null) {
      return;
    }
    var headers = response.getHeaders();
    headers.putSingle("Deprecation", "@" + startOfDay(sunset.deprecatedSince()).toEpochSecond());
    headers.putSingle(
        "Sunset", DateTimeFormatter.RFC_1123_DATE_TIME.format(startOfDay(sunset.value())));
    headers.add("Link", "<" + POLICY + ">; rel=\"deprecation\"; type=\"text/html\"");
  }

  private static Sunset sunset(ResourceInfo resource) {
    if (resource == null) {
      return null;
    }
    Method method = resource.getResourceMethod();
    if (method != null && method.isAnnotationPresent(Sunset.class)) {
      return method.getAnnotation(Sunset.class);
    }
    Class<?> type = resource.getResourceClass();
    return type == null ? null : type.getAnnotation(Sunset.class);
  }

  private static ZonedDateTime startOfDay(String day) {
    return LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC);
  }
}
