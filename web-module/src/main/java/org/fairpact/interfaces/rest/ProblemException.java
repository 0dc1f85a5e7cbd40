package org.fairpact.interfaces.rest;

/** Ends a request with a problem+json answer of the given type. */
public class ProblemException extends RuntimeException {

  private final Problem problem;

  public ProblemException(Problem problem, String detail) {
    super(detail);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
