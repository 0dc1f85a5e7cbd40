package org.fairpact.application;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a clause sync may read the register from: the bundled snapshot, a regular file whose real
 * path (symbolic links resolved) lies inside one of the allowed directories, or an http(s) URL
 * under one of the allowed prefixes. A prefix matches on the parsed URL (scheme, host, port, then
 * whole path segments), never on the string, so {@code https://register.example.com.evil/} or
 * {@code https://register.example.com@evil/} do not pass for {@code https://register.example.com/}.
 * Every refusal is a {@link SourceNotAllowedException} whose message quotes at most an abbreviation
 * of the source, so a refused source is never logged or answered in full.
 */
public final class SourceAllowList {

  /** The source naming the snapshot bundled with FairPact (also what an empty source means). */
  public static final String BUNDLED = "bundled";

  /** The longest source quoted in messages, logs and events. */
  static final int QUOTED = 120;

  private final List<Path> directories;
  private final List<URI> urlPrefixes;
  private final int maxLength;

  /**
   * @param directories absolute directories; each is compared by its real path
   * @param urlPrefixes http(s) URLs without user info
   * @param maxLength the longest source accepted at all
   */
  public SourceAllowList(List<Path> directories, List<URI> urlPrefixes, int maxLength) {
    this.directories = List.copyOf(directories);
    this.urlPrefixes = List.copyOf(urlPrefixes);
    this.maxLength = maxLength;
  }

  /** Parses comma-separated configuration values; blanks are ignored, a bad prefix is an error. */
  public static SourceAllowList of(String directories, String urlPrefixes, int maxLength) {
    List<Path> dirs = new ArrayList<>();
    for (String dir : split(directories)) {
      Path path = Path.of(dir);
      if (!path.isAbsolute()) {
        throw new IllegalArgumentException("sync source directory is not absolute: " + dir);
      }
      dirs.add(path);
    }
    List<URI> prefixes = new ArrayList<>();
    for (String prefix : split(urlPrefixes)) {
      URI uri = URI.create(prefix);
      if (!isHttp(uri) || uri.getHost() == null || uri.getRawUserInfo() != null) {
        throw new IllegalArgumentException("sync source URL prefix is not http(s): " + prefix);
      }
      prefixes.add(uri);
    }
    return new SourceAllowList(dirs, prefixes, maxLength);
  }

  /**
   * The source as an allowed location.
   *
   * @throws SourceNotAllowedException if it is too long, malformed, or outside the allow-list
   */
  public AllowedSource check(String source) {
    if (source == null || source.isBlank() || BUNDLED.equals(source.strip())) {
      return new AllowedSource.Bundled();
    }
    if (source.length() > maxLength) {
      throw new SourceNotAllowedException(
          "a source may have at most " + maxLength + " characters (" + source.length() + " given)");
    }
    String location = source.strip();
    if (hasControlCharacter(location)) {
      throw refused(location, "contains control characters");
    }
    String lower = location.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return checkUrl(parse(location));
    }
    if (lower.startsWith("file:")) {
      URI uri = parse(location);
      if (uri.getRawAuthority() != null || uri.getPath() == null) {
        throw refused(location, "is not a local file URL");
      }
      return checkFile(uri.getPath(), location);
    }
    if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
      throw refused(location, "is neither a file nor an http(s) URL");
    }
    return checkFile(location, location);
  }

  /**
   * An http(s) URL as an allowed download, for the source itself and for each redirect it answers.
   *
   * @throws SourceNotAllowedException if no prefix allows it
   */
  public AllowedSource.Download checkUrl(URI url) {
    String quoted = url.toString();
    if (!isHttp(url) || url.getHost() == null) {
      throw refused(quoted, "is not an http(s) URL with a host");
    }
    if (url.getRawUserInfo() != null) {
      throw refused(quoted, "carries user info");
    }
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    if (hasDotSegmentOrEncodedSeparator(path)) {
      throw refused(quoted, "has dot segments or encoded separators in its path");
    }
    for (URI prefix : urlPrefixes) {
      if (matches(prefix, url, path)) {
        return new AllowedSource.Download(url);
      }
    }
    throw refused(quoted, "is under none of the allowed URL prefixes");
  }

  private AllowedSource checkFile(String pathText, String quoted) {
    Path path;
    try {
      path = Path.of(pathText);
    } catch (InvalidPathException e) {
      throw refused(quoted, "is not a valid path");
    }
    if (!path.isAbsolute()) {
      throw refused(quoted, "is not an absolute path");
    }
    for (Path name : path) {
      if (name.toString().equals("..")) {
        throw refused(quoted, "contains '..'");
      }
    }
    Path real;
    try {
      real = path.toRealPath();
    } catch (IOException | SecurityException e) {
      throw refused(quoted, "is no readable file in an allowed directory");
    }
    for (Path directory : directories) {
      Path allowed = realPathOf(directory);
      if (allowed != null && real.startsWith(allowed) && !real.equals(allowed)) {
        if (!Files.isRegularFile(real) || !Files.isReadable(real)) {
          throw refused(quoted, "is no readable file in an allowed directory");
        }
        return new AllowedSource.LocalFile(real);
      }
    }
    throw refused(quoted, "is no readable file in an allowed directory");
  }

  private static boolean matches(URI prefix, URI url, String path) {
    if (!prefix.getScheme().equalsIgnoreCase(url.getScheme())
        || !prefix.getHost().equalsIgnoreCase(url.getHost())
        || port(prefix) != port(url)) {
      return false;
    }
    String base =
        prefix.getRawPath() == null || prefix.getRawPath().isEmpty() ? "/" : prefix.getRawPath();
    if (base.endsWith("/")) {
      return path.startsWith(base);
    }
    return path.equals(base) || path.startsWith(base + "/");
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private static boolean hasDotSegmentOrEncodedSeparator(String rawPath) {
    String lower = rawPath.toLowerCase(Locale.ROOT);
    if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c")) {
      return true;
    }
    if (rawPath.contains("\\")) {
      return true;
    }
    for (String segment : rawPath.split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        return true;
      }
    }
    return false;
  }

  private static Path realPathOf(Path directory) {
    try {
      return directory.toRealPath();
    } catch (IOException | SecurityException e) {
      return null; // a configured directory that does not exist allows nothing
    }
  }

  private static URI parse(String location) {
    try {
      return new URI(location);
    } catch (URISyntaxException e) {
      throw refused(location, "is not a valid URL");
    }
  }

  private static boolean isHttp(URI uri) {
    return "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
  }

  private static boolean hasControlCharacter(String text) {
    return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029);
  }

  private static SourceNotAllowedException refused(String source, String why) {
    return new SourceNotAllowedException("source " + quote(source) + " " + why);
  }

  private static List<String> split(String values) {
    List<String> result = new ArrayList<>();
    if (values != null) {
      for (String value : values.split(",")) {
        if (!value.isBlank()) {
          result.add(value.strip());
        }
      }
    }
    return result;
  }

  /**
   * The source as it may appear in messages, logs and events: at most {@value #QUOTED} characters
   * (then its length), control characters replaced by '?'.
   */
  public static String quote(String source) {
    if (source == null || source.isBlank()) {
      return BUNDLED;
    }
    String head = source.length() > QUOTED ? source.substring(0, QUOTED) : source;
    StringBuilder quoted = new StringBuilder(head.length() + 24);
    head.chars()
        .forEach(
            c ->
                quoted.append(
                    c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029 ? '?' : (char) c));
    if (source.length() > QUOTED) {
      quoted.append("... (").append(source.length()).append(" characters)");
    }
    return quoted.toString();
  }
}
