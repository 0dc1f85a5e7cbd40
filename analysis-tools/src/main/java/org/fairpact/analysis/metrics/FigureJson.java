package org.fairpact.analysis.metrics;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures as JSON, with JSON-P: summaries built as maps of names to numbers, strings, booleans and
 * nested summaries become {@link JsonObject}s, and those are written as one line of JSON text.
 *
 * <p>Numbers are written as Java writes a double ({@code 0.7386}, {@code 1.0E-4}), and whole
 * numbers without a fraction ({@code 1519}, not {@code 1519.0}), so a figure reads the same in
 * every line and manifest whichever type computed it. Non-finite numbers (a rate over nothing)
 * become {@code null}, since JSON has none.
 */
public final class FigureJson {

  /** Whole doubles below this are written as integers, as long as that is exact. */
  private static final double WHOLE_LIMIT = 1e15;

  private FigureJson() {}

  /** A summary as a JSON object, in the map's order. */
  public static JsonObject object(Map<String, ?> figures) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    figures.forEach((name, value) -> object.add(name, value(value)));
    return object.build();
  }

  /**
   * A value as JSON: maps (keys as strings) and iterables nest, strings, numbers and booleans map
   * to their JSON kinds, null and non-finite numbers to {@code null}, anything else to its text.
   */
  public static JsonValue value(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof JsonValue json) {
      return json;
    }
    if (value instanceof String string) {
      return Json.createValue(string);
    }
    if (value instanceof Boolean bool) {
      return bool ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof BigDecimal || value instanceof BigInteger) {
      return Json.createValue((Number) value);
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (!Double.isFinite(number)) {
        return JsonValue.NULL;
      }
      return isWhole(number) ? Json.createValue((long) number) : Json.createValue(number);
    }
    if (value instanceof Number number) {
      return Json.createValue(number.longValue());
    }
    if (value instanceof Map<?, ?> map) {
      JsonObjectBuilder object = Json.createObjectBuilder();
      map.forEach((key, item) -> object.add(String.valueOf(key), value(item)));
      return object.build();
    }
    if (value instanceof Iterable<?> items) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      items.forEach(item -> array.add(value(item)));
      return array.build();
    }
    return Json.createValue(value.toString());
  }

  /** A summary (a JSON object as it is, a map as {@link #object}) as one line of JSON text. */
  public static String line(Map<String, ?> figures) {
    return text(figures instanceof JsonObject json ? json : object(figures), false);
  }

  /**
   * A JSON value as one line of text with the members of every object in sorted order, so equal
   * content always gives the same text, whatever order it was built in; for hashing.
   */
  public static String canonical(JsonValue value) {
    return text(value, true);
  }

  private static String text(JsonValue value, boolean sorted) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = Json.createGenerator(out)) {
      write(generator, null, value, sorted);
    }
    return out.toString();
  }

  private static void write(JsonGenerator out, String name, JsonValue value, boolean sorted) {
    switch (value.getValueType()) {
      case OBJECT -> {
        if (name == null) {
          out.writeStartObject();
        } else {
          out.writeStartObject(name);
        }
        Map<String, JsonValue> members = value.asJsonObject();
        (sorted ? new TreeMap<>(members) : members)
            .forEach((key, member) -> write(out, key, member, sorted));
        out.writeEnd();
      }
      case ARRAY -> {
        if (name == null) {
          out.writeStartArray();
        } else {
          out.writeStartArray(name);
        }
        for (JsonValue item : (JsonArray) value) {
          write(out, null, item, sorted);
        }
        out.writeEnd();
      }
      case NUMBER -> number(out, name, (JsonNumber) value);
      case STRING -> {
        String string = ((JsonString) value).getString();
        if (name == null) {
          out.write(string);
        } else {
          out.write(name, string);
        }
      }
      default -> {
        if (name == null) {
          out.write(value);
        } else {
          out.write(name, value);
        }
      }
    }
  }

  private static void number(JsonGenerator out, String name, JsonNumber number) {
    if (number.isIntegral()) {
      BigInteger whole = number.bigIntegerValue();
      if (name == null) {
        out.write(whole);
      } else {
        out.write(name, whole);
      }
      return;
    }
    double value = number.doubleValue();
    if (isWhole(value)) {
      if (name == null) {
        out.write((long) value);
      } else {
        out.write(name, (long) value);
      }
    } else if (name == null) {
      out.write(value);
    } else {
      out.write(name, value);
    }
  }

  private static boolean isWhole(double number) {
    return number == Math.rint(number) && Math.abs(number) < WHOLE_LIMIT;
  }
}
