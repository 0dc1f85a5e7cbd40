package org.fairpact.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The standalone batch runner (module batch-runner) as an operator runs it: its packaged jar in a
 * JVM of its own, with the test profile's environment (database, source allow-list) inherited.
 */
public final class BatchRunnerProcess {

  private final Process process;
  private final Path out;
  private final Path err;

  private BatchRunnerProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** Starts {@code java -jar batch-runner.jar ARGS...}. */
  public static BatchRunnerProcess start(String... args) throws IOException {
    return start(Map.of(), args);
  }

  /**
   * Starts {@code java -jar batch-runner.jar ARGS...} with these variables added to its
   * environment.
   */
  public static BatchRunnerProcess start(Map<String, String> environment, String... args)
      throws IOException {
    String jar = System.getProperty("fairpact.batch-runner.jar");
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException("no batch runner jar at " + jar + ": build batch-runner");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar);
    command.addAll(List.of(args));
    Path out = Files.createTempFile("batch-runner-", ".out");
    Path err = Files.createTempFile("batch-runner-", ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    return new BatchRunnerProcess(process, out, err);
  }

  /** Kills the runner as the kernel's OOM killer or an evicted pod would: SIGKILL, no shutdown. */
  public void kill() throws InterruptedException, IOException {
    process.destroyForcibly();
    process.waitFor();
    Files.deleteIfExists(out);
    Files.deleteIfExists(err);
  }

  /** Runs the runner to its end (bounded). */
  public static Result run(Duration limit, String... args) throws IOException {
    return start(args).await(limit);
  }

  /** Waits for the end (bounded: the process is killed past it and the test fails). */
  public Result await(Duration limit) throws IOException {
    try {
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("batch runner still running after " + limit);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException("interrupted", e);
    }
    Result result =
        new Result(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.deleteIfExists(out);
    Files.deleteIfExists(err);
    return result;
  }

  /** What one run left: exit code, standard output, standard error. */
  public record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }
}
