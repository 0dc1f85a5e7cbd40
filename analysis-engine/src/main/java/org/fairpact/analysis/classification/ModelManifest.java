package org.fairpact.analysis.classification;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a model archive says about itself ({@code model.json}): its version, when and from which
 * data it was trained, under which licences that data came, the figures it reached on dev data, and
 * the SHA-256 of every other part of the archive. Read and written with JSON-P; the per-language
 * sections and the figures stay JSON objects, since only {@link ClauseModelArchive} (the sections)
 * and people (the figures) interpret them.
 *
 * @param version content-derived version, {@code <format version>-<12 hex digits>}: models trained
 *     from the same data with the same code have the same version
 * @param created when training finished, ISO-8601 UTC
 * @param licence the licences of the training data, which bind the model
 * @param trainingData the data files used, with their checksums
 * @param languages per language (lower-case code), how its classifier is put together
 * @param metrics figures measured on the dev data during training
 * @param files SHA-256 of every other entry of the archive, by entry name
 */
public record ModelManifest(
    String version,
    String created,
    String licence,
    List<TrainingFile> trainingData,
    JsonObject languages,
    JsonObject metrics,
    Map<String, String> files) {

  /** The manifest's entry in the model archive. */
  public static final String ENTRY = "model.json";

  /** Value of the manifest's {@code format} field. */
  public static final String FORMAT = "fairpact-clause-model";

  /**
   * The archive layout this engine writes. 2 added surface word n-grams to the feature settings
   * ({@code maxSurfaceWordN}): an engine that reads only format 1 would score such a model with
   * those features missing, so it refuses it (and falls back to an older model) instead.
   */
  public static final int FORMAT_VERSION = 2;

  /** The oldest layout this engine still reads (format 1: no surface word n-grams). */
  public static final int OLDEST_READABLE_FORMAT_VERSION = 1;

  /** Licence note of the data the shipped classifiers are trained on. */
  public static final String LICENCE =
      "PAC: CC BY-NC-SA 4.0 (non-commercial); CLAUDETTE: CC BY 4.0";

  public ModelManifest {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(licence, "licence");
    Objects.requireNonNull(languages, "languages");
    Objects.requireNonNull(metrics, "metrics");
    trainingData = List.copyOf(trainingData);
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
  }

  /**
   * The manifest as the JSON object stored in the archive, in the format this engine writes ({@link
   * #FORMAT_VERSION}); languages and files in sorted order.
   */
  public JsonObject toJson() {
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (TrainingFile file : trainingData) {
      data.add(
          Json.createObjectBuilder()
              .add("path", file.path())
              .add("sha256", file.sha256())
              .add("role", file.role()));
    }
    JsonObjectBuilder sortedLanguages = Json.createObjectBuilder();
    new TreeMap<>(languages).forEach(sortedLanguages::add);
    JsonObjectBuilder sums = Json.createObjectBuilder();
    new TreeMap<>(files).forEach(sums::add);
    return Json.createObjectBuilder()
        .add("format", FORMAT)
        .add("formatVersion", FORMAT_VERSION)
        .add("version", version)
        .add("created", created)
        .add("licence", licence)
        .add("trainingData", data)
        .add("languages", sortedLanguages)
        .add("metrics", metrics)
        .add("files", sums)
        .build();
  }

  /**
   * Reads a manifest from the bytes of {@code model.json}, checking the fields every model must
   * have.
   *
   * @throws ModelFormatException if it is not JSON, or not a manifest of a format this engine reads
   */
  static ModelManifest read(byte[] json) throws ModelFormatException {
    JsonObject object;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
      object = reader.readObject();
    } catch (JsonException e) {
      throw new ModelFormatException(ENTRY + " is not a valid JSON object: " + e.getMessage(), e);
    }
    return fromJson(object);
  }

  /**
   * Reads a manifest, checking the fields every model must have.
   *
   * @throws ModelFormatException if it is not a manifest of a format this engine reads
   */
  static ModelManifest fromJson(JsonObject json) throws ModelFormatException {
    if (!(json.get("format") instanceof JsonString format) || !FORMAT.equals(format.getString())) {
      throw new ModelFormatException(ENTRY + " is not a " + FORMAT + " manifest");
    }
    JsonValue formatVersion = json.get("formatVersion");
    if (!(formatVersion instanceof JsonNumber number)
        || number.intValue() < OLDEST_READABLE_FORMAT_VERSION
        || number.intValue() > FORMAT_VERSION) {
      throw new ModelFormatException(
          "model format version "
              + formatVersion
              + " is not supported (this engine reads "
              + OLDEST_READABLE_FORMAT_VERSION
              + " to "
              + FORMAT_VERSION
              + ")");
    }
    List<TrainingFile> data = new ArrayList<>();
    for (JsonValue entry : array(json, "trainingData")) {
      if (!(entry instanceof JsonObject fields)) {
        throw new ModelFormatException(ENTRY + ": trainingData holds a non-object");
      }
      data.add(
          new TrainingFile(
              string(fields, "path"), string(fields, "sha256"), string(fields, "role")));
    }
    Map<String, String> files = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> file : object(json, "files").entrySet()) {
      if (!(file.getValue() instanceof JsonString sha)) {
        throw new ModelFormatException(ENTRY + ": checksum of " + file.getKey() + " missing");
      }
      files.put(file.getKey(), sha.getString());
    }
    return new ModelManifest(
        string(json, "version"),
        string(json, "created"),
        string(json, "licence"),
        data,
        object(json, "languages"),
        object(json, "metrics"),
        files);
  }

  static String string(JsonObject json, String field) throws ModelFormatException {
    if (!(json.get(field) instanceof JsonString value)) {
      throw new ModelFormatException(ENTRY + ": '" + field + "' missing or not a string");
    }
    return value.getString();
  }

  static double number(JsonObject json, String field) throws ModelFormatException {
    if (!(json.get(field) instanceof JsonNumber value)) {
      throw new ModelFormatException(ENTRY + ": '" + field + "' missing or not a number");
    }
    return value.doubleValue();
  }

  static boolean bool(JsonObject json, String field) throws ModelFormatException {
    JsonValue value = json.get(field);
    if (JsonValue.TRUE.equals(value)) {
      return true;
    }
    if (JsonValue.FALSE.equals(value)) {
      return false;
    }
    throw new ModelFormatException(ENTRY + ": '" + field + "' missing or not true or false");
  }

  static JsonObject object(JsonObject json, String field) throws ModelFormatException {
    if (!(json.get(field) instanceof JsonObject value)) {
      throw new ModelFormatException(ENTRY + ": '" + field + "' missing or not an object");
    }
    return value;
  }

  static JsonArray array(JsonObject json, String field) throws ModelFormatException {
    if (!(json.get(field) instanceof JsonArray value)) {
      throw new ModelFormatException(ENTRY + ": '" + field + "' missing or not an array");
    }
    return value;
  }
}
