package org.fairpact.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fairpact.application.AuditLog;
import org.fairpact.domain.model.audit.AuditAction;
import org.fairpact.domain.model.audit.AuditEntry;

/**
 * The audit log of admin and operator actions, newest first: who (token subject, tenant, roles),
 * what (action, target, outcome, detail), when, and from where (client address).
 */
@Path("v1/admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration")
public class AuditResource {

  @Inject AuditLog audit;
  @Context UriInfo uri;

  @GET
  @Operation(
      operationId = "listAuditEntries",
      summary = "Read the audit log",
      description =
          "Admin and operator actions newest first, refused ones included, limit at a time; the"
              + " next page's URL is in the Link header (rel=\"next\") and its cursor in"
              + " nextCursor. Role admin.")
  @APIResponse(
      responseCode = "200",
      description = "A page of entries.",
      headers =
          @Header(
              name = "Link",
              description = "The next page, `<...>; rel=\"next\"`, when there is one.",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuditPage")))
  @APIResponse(
      responseCode = "400",
      description = "`invalid-request`: bad limit, cursor or action.",
      content =
          @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response list(
      @Parameter(
              description = ListingRequest.LIMIT,
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = ListingRequest.CURSOR) @QueryParam("cursor") String cursor,
      @Parameter(description = "Only this action.", example = "analysis-replay")
          @QueryParam("action")
          String action) {
    int size = Pages.limit(limit);
    return Pages.json(
        uri,
        size,
        audit.page(action(action), Pages.numericCursor(cursor), size + 1),
        Json.createObjectBuilder(),
        "entries",
        AuditResource::json,
        entry -> String.valueOf(entry.id()));
  }

  private static Optional<AuditAction> action(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        AuditAction.ofCode(code.strip())
            .orElseThrow(
                () ->
                    new ProblemException(
                        Problem.INVALID_REQUEST,
                        "action must be one of "
                            + String.join(
                                ", ",
                                Arrays.stream(AuditAction.values())
                                    .map(AuditAction::code)
                                    .toList()))));
  }

  private static JsonObjectBuilder json(AuditEntry entry) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", entry.id())
            .add("at", entry.occurredAt().toInstant().toString())
            .add(
                "who",
                tenant(Json.createObjectBuilder().add("subject", entry.subject()), entry)
                    .add("roles", roles(entry.roles())))
            .add("from", entry.clientAddress())
            .add("action", entry.action())
            .add("outcome", entry.outcome());
    entry.target().ifPresent(target -> json.add("target", target));
    entry.detail().ifPresent(detail -> json.add("detail", detail));
    return json;
  }

  private static JsonObjectBuilder tenant(JsonObjectBuilder who, AuditEntry entry) {
    entry.tenant().ifPresent(tenant -> who.add("tenant", tenant));
    return who;
  }

  private static JsonArrayBuilder roles(String roles) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    Arrays.stream(roles.split(",")).filter(role -> !role.isEmpty()).forEach(array::add);
    return array;
  }
}
