package org.fairpact.interfaces.rest;

import java.util.Map;

/** Ends a request with a problem+json answer of the given type (and extra response headers). */
public class ProblemException extends RuntimeException {

  private final Problem problem;
  private final Map<String, String> headers;

  public ProblemException(Problem problem, String detail) {
    this(problem, detail, Map.of());
  }

  public ProblemException(Problem problem, String detail, Map<String, String> headers) {
    super(detail);
    this.problem = problem;
    this.headers = Map.copyOf(headers);
  }

  public Problem problem() {
    return problem;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
