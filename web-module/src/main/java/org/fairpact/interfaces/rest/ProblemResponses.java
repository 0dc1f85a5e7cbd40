package org.fairpact.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/** Builds problem+json responses (RFC 9457). */
public final class ProblemResponses {

  public static final String MEDIA_TYPE = "application/problem+json";

  private ProblemResponses() {}

  public static String body(Problem problem, int status, String detail, String instance) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("type", problem.type())
            .add("title", problem.title())
            .add("status", status);
    if (detail != null) {
      json.add("detail", detail);
    }
    if (instance != null) {
      json.add("instance", instance);
    }
    return json.build().toString();
  }

  public static Response of(Problem problem, String detail) {
    return Response.status(problem.status())
        .type(MEDIA_TYPE)
        .entity(body(problem, problem.status(), detail, null))
        .build();
  }
}
