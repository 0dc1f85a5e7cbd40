package org.fairpact.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.fairpact.application.cluster.ClusterDirectory;
import org.fairpact.interfaces.rest.InstanceHeaderFilter;
import org.fairpact.interfaces.rest.Problem;
import org.fairpact.interfaces.rest.ProblemResponses;

/**
 * Error page (see web.xml) for errors the container answers itself, so that a missing or invalid
 * token gives problem+json, not Payara's HTML page. A {@code WWW-Authenticate} header cannot be
 * added here: the JWT mechanism has committed the response when the error page runs.
 */
@WebServlet(ProblemErrorPage.PATH)
public class ProblemErrorPage extends HttpServlet {

  static final String PATH = "/errors/problem";

  @Inject ClusterDirectory cluster;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value ? value : response.getStatus();
    Problem problem = Problem.forStatus(status);
    String instance = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    response.setStatus(status);
    response.setHeader(InstanceHeaderFilter.HEADER, cluster.instanceName());
    response.setContentType(ProblemResponses.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(ProblemResponses.body(problem, status, detail(status), instance));
  }

  private static String detail(int status) {
    return switch (status) {
      case HttpServletResponse.SC_UNAUTHORIZED -> "a valid bearer token is required";
      case HttpServletResponse.SC_FORBIDDEN -> "the token's roles do not allow this";
      case HttpServletResponse.SC_NOT_FOUND -> "no such resource";
      default -> null;
    };
  }
}
