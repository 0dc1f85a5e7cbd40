package org.fairpact.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS' own errors (404 of an unknown path, 405, 406, 415...) as problem+json, counted; a server
 * error the runtime raised over a database outage is the outage's 503.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Inject RefusalMetrics metrics;
  @Context ResourceInfo resource;

  @Override
  public Response toResponse(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    if (status >= 500 && DatabaseOutage.causedBy(exception)) {
      return ProblemResponses.of(
          Problem.SERVICE_UNAVAILABLE, "the database is unavailable; retry later");
    }
    Problem problem = Problem.forStatus(status);
    metrics.refused(problem, resource);
    return Response.status(status)
        .type(ProblemResponses.MEDIA_TYPE)
        .entity(ProblemResponses.body(problem, status, exception.getMessage(), null))
        .build();
  }
}
