package org.fairpact.analysis.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fairpact.analysis.json.Json;

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
    Map<String, Object> object;
    try {
      object = Json.parseObject(line.replace("\uFEFF", ""));
    } catch (IllegalArgumentException e) {
      throw new DatasetFormatException(source, number, e.getMessage());
    }
    if (!(object.get("text") instanceof String text)) {
      throw new DatasetFormatException(source, number, "no string 'text'");
    }
    if (!(object.get("labels") instanceof List<?> labels)) {
      throw new DatasetFormatException(source, number, "no array 'labels'");
    }
    Set<UnfairCategory> categories = EnumSet.noneOf(UnfairCategory.class);
    try {
      labels.forEach(label -> categories.add(UnfairCategory.of(label)));
    } catch (IllegalArgumentException e) {
      throw new DatasetFormatException(source, number, e.getMessage());
    }
    return new TosSentence(
        string(object.get("company")), string(object.get("split")), text, categories);
  }

  private static String string(Object value) {
    return value == null ? "" : value.toString();
  }
}
