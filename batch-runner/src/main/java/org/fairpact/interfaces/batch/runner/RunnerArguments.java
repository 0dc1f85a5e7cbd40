package org.fairpact.interfaces.batch.runner;

import java.util.List;
import java.util.Optional;

/**
 * The command line: {@code clause-sync [--source FILE|URL]}, or {@code -h}/{@code --help} anywhere.
 * Everything else is refused before anything starts.
 */
public record RunnerArguments(boolean help, String job, Optional<String> source) {

  public static final String USAGE =
      """
      Usage: batch-runner clause-sync [--source FILE|URL]
             batch-runner --help

      Runs the clause-sync job (the same job XML and artefacts as the server's) with JBeret SE,
      its job repository in the application's PostgreSQL database, and prints its counts.
      --source FILE|URL  the register export (CSV or XLSX) to sync from, allowed by
                         fairpact.sync.source.directories / url-prefixes; default: the bundled one.
      Database: fairpact.db.url, fairpact.db.user, fairpact.db.password (environment
      FAIRPACT_DB_URL, FAIRPACT_DB_USER, FAIRPACT_DB_PASSWORD, or -D system properties).
      Exit codes: 0 COMPLETED, 1 FAILED, 2 usage, 3 another clause sync is running,
      4 source not allowed, 5 STOPPED or ABANDONED, 6 the runner could not run the job.
      """;

  /**
   * Parses the arguments.
   *
   * @throws IllegalArgumentException with the reason, for anything but a valid command line
   */
  public static RunnerArguments parse(List<String> args) {
    if (args.contains("-h") || args.contains("--help")) {
      return new RunnerArguments(true, null, Optional.empty());
    }
    if (args.isEmpty()) {
      throw new IllegalArgumentException("no job given");
    }
    String job = args.get(0);
    if (!"clause-sync".equals(job)) {
      throw new IllegalArgumentException("unknown job '" + job + "' (only clause-sync)");
    }
    Optional<String> source = Optional.empty();
    for (int i = 1; i < args.size(); i++) {
      String arg = args.get(i);
      String value;
      if (arg.equals("--source")) {
        if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
          throw new IllegalArgumentException("--source needs a file or URL");
        }
        value = args.get(++i);
      } else if (arg.startsWith("--source=")) {
        value = arg.substring("--source=".length());
        if (value.isBlank()) {
          throw new IllegalArgumentException("--source needs a file or URL");
        }
      } else {
        throw new IllegalArgumentException("unknown argument '" + arg + "'");
      }
      if (source.isPresent()) {
        throw new IllegalArgumentException("--source given twice");
      }
      source = Optional.of(value.strip());
    }
    return new RunnerArguments(false, job, source);
  }
}
