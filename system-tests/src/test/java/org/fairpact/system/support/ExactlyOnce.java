package org.fairpact.system.support;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fairpact.testsupport.Poll;

/**
 * What became of the analyses a load got accepted: waits (bounded) until none is QUEUED or
 * PROCESSING any more, then counts them in the database and in the instances' logs, and prints the
 * figures.
 */
public final class ExactlyOnce {

  private ExactlyOnce() {}

  public static Result settle(String test, Load.Figures load, Duration limit) {
    Set<UUID> accepted = load.accepted();
    Database.Outcome outcome =
        accepted.isEmpty()
            ? new Database.Outcome(0, 0, 0, 0, 0, 0, 0, 0)
            : Poll.until(
                limit,
                () -> Database.outcome(accepted),
                o -> o.pending() == 0,
                "every accepted analysis to finish");
    Map<String, Integer> logged = Cluster.completionsLogged();
    long completedTwice =
        accepted.stream().filter(id -> logged.getOrDefault(id.toString(), 0) > 1).count();
    long loggedOnce =
        accepted.stream().filter(id -> logged.getOrDefault(id.toString(), 0) == 1).count();
    Result result = new Result(load, outcome, completedTwice, loggedOnce);
    System.out.printf(
        "%n=== %s: requests sent %d, failed %d; uploads %d, analyses accepted %d, completed %d,"
            + " failed %d, duplicated %d (with duplicated findings %d, logged as completed twice"
            + " %d, logged once %d; distinct findings counts %d, highest attempt %d); answers per"
            + " instance %s%n",
        test,
        load.sent(),
        load.failed(),
        load.uploads(),
        accepted.size(),
        outcome.completed(),
        outcome.failed(),
        result.duplicated(),
        outcome.duplicated(),
        completedTwice,
        loggedOnce,
        outcome.distinctFindingCounts(),
        outcome.maxAttempts(),
        load.answeredBy());
    load.failures().stream().limit(20).forEach(f -> System.out.println("    failed: " + f));
    return result;
  }

  /** The figures of one test. */
  public record Result(
      Load.Figures load, Database.Outcome outcome, long completedTwice, long loggedOnce) {

    /** Analyses with duplicated findings or logged as completed more than once. */
    public long duplicated() {
      return outcome.duplicated() + completedTwice;
    }
  }
}
