package org.fairpact.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS' own errors (404 of an unknown path, 405, 406, 415...) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    Problem problem = Problem.forStatus(status);
    return Response.status(status)
        .type(ProblemResponses.MEDIA_TYPE)
        .entity(ProblemResponses.body(problem, status, exception.getMessage(), null))
        .build();
  }
}
