package org.fairpact.analysis.register;

/**
 * A row of a register export cannot be read as an entry. Unchecked, so a batch reader can declare
 * it skippable and go on with the next row; {@link #line()} says where to look in the file.
 */
public class RegisterFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long line;

  public RegisterFormatException(long line, String problem) {
    super("register export, line " + line + ": " + problem);
    this.line = line;
  }

  public RegisterFormatException(long line, String problem, Throwable cause) {
    super("register export, line " + line + ": " + problem, cause);
    this.line = line;
  }

  /** 1-based line of the file at which the offending record starts (or the parser stopped). */
  public long line() {
    return line;
  }
}
