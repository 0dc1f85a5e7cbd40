package org.fairpact.analysis.classification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a model archive says about itself ({@code model.json}): its version, when and from which
 * data it was trained, under which licences that data came, the figures it reached on dev data, and
 * the SHA-256 of every other part of the archive.
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
    Map<String, Object> languages,
    Map<String, Object> metrics,
    Map<String, String> files) {

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
    trainingData = List.copyOf(trainingData);
    languages = Collections.unmodifiableMap(new LinkedHashMap<>(languages));
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
  }

  /** The manifest as the JSON object stored in the archive. */
  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("format", FORMAT);
    json.put("formatVersion", FORMAT_VERSION);
    json.put("version", version);
    json.put("created", created);
    json.put("licence", licence);
    List<Object> data = new ArrayList<>();
    for (TrainingFile file : trainingData) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("path", file.path());
      entry.put("sha256", file.sha256());
      entry.put("role", file.role());
      data.add(entry);
    }
    json.put("trainingData", data);
    json.put("languages", new java.util.TreeMap<>(languages));
    json.put("metrics", metrics);
    json.put("files", new java.util.TreeMap<>(files));
    return json;
  }

  /**
   * Reads a manifest, checking the fields every model must have.
   *
   * @throws ModelFormatException if it is not a manifest of a format this engine reads
   */
  @SuppressWarnings("unchecked")
  static ModelManifest fromJson(Map<String, Object> json) throws ModelFormatException {
    if (!FORMAT.equals(json.get("format"))) {
      throw new ModelFormatException("model.json is not a " + FORMAT + " manifest");
    }
    Object formatVersion = json.get("formatVersion");
    if (!(formatVersion instanceof Number number)
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
    for (Object entry : list(json, "trainingData")) {
      if (!(entry instanceof Map<?, ?> file)) {
        throw new ModelFormatException("model.json: trainingData holds a non-object");
      }
      Map<String, Object> fields = (Map<String, Object>) file;
      data.add(
          new TrainingFile(
              string(fields, "path"), string(fields, "sha256"), string(fields, "role")));
    }
    Map<String, String> files = new LinkedHashMap<>();
    for (Map.Entry<String, Object> file : object(json, "files").entrySet()) {
      if (!(file.getValue() instanceof String sha)) {
        throw new ModelFormatException("model.json: checksum of " + file.getKey() + " missing");
      }
      files.put(file.getKey(), sha);
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

  static String string(Map<String, Object> json, String field) throws ModelFormatException {
    if (!(json.get(field) instanceof String value)) {
      throw new ModelFormatException("model.json: '" + field + "' missing or not a string");
    }
    return value;
  }

  static double number(Map<String, Object> json, String field) throws ModelFormatException {
    if (!(json.get(field) instanceof Number value)) {
      throw new ModelFormatException("model.json: '" + field + "' missing or not a number");
    }
    return value.doubleValue();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Map<String, Object> json, String field)
      throws ModelFormatException {
    if (!(json.get(field) instanceof Map<?, ?> value)) {
      throw new ModelFormatException("model.json: '" + field + "' missing or not an object");
    }
    return (Map<String, Object>) value;
  }

  static List<Object> list(Map<String, Object> json, String field) throws ModelFormatException {
    if (!(json.get(field) instanceof List<?> value)) {
      throw new ModelFormatException("model.json: '" + field + "' missing or not an array");
    }
    return new ArrayList<>(value);
  }
}
