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
public class ClausesResource {

  private static final int MAX_PAGE_SIZE = 100;

  /** Whether a lookup came from the cluster's cache: HIT or MISS. */
  static final String CACHE_HEADER = "X-FairPact-Cache";

  @Inject RegisterCatalogue catalogue;
  @Inject ClauseLookups lookups;

  @GET
  public ClausePage search(
      @QueryParam("q") String words,
      @QueryParam("sector") String sector,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
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
  public Response entry(@PathParam("registerNumber") String registerNumber) {
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
