package org.fairpact.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a deprecated resource method (or a whole resource class) with the dates of its deprecation
 * policy: when it was deprecated and when it goes away. Always together with {@link Deprecated},
 * which puts {@code deprecated: true} into the OpenAPI document; {@link DeprecationHeaders} answers
 * the dates as {@code Deprecation} and {@code Sunset} headers. The sunset is at least six months
 * after the deprecation (docs/api.md, "Deprecation policy").
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Sunset {

  /** The day (ISO-8601, UTC) from which the operation may answer 410 or be gone. */
  String value();

  /** The day (ISO-8601, UTC) the deprecation was announced. */
  String deprecatedSince();
}
