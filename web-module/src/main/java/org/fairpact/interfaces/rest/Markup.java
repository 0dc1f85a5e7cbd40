package org.fairpact.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.owasp.encoder.Encode;

/**
 * Writes XHTML in which every text is escaped (OWASP Java Encoder: {@code & < > " '} as character
 * references, characters XML cannot carry as spaces), so the same page parses as HTML and as XML.
 * Markup of the program's own goes in with {@link #tag}; whatever came from outside (the document,
 * the register, the model) only with {@link #text}.
 */
final class Markup {

  private final StringBuilder out = new StringBuilder(8192);

  /** Markup written by the program, never text from outside. */
  Markup tag(String markup) {
    out.append(markup);
    return this;
  }

  /** Text, escaped for element content and for attribute values in double quotes. */
  Markup text(String text) {
    out.append(Encode.forXml(text == null ? "" : text));
    return this;
  }

  /**
   * An element holding escaped text: {@code open} is the opening tag, e.g. {@code <td class="x">}.
   */
  Markup element(String open, String text) {
    String name = open.substring(1, open.indexOf(open.contains(" ") ? ' ' : '>'));
    return tag(open).text(text).tag("</" + name + ">");
  }

  static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A text resource beside this class, read once at class initialisation by its user. */
  static String resource(String name) {
    try (InputStream in = Markup.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
