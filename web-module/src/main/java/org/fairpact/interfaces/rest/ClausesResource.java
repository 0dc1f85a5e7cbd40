package org.fairpact.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fairpact.application.RegisterCatalogue;
import org.fairpact.domain.model.register.RegisterClause;
import org.fairpact.domain.model.register.RegisterPage;
import org.fairpact.domain.model.register.RegisterQuery;

/**
 * Search and read the register of prohibited clauses. Reads by number go through the cluster's
 * lookup cache and say so in {@code X-FairPact-Cache}.
 */
@Path("v1/clauses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN, Roles.OPERATOR})
@Tag(name = "Register")
public class ClausesResource {

  private static final int MAX_PAGE_SIZE = 100;

  /** Whether a lookup came from the cluster's cache: HIT or MISS. */
  static final String CACHE_HEADER = "X-FairPact-Cache";

  @Inject RegisterCatalogue catalogue;
  @Inject ClauseLookups lookups;

  @GET
  @Operation(
      operationId = "searchClauses",
      summary = "Search the register of prohibited clauses",
      description = "Full-text search over the clauses' wording, optionally within one sector.")
  @APIResponse(
      responseCode = "200",
      description = "One page of entries and the total.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ClausePage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public ClausePage search(
      @Parameter(description = "Words to search for.", example = "reklamacje") @QueryParam("q")
          String words,
      @Parameter(description = "Only entries of this sector.", example = "HANDEL ELEKTRONICZNY")
          @QueryParam("sector")
          String sector,
      @Parameter(description = "The page, from 0.", schema = @Schema(minimum = "0"))
          @QueryParam("page")
          @DefaultValue("0")
          int page,
      @Parameter(
              description = "Entries per page.",
              schema = @Schema(minimum = "1", maximum = "100"))
          @QueryParam("size")
          @DefaultValue("20")
          int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new ProblemException(
          Problem.INVALID_REQUEST, "page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
    }
    RegisterPage result =
        catalogue.search(
            new RegisterQuery(Optional.ofNullable(words), Optional.ofNullable(sector), page, size));
    return new ClausePage(
        result.entries().stream().map(ClauseView::of).toList(),
        result.total(),
        result.page(),
        result.size());
  }

  @GET
  @Path("{registerNumber}")
  @Operation(
      operationId = "getClause",
      summary = "Read one register entry",
      description =
          "Served through the cluster's lookup cache; X-FairPact-Cache says whether it was a hit.")
  @APIResponse(
      responseCode = "200",
      description = "The entry.",
      headers =
          @Header(
              name = CACHE_HEADER,
              description = "HIT or MISS",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"HIT", "MISS"})),
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ClauseView")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response entry(
      @Parameter(description = "The entry's register number.", example = "5747")
          @PathParam("registerNumber")
          String registerNumber) {
    int number;
    try {
      number = Integer.parseInt(registerNumber);
    } catch (NumberFormatException e) {
      throw new ProblemException(Problem.NOT_FOUND, "no register entry " + registerNumber);
    }
    ClauseLookups.Lookup lookup =
        lookups
            .find(number)
            .orElseThrow(
                () ->
                    new ProblemException(Problem.NOT_FOUND, "no register entry " + registerNumber));
    return Response.ok(lookup.json(), MediaType.APPLICATION_JSON)
        .header(CACHE_HEADER, lookup.cached() ? "HIT" : "MISS")
        .build();
  }

  public record ClausePage(List<ClauseView> entries, long total, int page, int size) {}

  public record ClauseView(
      int registerNumber,
      String clauseText,
      String caseSignature,
      String court,
      String judgmentDate,
      String entryDate,
      String claimant,
      String defendants,
      String sector,
      String remarks,
      boolean active,
      boolean newlyAdded) {

    static ClauseView of(RegisterClause clause) {
      var entry = clause.toEntry();
      return new ClauseView(
          entry.registerNumber(),
          entry.clauseText(),
          entry.caseSignature(),
          entry.court(),
          entry.judgmentDate() == null ? null : entry.judgmentDate().toString(),
          entry.entryDate() == null ? null : entry.entryDate().toString(),
          entry.claimant(),
          entry.defendants(),
          entry.sector(),
          entry.remarks(),
          clause.active(),
          clause.newlyAdded());
    }
  }
}
