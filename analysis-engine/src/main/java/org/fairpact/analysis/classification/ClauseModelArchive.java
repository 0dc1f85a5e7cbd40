package org.fairpact.analysis.classification;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.fairpact.analysis.matching.Language;

/**
 * Reading the model file: a zip archive holding {@code model.json} (the {@link ModelManifest}) and
 * per language {@code <lang>/features.tsv} (feature names and idf, see {@link FeatureSpace}) and
 * liblinear models in liblinear's own text format ({@code <lang>/<target>.liblinear}, see {@link
 * LinearModel}), each part named by the manifest's language section. analysis-tools writes it.
 *
 * <p>Reading checks everything before anything is used: the manifest's format and version, that
 * every part it lists is there with the recorded SHA-256, and that each liblinear model fits its
 * feature space.
 */
final class ClauseModelArchive {

  /** Archives larger than this (uncompressed) are refused rather than read into memory. */
  private static final long MAX_BYTES = 512L * 1024 * 1024;

  private ClauseModelArchive() {}

  /**
   * Reads and checks a model archive.
   *
   * @throws ModelFormatException if it is not a complete, intact model of a readable format
   */
  static ClauseModel read(InputStream in, String source) throws IOException {
    Map<String, byte[]> entries = entries(in, source);
    byte[] manifestBytes = entries.remove(ModelManifest.ENTRY);
    if (manifestBytes == null) {
      throw new ModelFormatException(
          source + ": no " + ModelManifest.ENTRY + " (not a clause model)");
    }
    ModelManifest manifest;
    try {
      manifest = ModelManifest.read(manifestBytes);
    } catch (ModelFormatException e) {
      throw new ModelFormatException(source + ": " + e.getMessage(), e);
    }
    for (Map.Entry<String, String> file : manifest.files().entrySet()) {
      byte[] bytes = entries.get(file.getKey());
      if (bytes == null) {
        throw new ModelFormatException(source + ": part " + file.getKey() + " is missing");
      }
      if (!sha256(bytes).equals(file.getValue())) {
        throw new ModelFormatException(
            source + ": part " + file.getKey() + " does not match its checksum (damaged file)");
      }
    }
    Map<Language, LanguageClassifier> classifiers = new EnumMap<>(Language.class);
    for (Map.Entry<String, JsonValue> language : manifest.languages().entrySet()) {
      Language lang = language(language.getKey(), source);
      if (!(language.getValue() instanceof JsonObject section)) {
        throw new ModelFormatException(source + ": language " + language.getKey() + " is empty");
      }
      classifiers.put(lang, classifier(lang, section, entries, manifest, source));
    }
    if (classifiers.isEmpty()) {
      throw new ModelFormatException(source + ": the model has no classifier");
    }
    return new ClauseModel(manifest, classifiers);
  }

  private static LanguageClassifier classifier(
      Language language,
      JsonObject json,
      Map<String, byte[]> entries,
      ModelManifest manifest,
      String source)
      throws IOException {
    JsonObject features = ModelManifest.object(json, "features");
    FeatureConfig config;
    try {
      config =
          new FeatureConfig(
              (int) ModelManifest.number(features, "maxWordN"),
              (int) ModelManifest.number(features, "minCharN"),
              (int) ModelManifest.number(features, "maxCharN"),
              (int) ModelManifest.number(features, "minDf"),
              features.containsKey("maxSurfaceWordN")
                  ? (int) ModelManifest.number(features, "maxSurfaceWordN")
                  : 0);
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(source + ": bad feature configuration", e);
    }
    FeatureSpace space;
    try (BufferedReader reader =
        new BufferedReader(
            new StringReader(part(ModelManifest.string(json, "vocabulary"), entries, manifest)))) {
      space = FeatureSpace.read(reader);
    }
    LinearModel model =
        linear(ModelManifest.string(json, "model"), json, entries, manifest, space, source);
    List<CategoryModel> categories = new ArrayList<>();
    for (JsonValue item : ModelManifest.array(json, "categories")) {
      if (!(item instanceof JsonObject category)) {
        throw new ModelFormatException(source + ": a category is not an object");
      }
      categories.add(
          new CategoryModel(
              ModelManifest.string(category, "name"),
              linear(
                  ModelManifest.string(category, "model"),
                  category,
                  entries,
                  manifest,
                  space,
                  source),
              ModelManifest.number(category, "threshold")));
    }
    JsonObject bands = ModelManifest.object(json, "bands");
    RiskBands riskBands;
    try {
      riskBands =
          new RiskBands(
              ModelManifest.number(bands, "low"),
              ModelManifest.number(bands, "medium"),
              ModelManifest.number(bands, "high"),
              ModelManifest.number(bands, "lowPrecision"),
              ModelManifest.number(bands, "mediumPrecision"),
              ModelManifest.number(bands, "highPrecision"));
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(source + ": " + e.getMessage(), e);
    }
    boolean raise;
    try {
      raise = ModelManifest.bool(json, "categoriesRaiseScore");
    } catch (ModelFormatException e) {
      throw new ModelFormatException(source + ": " + e.getMessage(), e);
    }
    return new LanguageClassifier(language, config, space, model, categories, raise, riskBands);
  }

  private static LinearModel linear(
      String file,
      JsonObject json,
      Map<String, byte[]> entries,
      ModelManifest manifest,
      FeatureSpace space,
      String source)
      throws IOException {
    JsonArray sigmoid = ModelManifest.array(json, "sigmoid");
    if (sigmoid.size() != 2
        || !(sigmoid.get(0) instanceof JsonNumber a)
        || !(sigmoid.get(1) instanceof JsonNumber b)) {
      throw new ModelFormatException(source + ": sigmoid of " + file + " is not two numbers");
    }
    LinearModel model;
    try {
      model =
          LinearModel.read(
              new StringReader(part(file, entries, manifest)), a.doubleValue(), b.doubleValue());
    } catch (RuntimeException e) {
      throw new ModelFormatException(source + ": " + file + " is not a liblinear model", e);
    }
    if (model.features() != space.size()) {
      throw new ModelFormatException(
          source
              + ": "
              + file
              + " has "
              + model.features()
              + " features, its vocabulary "
              + space.size());
    }
    return model;
  }

  private static String part(String name, Map<String, byte[]> entries, ModelManifest manifest)
      throws ModelFormatException {
    if (!manifest.files().containsKey(name) || !entries.containsKey(name)) {
      throw new ModelFormatException("model part " + name + " is not in the archive's manifest");
    }
    return new String(entries.get(name), StandardCharsets.UTF_8);
  }

  private static Language language(String code, String source) throws ModelFormatException {
    try {
      return Language.valueOf(code.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(source + ": unknown language '" + code + "'", e);
    }
  }

  private static Map<String, byte[]> entries(InputStream in, String source) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    long total = 0;
    try {
      ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
          total += n;
          if (total > MAX_BYTES) {
            throw new ModelFormatException(
                source + ": archive larger than " + MAX_BYTES + " bytes");
          }
          bytes.write(buffer, 0, n);
        }
        if (entries.put(entry.getName(), bytes.toByteArray()) != null) {
          throw new ModelFormatException(source + ": entry " + entry.getName() + " repeated");
        }
      }
    } catch (ZipException | java.io.EOFException e) {
      throw new ModelFormatException(source + ": not a readable zip archive: " + e.getMessage(), e);
    }
    if (entries.isEmpty()) {
      throw new ModelFormatException(source + ": not a zip archive or empty");
    }
    return entries;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
