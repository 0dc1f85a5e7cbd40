package org.fairpact.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fairpact.analysis.classification.TrainingFile;
import org.fairpact.application.ContractAnalysis;
import org.fairpact.application.ModelStatus;
import org.fairpact.application.cluster.ClusterDirectory;

/**
 * The trained clause model of the instance that answers (loaded at its start from the object
 * store): version, file, training data and licence, the languages it classifies, and whether it is
 * a fallback for a current model that failed to load, or why there is none. Through the load
 * balancer any instance answers; address an instance directly to see its own.
 */
@Path("v1/admin/model")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
@Tag(name = "Cluster")
public class ModelResource {

  @Inject ContractAnalysis engine;
  @Inject ClusterDirectory cluster;

  @GET
  @Operation(
      operationId = "getModel",
      summary = "Show the clause model the answering instance loaded",
      description =
          "Version, file, training data and licence, the languages it classifies, and whether it"
              + " is a fallback or why there is none.")
  @APIResponse(
      responseCode = "200",
      description = "The model.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ClauseModel")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public JsonObject model() {
    ModelStatus model = engine.model();
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("instance", cluster.instanceName())
            .add("loaded", model.loaded())
            .add("source", model.source());
    add(json, "current", model.current());
    add(json, "version", model.version());
    add(json, "file", model.file());
    json.add("fallback", model.fallback());
    add(json, "fallbackReason", model.fallbackReason());
    add(json, "unavailableReason", model.unavailableReason());
    add(json, "created", model.created());
    add(json, "licence", model.licence());
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (TrainingFile file : model.trainingData()) {
      data.add(
          Json.createObjectBuilder()
              .add("path", file.path())
              .add("sha256", file.sha256())
              .add("role", file.role()));
    }
    return json.add("trainingData", data)
        .add("languages", strings(model.languages()))
        .add("classifying", strings(model.classifying()))
        .add("loadedAt", model.loadedAt().toString())
        .build();
  }

  private static void add(JsonObjectBuilder json, String name, Optional<String> value) {
    value.ifPresent(v -> json.add(name, v));
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }
}
