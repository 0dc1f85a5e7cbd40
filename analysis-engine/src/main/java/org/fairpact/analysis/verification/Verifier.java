package org.fairpact.analysis.verification;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The trained pair verifier: a logistic regression over {@link PairFeatures} that gives the
 * probability that a clause is a register entry, reworded or not, with the thresholds chosen with
 * it. Its weights are the engine resource {@value #RESOURCE}, written by the tools module's
 * verifier trainer (which also records what it was trained on and its figures there) and read with
 * JSON-P.
 *
 * @param features the feature names, which must be {@link PairFeatures#NAMES}
 * @param mean each feature's mean in training, subtracted before weighing
 * @param scale each feature's standard deviation in training, divided by before weighing
 * @param weights each standardised feature's weight
 * @param bias the intercept
 * @param thresholds the decision thresholds on the probability
 */
public record Verifier(
    List<String> features,
    double[] mean,
    double[] scale,
    double[] weights,
    double bias,
    Thresholds thresholds) {

  /** The bundled weights' resource name, beside this class. */
  public static final String RESOURCE = "verifier-pl.json";

  public Verifier {
    features = List.copyOf(features);
    if (!features.equals(PairFeatures.NAMES)) {
      throw new IllegalArgumentException(
          "verifier features " + features + " are not the engine's " + PairFeatures.NAMES);
    }
    int n = features.size();
    if (mean.length != n || scale.length != n || weights.length != n) {
      throw new IllegalArgumentException("verifier vectors must have " + n + " values");
    }
  }

  /** The verifier bundled with the engine. */
  public static Verifier bundled() {
    return Bundled.VERIFIER;
  }

  /** Loads the bundled verifier on first use, so the trainer runs before one exists. */
  private static final class Bundled {
    static final Verifier VERIFIER = load();
  }

  /** The probability that a pair with these features is the clause and its source entry. */
  public double probability(double[] x) {
    double z = bias;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * (x[i] - mean[i]) / scale[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Reads a verifier from its JSON form. */
  public static Verifier read(InputStream in) {
    try (JsonReader reader = Json.createReader(in)) {
      JsonObject json = reader.readObject();
      JsonObject t = json.getJsonObject("thresholds");
      return new Verifier(
          json.getJsonArray("features").getValuesAs(JsonString::getString),
          doubles(json.getJsonArray("mean")),
          doubles(json.getJsonArray("scale")),
          doubles(json.getJsonArray("weights")),
          json.getJsonNumber("bias").doubleValue(),
          new Thresholds(
              t.getJsonNumber("match").doubleValue(),
              t.getJsonNumber("high").doubleValue(),
              t.getJsonNumber("evidence").doubleValue(),
              t.getJsonNumber("type").doubleValue()));
    }
  }

  private static double[] doubles(JsonArray array) {
    return array.getValuesAs(JsonNumber::doubleValue).stream()
        .mapToDouble(Double::doubleValue)
        .toArray();
  }

  private static Verifier load() {
    try (InputStream in = Verifier.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("engine resource " + RESOURCE + " is missing");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
  }

  /**
   * Where the verifier's probability decides.
   *
   * @param match a clause whose best pair reaches this is that register entry (a finding, MEDIUM)
   * @param high a clause whose best pair reaches this is HIGH risk
   * @param evidence entries whose pair reaches this are listed as evidence beside the best
   * @param type the summed probability of a clause's candidates of its own type that makes a
   *     clause-type finding
   */
  public record Thresholds(double match, double high, double evidence, double type) {}
}
