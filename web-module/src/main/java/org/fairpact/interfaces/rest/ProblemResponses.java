package org.fairpact.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/** Builds problem+json responses (RFC 9457). */
public final class ProblemResponses {

  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * Seconds a client should wait before retrying a 503: the database, broker or object store is
   * down, which the instances' pools get over within seconds of its return.
   */
  static final String RETRY_AFTER_SECONDS = "5";

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

  /** The problem's answer; a 503 says in {@code Retry-After} when to try again. */
  public static Response of(Problem problem, String detail) {
    Response.ResponseBuilder response =
        Response.status(problem.status())
            .type(MEDIA_TYPE)
            .entity(body(problem, problem.status(), detail, null));
    if (problem == Problem.SERVICE_UNAVAILABLE) {
      response.header("Retry-After", RETRY_AFTER_SECONDS);
    }
    return response.build();
  }
}
