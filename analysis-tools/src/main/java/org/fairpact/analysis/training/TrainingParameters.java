package org.fairpact.analysis.training;

import de.bwaldvogel.liblinear.SolverType;
import java.util.Objects;

/**
 * How one binary liblinear model is trained.
 *
 * @param solver liblinear's solver; logistic regression gives probabilities directly, an SVM's
 *     decision values are mapped to probabilities by a sigmoid fitted afterwards
 * @param c inverse regularisation strength
 * @param positiveWeight weight of a positive example relative to a negative one, for imbalanced
 *     classes
 */
public record TrainingParameters(SolverType solver, double c, double positiveWeight) {

  public TrainingParameters {
    Objects.requireNonNull(solver, "solver");
    if (!(c > 0) || !(positiveWeight > 0)) {
      throw new IllegalArgumentException("C and the positive weight must be positive");
    }
  }

  public TrainingParameters withC(double newC) {
    return new TrainingParameters(solver, newC, positiveWeight);
  }

  public TrainingParameters withPositiveWeight(double weight) {
    return new TrainingParameters(solver, c, weight);
  }
}
