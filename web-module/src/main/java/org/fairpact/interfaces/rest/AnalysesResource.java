package org.fairpact.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.fairpact.application.AnalysisQueries;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.AnalysisStatus;

/** Status of an analysis and, once COMPLETED, its findings. Other tenants' ids answer 404. */
@Path("v1/analyses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN})
public class AnalysesResource {

  @Inject AnalysisQueries queries;
  @Inject CallerScope caller;

  @GET
  @Path("{id}")
  public AnalysisView analysis(@PathParam("id") String id) {
    return AnalysisView.of(find(id));
  }

  @GET
  @Path("{id}/findings")
  public FindingsView findings(@PathParam("id") String id) {
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
