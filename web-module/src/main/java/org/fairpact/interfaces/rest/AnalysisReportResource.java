package org.fairpact.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fairpact.application.AnalysisQueries;
import org.fairpact.application.AnalysisReport;
import org.fairpact.application.AnalysisReports;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.AnalysisStatus;

/**
 * The report of a completed analysis for people: an HTML page ({@code Accept: text/html}, also what
 * {@code *}{@code /*} gets) or the same page as PDF ({@code Accept: application/pdf}); any other
 * {@code Accept} is answered 406. Same authorisation as the analysis: integrators see their
 * tenant's, admins every tenant's, another tenant's id is 404. An analysis that has not COMPLETED
 * has no report yet: 409 {@code analysis-not-completed}.
 */
@Path("v1/analyses/{id}/report")
@RequestScoped
@RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN})
@Tag(name = "Analyses")
public class AnalysisReportResource {

  private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
  private static final MediaType PDF = MediaType.valueOf(ReportPdf.MEDIA_TYPE);
  private static final List<Variant> VARIANTS = Variant.mediaTypes(HTML, PDF).build();

  @Inject AnalysisQueries queries;
  @Inject AnalysisReports reports;
  @Inject CallerScope caller;
  @Context Request request;

  @GET
  @Produces({MediaType.TEXT_HTML, ReportPdf.MEDIA_TYPE})
  @Operation(
      operationId = "getAnalysisReport",
      summary = "Read the report of a completed analysis, as HTML or PDF",
      description =
          "The contract's text with each risky clause highlighted by risk level, a card per"
              + " finding with its evidence (register entries with court, case signature, date and"
              + " the shared wording; clause type; the classifier's probability, category and the"
              + " words that weighed most), the document's overall risk and a summary by risk and"
              + " by basis. The page is self-contained (inline style, no script, nothing fetched)."
              + " The text of a document with a page that needed OCR is not shown, only its risky"
              + " clauses. `Accept: application/pdf` answers the same page as PDF.")
  @APIResponse(
      responseCode = "200",
      description = "The report.",
      content = {
        @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(ref = "ReportHtml")),
        @Content(mediaType = ReportPdf.MEDIA_TYPE, schema = @Schema(ref = "ReportPdf"))
      })
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(
      responseCode = "406",
      description = "`not-acceptable`: Accept names neither text/html nor application/pdf.",
      content =
          @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description = "`analysis-not-completed`: the analysis has not COMPLETED (yet).",
      content =
          @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response report(
      @Parameter(description = "The analysis id (a UUID), as the upload answered it.")
          @PathParam("id")
          String id) {
    Analysis analysis =
        queries
            .analysis(Ids.parse(id), caller.visibleTenant())
            .orElseThrow(() -> new ProblemException(Problem.NOT_FOUND, "no analysis " + id));
    if (analysis.status() != AnalysisStatus.COMPLETED) {
      throw new ProblemException(
          Problem.ANALYSIS_NOT_COMPLETED,
          "analysis "
              + id
              + " is "
              + analysis.status()
              + "; its report exists once it is COMPLETED");
    }
    AnalysisReport report = reports.report(analysis);
    String html =
        ReportPage.html(
            AnalysisView.of(analysis),
            report.document().filename(),
            FindingsView.of(analysis, report.findings()),
            report.text());
    Variant chosen = request.selectVariant(VARIANTS);
    if (chosen != null && PDF.isCompatible(chosen.getMediaType())) {
      return Response.ok(ReportPdf.render(html), PDF)
          .header(
              "Content-Disposition",
              "inline; filename=\"fairpact-report-" + analysis.id() + ".pdf\"")
          .build();
    }
    return Response.ok(html, HTML)
        .header("Content-Security-Policy", ReportPage.CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
