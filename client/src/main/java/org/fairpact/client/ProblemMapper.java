package org.fairpact.client;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns every answer of status 400 or above into a {@link FairPactProblem}: the problem+json body
 * when there is one, else the status alone.
 */
public class ProblemMapper implements ResponseExceptionMapper<FairPactProblem> {

  private static final Jsonb JSON = JsonbBuilder.create();

  /** The problem+json body as sent; absent members stay null. */
  public record Body(String type, String title, Integer status, String detail) {}

  @Override
  public boolean handles(int status, MultivaluedMap<String, Object> headers) {
    return status >= 400;
  }

  @Override
  public FairPactProblem toThrowable(Response response) {
    String text = response.hasEntity() ? response.readEntity(String.class) : "";
    return problem(response.getStatus(), text, response.getHeaderString("Retry-After"));
  }

  static FairPactProblem problem(int status, String text, String retryAfter) {
    Body body = parse(text);
    URI type = URI.create(body.type() == null ? "about:blank" : body.type());
    String title = body.title() == null ? "HTTP " + status : body.title();
    return new FairPactProblem(type, title, status, body.detail(), seconds(retryAfter));
  }

  private static Body parse(String text) {
    if (text == null || !text.stripLeading().startsWith("{")) {
      return new Body(null, null, null, null);
    }
    try {
      return JSON.fromJson(text, Body.class);
    } catch (JsonbException notProblem) {
      return new Body(null, null, null, null);
    }
  }

  private static Long seconds(String retryAfter) {
    if (retryAfter == null) {
      return null;
    }
    try {
      return Long.parseLong(retryAfter.strip());
    } catch (NumberFormatException httpDate) {
      return null;
    }
  }
}
