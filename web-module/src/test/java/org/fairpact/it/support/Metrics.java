package org.fairpact.it.support;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The application's metrics as Payara serves them on /metrics (Prometheus text format). */
public final class Metrics {

  private final String text;

  private Metrics(String text) {
    this.text = text;
  }

  public static Metrics read(Api api) {
    ApiResponse response = api.get("/metrics?scope=application", null);
    if (response.status() != 200) {
      throw new IllegalStateException("/metrics answered " + response);
    }
    return new Metrics(response.body());
  }

  /** The lines of the metric family (every sample whose name starts with {@code name}). */
  public List<String> lines(String name) {
    return text.lines().filter(line -> line.startsWith(name)).toList();
  }

  /** The sample's value: the line named exactly {@code name} carrying all the tags. */
  public Optional<Double> value(String name, Map<String, String> tags) {
    return text.lines()
        .filter(line -> !line.startsWith("#"))
        .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .filter(line -> tags.entrySet().stream().allMatch(t -> hasTag(line, t)))
        .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst();
  }

  /** A counter's value, 0 while it has never been incremented (and so is not exported yet). */
  public double count(String name, Map<String, String> tags) {
    return value(name, tags).orElse(0.0);
  }

  private static boolean hasTag(String line, Map.Entry<String, String> tag) {
    return line.contains(tag.getKey() + "=\"" + tag.getValue() + "\"");
  }

  @Override
  public String toString() {
    return text;
  }
}
