package org.fairpact.system.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The cluster's operations side: {@code bin/fairpact} commands of the profile under test, the
 * instances' PID files and logs. Instance {@code i} is Payara Micro {@code fairpact-i}.
 */
public final class Cluster {

  private static final Pattern COMPLETED =
      Pattern.compile("analysis=([0-9a-f-]{36}) completed on attempt");

  private static final Pattern INCIDENT = Pattern.compile("incident ([0-9a-f-]{36})");
  private static final int INCIDENT_LINES = 60;

  private Cluster() {}

  /**
   * The lines an instance logged with the incident a 500 problem names (the stack trace support
   * would look up), or empty when the answer names none or no log holds it.
   */
  public static List<String> incidentLogged(String answer) {
    Matcher named = INCIDENT.matcher(answer == null ? "" : answer);
    if (!named.find()) {
      return List.of();
    }
    String incident = "incident " + named.group(1);
    for (Path log : instanceLogs()) {
      List<String> lines = new ArrayList<>();
      try (Stream<String> all = Files.lines(log, StandardCharsets.ISO_8859_1)) {
        all.dropWhile(line -> !line.contains(incident)).limit(INCIDENT_LINES).forEach(lines::add);
      } catch (IOException | UncheckedIOException e) {
        continue;
      }
      if (!lines.isEmpty()) {
        return lines;
      }
    }
    return List.of();
  }

  /**
   * Runs {@code bin/fairpact --profile P ARGS...}; its output (stdout and stderr) is copied to the
   * test's output line by line, prefixed with the command.
   */
  public static void run(Duration limit, String... args) {
    List<String> command = new ArrayList<>();
    command.add(SystemEnvironment.cli().toString());
    command.add("--profile");
    command.add(SystemEnvironment.profile());
    command.addAll(List.of(args));
    String prefix = "[bin/fairpact " + String.join(" ", args) + "] ";
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      Thread copy =
          new Thread(
              () -> {
                try (BufferedReader out =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  out.lines().forEach(line -> System.out.println(prefix + line));
                } catch (IOException e) {
                  System.out.println(prefix + "(output lost: " + e + ")");
                }
              });
      copy.start();
      if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
        process.destroy();
        throw new AssertionError(String.join(" ", command) + ": still running after " + limit);
      }
      copy.join(5_000);
      if (process.exitValue() != 0) {
        throw new AssertionError(String.join(" ", command) + ": exit code " + process.exitValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The PID bin/fairpact recorded for instance {@code i}. */
  public static long pid(int instance) {
    Path file = SystemEnvironment.stateDir().resolve("run/payara-" + instance + ".pid");
    try {
      return Long.parseLong(Files.readString(file).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("no PID file " + file, e);
    }
  }

  /** SIGKILL to instance {@code i}, by its recorded PID; waits until it is gone. */
  public static void kill9(int instance) {
    long pid = pid(instance);
    ProcessHandle process =
        ProcessHandle.of(pid)
            .orElseThrow(
                () -> new AssertionError("instance " + instance + " (" + pid + ") is gone"));
    if (!process.info().commandLine().orElse("").contains("--name fairpact-" + instance)) {
      throw new AssertionError("PID " + pid + " is not fairpact-" + instance);
    }
    process.destroyForcibly();
    process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
  }

  /**
   * How often each analysis was logged as completed, over the current and the previous log of every
   * instance (bin/fairpact keeps one previous log per instance).
   */
  public static Map<String, Integer> completionsLogged() {
    Map<String, Integer> completions = new HashMap<>();
    for (Path log : instanceLogs()) {
      try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
        lines.forEach(
            line -> {
              Matcher m = COMPLETED.matcher(line);
              if (m.find()) {
                completions.merge(m.group(1), 1, Integer::sum);
              }
            });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return completions;
  }

  /** The current and the previous log of every instance. */
  private static List<Path> instanceLogs() {
    Path logs = SystemEnvironment.stateDir().resolve("logs");
    try (Stream<Path> files = Files.list(logs)) {
      return files
          .filter(p -> p.getFileName().toString().matches("payara-\\d+\\.log(\\.1)?"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
