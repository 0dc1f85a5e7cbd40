package org.fairpact.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected: logged with an incident id that the problem's detail repeats, so support can
 * find the stack trace without the client ever seeing it. An unreachable database is no surprise
 * but an outage: 503 with Retry-After (see {@link DatabaseOutage}).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

  @Inject Logger log;

  @Override
  public Response toResponse(Exception exception) {
    if (DatabaseOutage.causedBy(exception)) {
      log.warning("database unavailable: " + exception);
      return ProblemResponses.of(
          Problem.SERVICE_UNAVAILABLE, "the database is unavailable; retry later");
    }
    String incident = UUID.randomUUID().toString();
    log.log(Level.SEVERE, "incident " + incident, exception);
    return ProblemResponses.of(Problem.INTERNAL, "unexpected error; incident " + incident);
  }
}
