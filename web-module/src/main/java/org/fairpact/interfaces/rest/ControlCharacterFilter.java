package org.fairpact.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Refuses control characters in the request's query and path parameters (names and decoded values)
 * and in the headers the application reads as text, with 400 {@code invalid-characters}, before any
 * resource passes them on: PostgreSQL refuses NUL in text, and control characters in stored names
 * end up in logs and in other systems' terminals. Refused: U+0000-U+001F (tab, CR and LF included),
 * U+007F, and the line and paragraph separators U+2028/U+2029. The multipart part's filename, which
 * arrives in the body, is checked with {@link #requireNone} by the intake.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class ControlCharacterFilter implements ContainerRequestFilter {

  /** Headers the application reads as text. */
  static final List<String> HEADERS = List.of(DocumentsResource.IDEMPOTENCY_KEY);

  @Override
  public void filter(ContainerRequestContext request) {
    try {
      check("query parameter", request.getUriInfo().getQueryParameters(true));
      check("path parameter", request.getUriInfo().getPathParameters(true));
    } catch (IllegalArgumentException malformed) {
      throw new ProblemException(Problem.INVALID_REQUEST, "malformed percent-encoding in the URL");
    }
    for (String header : HEADERS) {
      List<String> values = request.getHeaders().get(header);
      if (values != null) {
        values.forEach(value -> requireNone("header " + header, value));
      }
    }
  }

  private static void check(String kind, MultivaluedMap<String, String> parameters) {
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      requireNone(kind + " name", parameter.getKey());
      String name = kind + " '" + printable(parameter.getKey()) + "'";
      parameter.getValue().forEach(value -> requireNone(name, value));
    }
  }

  /**
   * Refuses a value holding a control character.
   *
   * @param what names the value in the problem's detail (never the value itself)
   * @throws ProblemException {@code invalid-characters}
   */
  public static void requireNone(String what, String value) {
    if (value == null) {
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isControl(c)) {
        throw new ProblemException(
            Problem.INVALID_CHARACTERS,
            String.format(
                "%s contains the control character U+%04X at position %d", what, (int) c, i));
      }
    }
  }

  static boolean isControl(char c) {
    return c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029;
  }

  private static String printable(String name) {
    StringBuilder out = new StringBuilder();
    name.chars().limit(64).forEach(c -> out.append(isControl((char) c) ? '?' : (char) c));
    return out.toString();
  }
}
