package org.fairpact.analysis.dataset;

/** A labelled data file that cannot be read as the format it claims to be. */
public class DatasetFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param source the file
   * @param record 1-based record (line) number, 0 if unknown
   * @param problem what is wrong
   */
  public DatasetFormatException(String source, long record, String problem) {
    super(source + (record > 0 ? " record " + record : "") + ": " + problem);
  }
}
