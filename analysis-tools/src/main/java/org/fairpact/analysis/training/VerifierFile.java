package org.fairpact.analysis.training;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.fairpact.analysis.verification.Verifier;

/** Writes a {@link Verifier} as the JSON the engine reads ({@link Verifier#read}), with JSON-P. */
public final class VerifierFile {

  private VerifierFile() {}

  /**
   * Writes the verifier with its provenance.
   *
   * @param trainedOn what each training input was (name to description, e.g. file and SHA-256)
   * @param figures figures measured while choosing the thresholds
   */
  public static void write(
      Verifier verifier, Map<String, String> trainedOn, Map<String, Object> figures, Path file)
      throws IOException {
    JsonObjectBuilder json = Json.createObjectBuilder();
    json.add("format", 1);
    JsonArrayBuilder names = Json.createArrayBuilder();
    verifier.features().forEach(names::add);
    json.add("features", names);
    json.add("mean", array(verifier.mean()));
    json.add("scale", array(verifier.scale()));
    json.add("weights", array(verifier.weights()));
    json.add("bias", verifier.bias());
    Verifier.Thresholds t = verifier.thresholds();
    json.add(
        "thresholds",
        Json.createObjectBuilder()
            .add("match", t.match())
            .add("high", t.high())
            .add("evidence", t.evidence())
            .add("type", t.type()));
    JsonObjectBuilder inputs = Json.createObjectBuilder();
    new TreeMap<>(trainedOn).forEach(inputs::add);
    json.add("trainedOn", inputs);
    json.add("figures", object(figures));
    JsonWriterFactory factory =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    try (OutputStream out = Files.newOutputStream(file);
        JsonWriter writer = factory.createWriter(out)) {
      writer.writeObject(json.build());
    }
  }

  private static JsonArrayBuilder array(double[] values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (double v : values) {
      array.add(Math.round(v * 1e6) / 1e6);
    }
    return array;
  }

  @SuppressWarnings("unchecked")
  private static JsonObject object(Map<String, ?> map) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    new TreeMap<>(map)
        .forEach(
            (k, v) -> {
              if (v instanceof Map<?, ?> m) {
                json.add(k, object((Map<String, ?>) m));
              } else if (v instanceof Number n) {
                json.add(k, Math.round(n.doubleValue() * 1e4) / 1e4);
              } else {
                json.add(k, String.valueOf(v));
              }
            });
    return json.build();
  }
}
