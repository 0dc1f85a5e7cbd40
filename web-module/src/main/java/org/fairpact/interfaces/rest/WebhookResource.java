package org.fairpact.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fairpact.application.webhook.WebhookUrlException;
import org.fairpact.application.webhook.Webhooks;

/**
 * The caller's tenant's webhook: one endpoint that hears of every analysis that COMPLETED or
 * FAILED, following the Standard Webhooks convention. The signing secret is shown only in the
 * answer that issued it (creation, or a PUT with {@code rotateSecret=true}).
 */
@Path("v1/webhook")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTEGRATOR)
@Tag(name = "Webhooks")
public class WebhookResource {

  @Inject Webhooks webhooks;
  @Inject CallerScope caller;
  @Context UriInfo uri;

  @PUT
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  @Operation(
      operationId = "registerWebhook",
      summary = "Register the tenant's webhook or point it to a new URL",
      description =
          "Creates the webhook (201, with its signing secret `whsec_...`, shown only here) or"
              + " replaces its URL (200, the secret is kept unless rotateSecret=true). The URL must"
              + " be https and its host must resolve to public addresses only. Role integrator.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "WebhookRegistration")))
  @APIResponse(
      responseCode = "201",
      description = "Webhook created; the answer carries the secret.",
      headers =
          @Header(
              name = "Location",
              description = "The webhook: /api/v1/webhook",
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Webhook")))
  @APIResponse(
      responseCode = "200",
      description = "URL replaced; the secret only if rotated.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Webhook")))
  @APIResponse(
      responseCode = "400",
      description =
          "`invalid-request` (not JSON), `invalid-webhook-url` (malformed, unresolvable),"
              + " `webhook-url-not-allowed` (scheme, host or address refused).",
      content =
          @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response register(
      String body,
      @Parameter(
              description = "true: issue a new secret (the old one stops signing at once).",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("rotateSecret")
          String rotateSecret) {
    String url = url(body);
    Webhooks.Registration registration;
    try {
      registration = webhooks.register(caller.tenant(), url, "true".equalsIgnoreCase(rotateSecret));
    } catch (WebhookUrlException refused) {
      throw new ProblemException(
          refused.malformed() ? Problem.INVALID_WEBHOOK_URL : Problem.WEBHOOK_URL_NOT_ALLOWED,
          refused.getMessage());
    }
    JsonObjectBuilder json = WebhookView.of(registration.webhook());
    registration.secret().ifPresent(secret -> json.add("secret", secret));
    Response.ResponseBuilder response =
        registration.created()
            ? Response.created(uri.getAbsolutePathBuilder().replaceQuery(null).build())
            : Response.ok();
    return response
        .entity(json.build())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Operation(
      operationId = "getWebhook",
      summary = "Read the tenant's webhook",
      description = "Its URL and times, never the secret.")
  @APIResponse(
      responseCode = "200",
      description = "The webhook.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Webhook")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(
      responseCode = "404",
      description = "`not-found`: no webhook registered.",
      content =
          @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public JsonObject webhook() {
    return webhooks
        .find(caller.tenant())
        .map(WebhookView::of)
        .orElseThrow(() -> new ProblemException(Problem.NOT_FOUND, "no webhook registered"))
        .build();
  }

  @DELETE
  @Operation(
      operationId = "deleteWebhook",
      summary = "Remove the tenant's webhook",
      description =
          "Pending deliveries are given up; their history stays listed. Idempotent: 204 also"
              + " when there was none.")
  @APIResponse(responseCode = "204", description = "Removed (or there was none).")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response remove() {
    webhooks.remove(caller.tenant());
    return Response.noContent().build();
  }

  @GET
  @Path("deliveries")
  @Operation(
      operationId = "listWebhookDeliveries",
      summary = "List the tenant's webhook deliveries, newest first",
      description =
          "Each delivery (its id is the webhook-id header) with its status (PENDING, DELIVERED,"
              + " FAILED) and every attempt: time, HTTP status or error, duration. More pages: a"
              + " nextCursor and a Link rel=\"next\" header.")
  @APIResponse(
      responseCode = "200",
      description = "A page of deliveries.",
      headers =
          @Header(
              name = "Link",
              description = "The next page, `<...>; rel=\"next\"`, when there is one.",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "WebhookDeliveryPage")))
  @APIResponse(
      responseCode = "400",
      description = "`invalid-request`: bad limit or cursor.",
      content =
          @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response deliveries(
      @Parameter(
              description = ListingRequest.LIMIT,
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = ListingRequest.CURSOR) @QueryParam("cursor") String cursor) {
    int size = Pages.limit(limit);
    Optional<Long> before = Pages.numericCursor(cursor);
    return Pages.json(
        uri,
        size,
        webhooks.deliveries(caller.tenant(), before, size + 1),
        Json.createObjectBuilder(),
        "deliveries",
        WebhookView::of,
        record -> String.valueOf(record.delivery().id()));
  }

  private static String url(String body) {
    JsonObject json;
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      json = reader.readObject();
    } catch (RuntimeException e) {
      throw new ProblemException(
          Problem.INVALID_REQUEST, "body must be JSON like {\"url\": \"https://...\"}");
    }
    if (!(json.get("url") instanceof JsonString url)) {
      throw new ProblemException(Problem.INVALID_WEBHOOK_URL, "url is required, as a string");
    }
    return url.getString();
  }
}
