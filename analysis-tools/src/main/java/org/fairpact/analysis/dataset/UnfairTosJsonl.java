package org.fairpact.analysis.dataset;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads UNFAIR-ToS sentences as JSON Lines: one object a line with {@code text} and {@code labels}
 * (an array of category codes or LexGLUE numbers; empty for a fair sentence), and optionally {@code
 * company} and {@code split}. Blank lines are ignored.
 */
public final class UnfairTosJsonl {

  private UnfairTosJsonl() {}

  /**
   * Reads every sentence of a file.
   *
   * @throws DatasetFormatException if a line is not such an object
   */
  public static List<TosSentence> read(Path file) throws IOException {
    List<TosSentence> sentences = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isBlank()) {
          sentences.add(sentence(line, file.toString(), number));
        }
      }
    }
    return sentences;
  }

  /** Only the sentences of one split. */
  public static List<TosSentence> split(List<TosSentence> sentences, String split) {
    return sentences.stream().filter(s -> s.split().equals(split)).toList();
  }

  private static TosSentence sentence(String line, String source, long number) {
    JsonObject object;
    try (JsonReader reader = Json.createReader(new StringReader(line.replace("\uFEFF", "")))) {
      object = reader.readObject();
    } catch (JsonException e) {
      throw new DatasetFormatException(source, number, e.getMessage());
    }
    if (!(object.get("text") instanceof JsonString text)) {
      throw new DatasetFormatException(source, number, "no string 'text'");
    }
    if (!(object.get("labels") instanceof JsonArray labels)) {
      throw new DatasetFormatException(source, number, "no array 'labels'");
    }
    Set<UnfairCategory> categories = EnumSet.noneOf(UnfairCategory.class);
    try {
      labels.forEach(label -> categories.add(UnfairCategory.of(plain(label))));
    } catch (IllegalArgumentException e) {
      throw new DatasetFormatException(source, number, e.getMessage());
    }
    return new TosSentence(
        string(object.get("company")), string(object.get("split")), text.getString(), categories);
  }

  private static String string(JsonValue value) {
    return value == null || value == JsonValue.NULL ? "" : String.valueOf(plain(value));
  }

  /** A JSON string as its text, a number as a Java number, anything else as its JSON text. */
  private static Object plain(JsonValue value) {
    if (value instanceof JsonString string) {
      return string.getString();
    }
    if (value instanceof JsonNumber number) {
      return number.numberValue();
    }
    return value.toString();
  }
}
