package org.fairpact.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fairpact.application.AnalysisQueries;
import org.fairpact.application.DocumentErasures;
import org.fairpact.application.Submission;
import org.fairpact.application.cluster.QuotaDecision;
import org.fairpact.application.cluster.UploadQuota;
import org.fairpact.domain.model.Listing;
import org.fairpact.domain.model.audit.AuditAction;
import org.fairpact.domain.model.document.Document;

/**
 * Accepts contracts for analysis: as the raw request body (any content type; the type is decided by
 * magic bytes, never by the header) or as multipart/form-data with a part named "file". Each tenant
 * has a cluster-wide quota of uploads per minute; past it the answer is 429 with Retry-After.
 */
@Path("v1/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class DocumentsResource {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final String CURSOR_KIND = "documents";

  @Inject DocumentIntake intake;
  @Inject AnalysisQueries queries;
  @Inject CallerScope caller;
  @Inject AuditedActions audited;
  @Inject MetricRegistry metrics;
  @Inject UploadQuota uploads;
  @Inject DocumentErasures erasures;
  @Context UriInfo uri;

  @POST
  @RolesAllowed(Roles.INTEGRATOR)
  @Consumes(MediaType.WILDCARD)
  @Operation(
      operationId = "submitDocument",
      summary = "Submit a contract for analysis",
      description =
          "The contract as the raw request body (its type is decided by its bytes: PDF, DOCX,"
              + " PNG/JPEG/TIFF scans or plain text; the Content-Type header is not trusted) or as"
              + " multipart/form-data with a part named `file`. Answers 202 at once with the"
              + " analysis id and a Location to follow; the analysis runs in the background."
              + " A retry with the same Idempotency-Key and bytes answers the first analysis"
              + " (Idempotent-Replayed: true). Role integrator.")
  @APIResponse(
      responseCode = "202",
      description = "Accepted: the analysis is queued (or, on a replay, the first one answers).",
      headers = {
        @Header(
            name = "Location",
            description = "The analysis: /api/v1/analyses/{id}",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(
            name = "Idempotent-Replayed",
            description = "true when an earlier upload with the same Idempotency-Key answers",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Submission")))
  @APIResponse(
      responseCode = "400",
      description =
          "`empty-document` (empty body), `invalid-request` (bad `lang`, over-long"
              + " Idempotency-Key, multipart body without a part `file`), `invalid-characters`"
              + " (a control character in the filename or Idempotency-Key).",
      content =
          @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(
      responseCode = "413",
      description = "`document-too-large`: over the upload limit (50 MiB).",
      content =
          @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "415",
      description = "`unsupported-document-type`: the bytes are none of the types analysed.",
      content =
          @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "429", ref = "TooManyRequests")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response upload(
      @Context HttpServletRequest request,
      @Parameter(
              description =
                  "The document's file name, kept for people (a multipart part's own file name"
                      + " wins).",
              example = "umowa.pdf")
          @QueryParam("filename")
          String filename,
      @Parameter(
              description = "The contract's language; detected from the text when absent.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"pl", "en"}))
          @QueryParam("lang")
          String lang,
      @Parameter(
              description =
                  "A key of the caller's choice (at most 200 characters): a retry with the same key"
                      + " and the same bytes answers the first analysis.",
              example = "order-4711")
          @HeaderParam(IDEMPOTENCY_KEY)
          String idempotencyKey,
      @Parameter(hidden = true, in = ParameterIn.HEADER) @HeaderParam("Content-Length")
          Long contentLength) {
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
  @Operation(
      operationId = "getDocument",
      summary = "Read a stored document's metadata",
      description =
          "Its detected type, size and SHA-256. Integrators see their own tenant's documents,"
              + " admins every tenant's.")
  @APIResponse(
      responseCode = "200",
      description = "The document.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DocumentView")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public DocumentView document(
      @Parameter(description = "The document id (a UUID).") @PathParam("id") String id) {
    return queries
        .document(Ids.parse(id), caller.visibleTenant())
        .map(DocumentView::of)
        .orElseThrow(() -> new ProblemException(Problem.NOT_FOUND, "no document " + id));
  }

  @GET
  @RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN})
  @Operation(
      operationId = "listDocuments",
      summary = "List documents",
      description =
          "The caller's documents newest first (by creation time), a page at a time; an admin sees"
              + " every tenant's, or one tenant's with `tenant`. When more exist the answer has"
              + " `nextCursor` and a `Link: <...>; rel=\"next\"` header with the same filters.")
  @APIResponse(
      responseCode = "200",
      description = "A page of documents.",
      headers =
          @Header(
              name = "Link",
              description = "The next page, `<...>; rel=\"next\"`, when there is one.",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DocumentsPage")))
  @APIResponse(
      responseCode = "400",
      description = "`invalid-request`: bad since, limit or cursor.",
      content =
          @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(
      responseCode = "403",
      description = "`forbidden` (also an integrator naming another tenant), `missing-tenant`.",
      content =
          @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response list(
      @Parameter(description = ListingRequest.SINCE, example = ListingRequest.SINCE_EXAMPLE)
          @QueryParam("since")
          String since,
      @Parameter(
              description = ListingRequest.LIMIT,
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = ListingRequest.CURSOR) @QueryParam("cursor") String cursor,
      @Parameter(description = ListingRequest.TENANT, example = ListingRequest.TENANT_EXAMPLE)
          @QueryParam("tenant")
          String tenant) {
    Listing listing = new ListingRequest(since, limit, cursor, tenant).listing(caller, CURSOR_KIND);
    KeysetPage<Document> page =
        KeysetPage.of(
            queries.documents(listing),
            listing,
            CURSOR_KIND,
            d -> new Listing.Position(d.createdAt(), d.id()));
    return page.respond(
        uri,
        new DocumentsPage(
            page.items().stream().map(DocumentView::of).toList(), page.nextCursor().orElse(null)));
  }

  /**
   * Erases the document with its analyses, findings and stored bytes (see {@link DocumentErasures},
   * the one place every erasure goes through).
   */
  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN})
  @Operation(
      operationId = "deleteDocument",
      summary = "Delete a document",
      description =
          "Erases the document, its stored bytes, its analyses and their findings; afterwards"
              + " every read of them answers 404. An analysis still queued or running is dropped."
              + " Another tenant's document answers 404, as does a second DELETE.")
  @APIResponse(responseCode = "204", description = "Erased.")
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(
      responseCode = "503",
      description =
          "`service-unavailable`: the object store or database refused; nothing was erased, retry"
              + " after `Retry-After` seconds.",
      headers =
          @Header(
              name = "Retry-After",
              description = "Seconds to wait before retrying.",
              schema = @Schema(type = SchemaType.INTEGER)),
      content =
          @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response delete(
      @Parameter(description = "The document id (a UUID).") @PathParam("id") String id) {
    return audited.run(
        AuditAction.DOCUMENT_DELETE,
        id,
        null,
        () -> {
          try {
            erasures
                .erase(Ids.parse(id), caller.visibleTenant(), erasedBy(), "request")
                .orElseThrow(() -> new ProblemException(Problem.NOT_FOUND, "no document " + id));
          } catch (DocumentErasures.StoreRefusedException refused) {
            throw new ProblemException(
                Problem.SERVICE_UNAVAILABLE,
                "the document store is unavailable; nothing was erased, retry later",
                Map.of("Retry-After", "5"));
          }
          return Response.noContent().build();
        });
  }

  /** Who erases: the token's tenant and subject. */
  private String erasedBy() {
    String tenant;
    try {
      tenant = caller.tenant();
    } catch (ProblemException noTenant) {
      tenant = "-";
    }
    return tenant + "/" + caller.subject();
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
