package org.fairpact.infrastructure.grid;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Grid operations under MicroProfile Fault Tolerance, each on a managed thread so a grid that hangs
 * (migrating partitions, a lost member) never holds the caller: an operation gets 500 ms; one
 * failure or timeout opens the circuit for 30 s, during which calls fail at once; then one trial
 * call closes it again. Creating a cache is a cluster-wide operation and gets 5.5 s, outside the
 * circuit. Operators change these with Fault Tolerance's own properties, e.g. {@code
 * org.fairpact.infrastructure.grid.GridCalls/operation/Timeout/value=1000}.
 */
@ApplicationScoped
public class GridCalls {

  @Asynchronous
  @Timeout(value = 500, unit = ChronoUnit.MILLIS)
  @CircuitBreaker(
      requestVolumeThreshold = 1,
      failureRatio = 1.0,
      delay = 30,
      delayUnit = ChronoUnit.SECONDS,
      successThreshold = 1)
  public <T> CompletionStage<T> operation(Callable<T> operation) throws Exception {
    return CompletableFuture.completedFuture(operation.call());
  }

  @Asynchronous
  @Timeout(value = 5500, unit = ChronoUnit.MILLIS)
  public <T> CompletionStage<T> firstUse(Callable<T> operation) throws Exception {
    return CompletableFuture.completedFuture(operation.call());
  }
}
