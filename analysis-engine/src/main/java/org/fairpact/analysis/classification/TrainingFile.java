package org.fairpact.analysis.classification;

import java.util.Objects;

/**
 * A data file a model was trained or tuned on, identified by its content.
 *
 * @param path path relative to the data folder, e.g. {@code pac/train.csv}
 * @param sha256 SHA-256 of its bytes, lower-case hex
 * @param role {@code train} (learnt from) or {@code tune} (thresholds, C and calibration chosen on)
 */
public record TrainingFile(String path, String sha256, String role) {

  public TrainingFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(role, "role");
  }
}
