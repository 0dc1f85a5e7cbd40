package org.fairpact.analysis.extraction;

import java.time.Duration;

/**
 * The moment by which one document's analysis must be done. Long loops (pages, OCR, clauses) call
 * {@link #check()} between steps and waits are bounded by {@link #remaining()}, so an analysis that
 * runs out of time stops its own work, kills its OCR processes and frees its worker, rather than
 * being cut off from outside by a transaction timeout that leaves the work running. Immutable.
 */
public final class Deadline {

  private static final Deadline NONE = new Deadline(Long.MAX_VALUE, Duration.ZERO);

  private final long endNanos;
  private final Duration budget;

  private Deadline(long endNanos, Duration budget) {
    this.endNanos = endNanos;
    this.budget = budget;
  }

  /** A deadline {@code budget} from now. */
  public static Deadline after(Duration budget) {
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("a deadline needs a positive budget: " + budget);
    }
    long now = System.nanoTime();
    long nanos = budget.toNanos();
    return new Deadline(now + nanos < now ? Long.MAX_VALUE : now + nanos, budget);
  }

  /** No deadline at all: for tools and tests that may take as long as they need. */
  public static Deadline none() {
    return NONE;
  }

  /** Time left, zero once passed; very long for {@link #none()}. */
  public Duration remaining() {
    if (this == NONE) {
      return Duration.ofNanos(Long.MAX_VALUE);
    }
    return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
  }

  public boolean passed() {
    return this != NONE && System.nanoTime() - endNanos >= 0;
  }

  /**
   * @throws ExtractionException with {@link DefectCode#DEADLINE_EXCEEDED} once the deadline passed
   */
  public void check() throws ExtractionException {
    if (passed()) {
      throw exceeded();
    }
  }

  /** The defect to report when the deadline passed. */
  public ExtractionException exceeded() {
    return new ExtractionException(
        DefectCode.DEADLINE_EXCEEDED,
        "the document could not be analysed within " + budget.toSeconds() + " s");
  }

  @Override
  public String toString() {
    return this == NONE ? "Deadline[none]" : "Deadline[" + budget + ", " + remaining() + " left]";
  }
}
