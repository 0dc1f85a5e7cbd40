package org.fairpact.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fairpact.application.AnalysisQueries;
import org.fairpact.domain.model.Listing;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.AnalysisStatus;

/** Status of an analysis and, once COMPLETED, its findings. Other tenants' ids answer 404. */
@Path("v1/analyses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN})
@Tag(name = "Analyses")
public class AnalysesResource {

  static final String CURSOR_KIND = "analyses";

  @Inject AnalysisQueries queries;
  @Inject CallerScope caller;
  @Context UriInfo uri;

  @GET
  @Operation(
      operationId = "listAnalyses",
      summary = "List analyses",
      description =
          "The caller's analyses newest first (by queue time), a page at a time; an admin sees"
              + " every tenant's, or one tenant's with `tenant`. When more exist the answer has"
              + " `nextCursor` and a `Link: <...>; rel=\"next\"` header with the same filters.")
  @APIResponse(
      responseCode = "200",
      description = "A page of analyses.",
      headers =
          @Header(
              name = "Link",
              description = "The next page, `<...>; rel=\"next\"`, when there is one.",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AnalysesPage")))
  @APIResponse(
      responseCode = "400",
      description = "`invalid-request`: bad status, since, limit or cursor.",
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
      @Parameter(
              description = "Only analyses of this status.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"QUEUED", "PROCESSING", "COMPLETED", "FAILED"}))
          @QueryParam("status")
          String status,
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
    Optional<AnalysisStatus> wanted = DocumentsResource.blankToEmpty(status).map(this::status);
    Listing listing = new ListingRequest(since, limit, cursor, tenant).listing(caller, CURSOR_KIND);
    KeysetPage<Analysis> page =
        KeysetPage.of(
            queries.analyses(listing, wanted),
            listing,
            CURSOR_KIND,
            a -> new Listing.Position(a.queuedAt(), a.id()));
    return page.respond(
        uri,
        new AnalysesPage(
            page.items().stream().map(AnalysisView::of).toList(), page.nextCursor().orElse(null)));
  }

  private AnalysisStatus status(String text) {
    try {
      return AnalysisStatus.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          Problem.INVALID_REQUEST,
          "status must be one of " + Arrays.toString(AnalysisStatus.values()));
    }
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getAnalysis",
      summary = "Follow an analysis",
      description =
          "Status (QUEUED, PROCESSING, COMPLETED, FAILED), progress, timings; once COMPLETED the"
              + " document's risk and the clause model used; once FAILED the reason and, for a"
              + " defective document, a stable failureCode.")
  @APIResponse(
      responseCode = "200",
      description = "The analysis.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AnalysisView")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public AnalysisView analysis(
      @Parameter(description = "The analysis id (a UUID), as the upload answered it.")
          @PathParam("id")
          String id) {
    return AnalysisView.of(find(id));
  }

  @GET
  @Path("{id}/findings")
  @Operation(
      operationId = "getFindings",
      summary = "Read the risky clauses of a completed analysis",
      description =
          "Every risky clause with its position, risk level, score and evidence: the register"
              + " entries it resembles, its clause type and the classifier's verdict.")
  @APIResponse(
      responseCode = "200",
      description = "The findings.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FindingsView")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(
      responseCode = "409",
      description = "`conflict`: the analysis has not COMPLETED (yet).",
      content =
          @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public FindingsView findings(
      @Parameter(description = "The analysis id (a UUID).") @PathParam("id") String id) {
    Analysis analysis = find(id);
    if (analysis.status() != AnalysisStatus.COMPLETED) {
      throw new ProblemException(
          Problem.CONFLICT,
          "analysis " + id + " is " + analysis.status() + "; findings exist once it is COMPLETED");
    }
    return FindingsView.of(analysis, queries.findings(analysis.id()));
  }

  private Analysis find(String id) {
    return queries
        .analysis(Ids.parse(id), caller.visibleTenant())
        .orElseThrow(() -> new ProblemException(Problem.NOT_FOUND, "no analysis " + id));
  }
}
