package org.fairpact.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.fairpact.application.AnalysisQueries;
import org.fairpact.application.Submission;
import org.fairpact.application.cluster.QuotaDecision;
import org.fairpact.application.cluster.UploadQuota;

/**
 * Accepts contracts for analysis: as the raw request body (any content type; the type is decided by
 * magic bytes, never by the header) or as multipart/form-data with a part named "file". Each tenant
 * has a cluster-wide quota of uploads per minute; past it the answer is 429 with Retry-After.
 */
@Path("v1/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  @Inject DocumentIntake intake;
  @Inject AnalysisQueries queries;
  @Inject CallerScope caller;
  @Inject MetricRegistry metrics;
  @Inject UploadQuota uploads;
  @Context UriInfo uri;

  @POST
  @RolesAllowed(Roles.INTEGRATOR)
  @Consumes(MediaType.WILDCARD)
  public Response upload(
      @Context HttpServletRequest request,
      @QueryParam("filename") String filename,
      @QueryParam("lang") String lang,
      @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
      @HeaderParam("Content-Length") Long contentLength) {
    requireQuota(caller.tenant());
    if (contentLength != null && contentLength > intake.maxBytes()) {
      throw new ProblemException(
          Problem.DOCUMENT_TOO_LARGE, "documents may have at most " + intake.maxBytes() + " bytes");
    }
    String contentType = request.getContentType();
    boolean multipart =
        contentType != null && contentType.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA);
    try {
      if (multipart) {
        return uploadPart(request, lang, idempotencyKey);
      }
      try (InputStream body = request.getInputStream()) {
        return accepted(intake.accept(body, filename, lang, idempotencyKey, caller.tenant()));
      }
    } catch (IOException e) {
      throw new ProblemException(Problem.INVALID_REQUEST, "unreadable request body: " + e);
    }
  }

  private void requireQuota(String tenant) {
    QuotaDecision quota = uploads.acquire(tenant);
    if (!quota.allowed()) {
      long seconds = quota.retryAfter().toSeconds();
      throw new ProblemException(
          Problem.QUOTA_EXCEEDED,
          String.format(
              "tenant %s may upload %d documents per minute; retry in %d s",
              tenant, quota.limit(), seconds),
          Map.of("Retry-After", String.valueOf(seconds)));
    }
  }

  private Response uploadPart(HttpServletRequest request, String lang, String idempotencyKey)
      throws IOException {
    Part part;
    try {
      part = request.getPart("file");
    } catch (IllegalStateException tooLarge) {
      throw new ProblemException(Problem.DOCUMENT_TOO_LARGE, tooLarge.getMessage());
    } catch (ServletException e) {
      throw new ProblemException(Problem.INVALID_REQUEST, "unreadable multipart body: " + e);
    }
    if (part == null) {
      throw new ProblemException(Problem.INVALID_REQUEST, "multipart body has no part 'file'");
    }
    try (InputStream body = part.getInputStream()) {
      return accepted(
          intake.accept(body, part.getSubmittedFileName(), lang, idempotencyKey, caller.tenant()));
    }
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN})
  public DocumentView document(@PathParam("id") String id) {
    return queries
        .document(Ids.parse(id), caller.visibleTenant())
        .map(DocumentView::of)
        .orElseThrow(() -> new ProblemException(Problem.NOT_FOUND, "no document " + id));
  }

  private Response accepted(Submission submission) {
    metrics.counter("fairpact_uploads_total").inc();
    UUID id = submission.analysis().id();
    Response.ResponseBuilder response =
        Response.accepted(SubmissionView.of(submission))
            .location(uri.getBaseUriBuilder().path("v1/analyses/{id}").build(id));
    if (submission.replayed()) {
      response.header("Idempotent-Replayed", "true");
    }
    return response.build();
  }

  static Optional<String> blankToEmpty(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }
}
