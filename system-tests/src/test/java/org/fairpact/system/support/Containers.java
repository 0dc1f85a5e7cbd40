package org.fairpact.system.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The container stack of {@code docker/} through its command line, {@code bin/fairpact containers
 * ...}: bringing it up and down, its tokens. Runs only where {@code FAIRPACT_CONTAINERS_ST} is set
 * ({@code bin/fairpact test} sets it for its containers stage).
 */
public final class Containers {

  private static final Pattern FRONT_URL = Pattern.compile("http://127\\.0\\.0\\.1:\\d+");

  private Containers() {}

  /** Whether this run is meant to bring the container stack up. */
  public static boolean enabled() {
    return SystemEnvironment.optional("FAIRPACT_CONTAINERS_ST").isPresent();
  }

  /**
   * {@code containers up --instances N}; returns the front URL it printed (the first {@code
   * http://127.0.0.1:PORT} on its last line that has one).
   */
  public static URI up(int instances, Duration limit) {
    String out = run(limit, "up", "--instances", String.valueOf(instances));
    String url = null;
    for (String line : out.split("\n")) {
      Matcher m = FRONT_URL.matcher(line);
      if (line.contains("are up") && m.find()) {
        url = m.group();
      }
    }
    if (url == null) {
      throw new AssertionError("containers up printed no line with its front URL");
    }
    return URI.create(url);
  }

  public static void down(Duration limit) {
    run(limit, "down");
  }

  /** A bearer token the stack accepts, from {@code containers token}. */
  public static String token(String role, String tenant) {
    return run(Duration.ofSeconds(30), "token", "--role", role, "--tenant", tenant).strip();
  }

  /**
   * Runs {@code bin/fairpact containers ARGS...}; its stderr goes to the test's output prefixed
   * with the command, its stdout too (except for tokens) and is returned.
   */
  private static String run(Duration limit, String... args) {
    List<String> command = new ArrayList<>();
    command.add(SystemEnvironment.cli().toString());
    command.add("containers");
    command.addAll(List.of(args));
    String prefix = "[bin/fairpact containers " + String.join(" ", args) + "] ";
    boolean echo = !args[0].equals("token");
    StringBuilder out = new StringBuilder();
    try {
      Process process = new ProcessBuilder(command).start();
      Thread stdout = copy(process.getInputStream(), echo ? prefix : null, out);
      Thread stderr = copy(process.getErrorStream(), prefix, null);
      if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
        process.destroy();
        throw new AssertionError(String.join(" ", command) + ": still running after " + limit);
      }
      stdout.join(5_000);
      stderr.join(5_000);
      if (process.exitValue() != 0) {
        throw new AssertionError(String.join(" ", command) + ": exit code " + process.exitValue());
      }
      synchronized (out) {
        return out.toString();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Thread copy(InputStream stream, String prefix, StringBuilder into) {
    Thread thread =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                lines
                    .lines()
                    .forEach(
                        line -> {
                          if (prefix != null) {
                            System.out.println(prefix + line);
                          }
                          if (into != null) {
                            synchronized (into) {
                              into.append(line).append('\n');
                            }
                          }
                        });
              } catch (IOException e) {
                System.out.println(prefix + "(output lost: " + e + ")");
              }
            });
    thread.start();
    return thread;
  }
}
