package org.fairpact.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  @Override
  public Response toResponse(ProblemException exception) {
    Response.ResponseBuilder response =
        Response.fromResponse(ProblemResponses.of(exception.problem(), exception.getMessage()));
    exception.headers().forEach(response::header);
    return response.build();
  }
}
