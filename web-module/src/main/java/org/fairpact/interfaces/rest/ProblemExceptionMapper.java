package org.fairpact.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A {@link ProblemException} as its problem+json answer, counted by problem type. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  @Inject RefusalMetrics metrics;
  @Context ResourceInfo resource;

  @Override
  public Response toResponse(ProblemException exception) {
    metrics.refused(exception.problem(), resource);
    Response.ResponseBuilder response =
        Response.fromResponse(ProblemResponses.of(exception.problem(), exception.getMessage()));
    exception.headers().forEach(response::header);
    return response.build();
  }
}
