package org.fairpact.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Swagger UI at {@code /api/docs/}, over the OpenAPI document at {@code /openapi}: our own page and
 * initializer (META-INF/api-docs) and the named files of the swagger-ui webjar, nothing else. Every
 * URL the page uses is relative, so it works on an instance and behind nginx. Public, like the
 * document it shows.
 */
@Path("docs")
@ApplicationScoped
@PermitAll
public class ApiDocsResource {

  private static final String OWN = "META-INF/api-docs/";
  private static final String WEBJAR_PROPERTIES =
      "META-INF/maven/org.webjars/swagger-ui/pom.properties";

  /** The files the page may load, by name, with their media types. */
  private static final Map<String, String> FILES =
      Map.of(
          "index.html", "text/html; charset=utf-8",
          "initializer.js", "text/javascript; charset=utf-8",
          "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
          "swagger-ui-standalone-preset.js", "text/javascript; charset=utf-8",
          "swagger-ui.css", "text/css; charset=utf-8",
          "index.css", "text/css; charset=utf-8",
          "favicon-32x32.png", "image/png",
          "favicon-16x16.png", "image/png");

  private final String webjar = "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";

  /** The page at {@code /api/docs/}; {@code /api/docs} redirects there, for its relative URLs. */
  @GET
  @Operation(hidden = true)
  public Response page(@Context UriInfo uri) {
    if (!uri.getPath().endsWith("/")) {
      return Response.seeOther(uri.getAbsolutePathBuilder().path("/").build()).build();
    }
    return file("index.html");
  }

  @GET
  @Path("{file}")
  @Operation(hidden = true)
  public Response file(@PathParam("file") String name) {
    String type = FILES.get(name);
    if (type == null) {
      throw new ProblemException(Problem.NOT_FOUND, "no file " + name + " in the API docs");
    }
    boolean own = name.equals("index.html") || name.equals("initializer.js");
    InputStream body = resource((own ? OWN : webjar) + name);
    if (body == null) {
      throw new ProblemException(Problem.NOT_FOUND, "no file " + name + " in the API docs");
    }
    CacheControl cache = new CacheControl();
    cache.setMaxAge(own ? 0 : 86400);
    return Response.ok(body, type).cacheControl(cache).build();
  }

  private static String webjarVersion() {
    try (InputStream in = resource(WEBJAR_PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException("no swagger-ui webjar on the class path");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    return ApiDocsResource.class.getClassLoader().getResourceAsStream(name);
  }
}
