package org.fairpact.analysis.classification;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
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
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.fairpact.analysis.json.Json;
import org.fairpact.analysis.matching.Language;

/**
 * The model file: a zip archive holding {@code model.json} (the {@link ModelManifest}) and per
 * language {@code <lang>/features.tsv} (feature names and idf) and liblinear models in liblinear's
 * own text format ({@code <lang>/<target>.liblinear}). Entries are written in a fixed order with a
 * fixed timestamp, so the same model gives the same bytes apart from the manifest's creation time.
 *
 * <p>Reading checks everything before anything is used: the manifest's format and version, that
 * every part it lists is there with the recorded SHA-256, and that each liblinear model fits its
 * feature space.
 */
final class ClauseModelArchive {

  static final String MANIFEST = "model.json";

  /** Archives larger than this (uncompressed) are refused rather than read into memory. */
  private static final long MAX_BYTES = 512L * 1024 * 1024;

  /** 2024-02-06, the register export's date: any fixed time makes the bytes reproducible. */
  private static final long ENTRY_TIME = 1_707_177_600_000L;

  private ClauseModelArchive() {}

  /** The parts of a model other than its manifest, and its per-language manifest sections. */
  record Parts(Map<String, byte[]> files, Map<String, Object> languages) {}

  static Parts parts(Map<Language, LanguageClassifier> classifiers) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    Map<String, Object> languages = new TreeMap<>();
    for (LanguageClassifier classifier : classifiers.values()) {
      String code = classifier.language().name().toLowerCase(Locale.ROOT);
      String vocabulary = code + "/features.tsv";
      files.put(vocabulary, text(out -> classifier.space().write(out)));
      String target = code.equals("pl") ? "abusive" : "unfair";
      String modelFile = code + "/" + target + ".liblinear";
      files.put(modelFile, text(out -> classifier.model().write(out)));
      Map<String, Object> section = new LinkedHashMap<>();
      FeatureConfig config = classifier.config();
      Map<String, Object> featureJson = new LinkedHashMap<>();
      featureJson.put("maxWordN", config.maxWordN());
      featureJson.put("minCharN", config.minCharN());
      featureJson.put("maxCharN", config.maxCharN());
      featureJson.put("minDf", config.minDf());
      if (config.maxSurfaceWordN() > 0) {
        // only then, so models without surface n-grams keep the layout they always had
        featureJson.put("maxSurfaceWordN", config.maxSurfaceWordN());
      }
      section.put("features", featureJson);
      section.put("vocabulary", vocabulary);
      section.put("model", modelFile);
      section.put("sigmoid", List.of(classifier.model().sigmoidA(), classifier.model().sigmoidB()));
      section.put("categoriesRaiseScore", classifier.categoriesRaiseScore());
      RiskBands bands = classifier.bands();
      Map<String, Object> bandJson = new LinkedHashMap<>();
      bandJson.put("low", bands.low());
      bandJson.put("medium", bands.medium());
      bandJson.put("high", bands.high());
      bandJson.put("lowPrecision", bands.lowPrecision());
      bandJson.put("mediumPrecision", bands.mediumPrecision());
      bandJson.put("highPrecision", bands.highPrecision());
      section.put("bands", bandJson);
      List<Object> categories = new ArrayList<>();
      for (CategoryModel category : classifier.categories()) {
        String file = code + "/" + category.name() + ".liblinear";
        files.put(file, text(out -> category.model().write(out)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", category.name());
        json.put("model", file);
        json.put("sigmoid", List.of(category.model().sigmoidA(), category.model().sigmoidB()));
        json.put("threshold", category.threshold());
        categories.add(json);
      }
      section.put("categories", categories);
      languages.put(code, section);
    }
    return new Parts(files, languages);
  }

  /** SHA-256 of each part. */
  static Map<String, String> checksums(Map<String, byte[]> files) {
    Map<String, String> sums = new TreeMap<>();
    files.forEach((name, bytes) -> sums.put(name, sha256(bytes)));
    return sums;
  }

  static void write(ModelManifest manifest, Map<String, byte[]> files, OutputStream out)
      throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    zip.setLevel(9);
    put(zip, MANIFEST, Json.write(manifest.toJson()).getBytes(StandardCharsets.UTF_8));
    for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
      put(zip, file.getKey(), file.getValue());
    }
    zip.finish();
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(ENTRY_TIME);
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  /**
   * Reads and checks a model archive.
   *
   * @throws ModelFormatException if it is not a complete, intact model of a readable format
   */
  static ClauseModel read(InputStream in, String source) throws IOException {
    Map<String, byte[]> entries = entries(in, source);
    byte[] manifestBytes = entries.remove(MANIFEST);
    if (manifestBytes == null) {
      throw new ModelFormatException(source + ": no " + MANIFEST + " (not a clause model)");
    }
    ModelManifest manifest;
    try {
      manifest =
          ModelManifest.fromJson(
              Json.parseObject(new String(manifestBytes, StandardCharsets.UTF_8)));
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(source + ": " + MANIFEST + " is not valid JSON", e);
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
    for (Map.Entry<String, Object> language : manifest.languages().entrySet()) {
      Language lang = language(language.getKey(), source);
      if (!(language.getValue() instanceof Map<?, ?> section)) {
        throw new ModelFormatException(source + ": language " + language.getKey() + " is empty");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> json = (Map<String, Object>) section;
      classifiers.put(lang, classifier(lang, json, entries, manifest, source));
    }
    if (classifiers.isEmpty()) {
      throw new ModelFormatException(source + ": the model has no classifier");
    }
    return new ClauseModel(manifest, classifiers);
  }

  private static LanguageClassifier classifier(
      Language language,
      Map<String, Object> json,
      Map<String, byte[]> entries,
      ModelManifest manifest,
      String source)
      throws IOException {
    Map<String, Object> features = ModelManifest.object(json, "features");
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
    for (Object item : ModelManifest.list(json, "categories")) {
      if (!(item instanceof Map<?, ?> map)) {
        throw new ModelFormatException(source + ": a category is not an object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> category = (Map<String, Object>) map;
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
    Map<String, Object> bands = ModelManifest.object(json, "bands");
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
    if (!(json.get("categoriesRaiseScore") instanceof Boolean raise)) {
      throw new ModelFormatException(source + ": 'categoriesRaiseScore' missing");
    }
    return new LanguageClassifier(language, config, space, model, categories, raise, riskBands);
  }

  private static LinearModel linear(
      String file,
      Map<String, Object> json,
      Map<String, byte[]> entries,
      ModelManifest manifest,
      FeatureSpace space,
      String source)
      throws IOException {
    List<Object> sigmoid = ModelManifest.list(json, "sigmoid");
    if (sigmoid.size() != 2
        || !(sigmoid.get(0) instanceof Number a)
        || !(sigmoid.get(1) instanceof Number b)) {
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

  private static byte[] text(TextWriter writer) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      writer.write(out);
    }
    return bytes.toByteArray();
  }

  @FunctionalInterface
  private interface TextWriter {
    void write(Writer out) throws IOException;
  }
}
