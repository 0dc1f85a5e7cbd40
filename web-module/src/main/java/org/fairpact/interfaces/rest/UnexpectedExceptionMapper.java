package org.fairpact.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fairpact.interfaces.health.DatabaseProbe;

/**
 * Anything unexpected: logged with an incident id that the problem's detail repeats, so support can
 * find the stack trace without the client ever seeing it. An unreachable database is no surprise
 * but an outage: 503 with Retry-After (see {@link DatabaseOutage}). So is any other failure while
 * the database does not take connections ({@link DatabaseProbe}): whatever shape the container gave
 * the outage, the client is told to retry, and the incident is still logged, as a warning, for the
 * shape {@link DatabaseOutage} did not know.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

  private static final String UNAVAILABLE = "the database is unavailable; retry later";

  @Inject Logger log;
  @Inject DatabaseProbe database;

  @Override
  public Response toResponse(Exception exception) {
    Answer answer = answer(exception);
    return ProblemResponses.of(answer.problem(), answer.detail());
  }

  /** The problem the exception is answered with, and its detail. */
  Answer answer(Exception exception) {
    if (DatabaseOutage.causedBy(exception)) {
      log.warning("database unavailable: " + exception);
      return new Answer(Problem.SERVICE_UNAVAILABLE, UNAVAILABLE);
    }
    String incident = UUID.randomUUID().toString();
    Optional<String> outage = database.problem();
    if (outage.isPresent()) {
      log.log(
          Level.WARNING,
          "incident " + incident + " while the database is unavailable (" + outage.get() + ")",
          exception);
      return new Answer(Problem.SERVICE_UNAVAILABLE, UNAVAILABLE + " (incident " + incident + ")");
    }
    log.log(Level.SEVERE, "incident " + incident, exception);
    return new Answer(Problem.INTERNAL, "unexpected error; incident " + incident);
  }

  record Answer(Problem problem, String detail) {}
}
