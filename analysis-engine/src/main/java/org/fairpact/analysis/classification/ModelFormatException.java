package org.fairpact.analysis.classification;

import java.io.IOException;

/**
 * A file that is not a usable clause model: not a model archive, damaged (a part missing or not
 * matching the checksum its manifest records), or of a format version this engine cannot read.
 */
public class ModelFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  public ModelFormatException(String message) {
    super(message);
  }

  public ModelFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
