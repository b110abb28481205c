package org.tiescan.cli;

/** The lists cannot be used: none loaded, a list file unreadable, the data directory corrupt. */
public class DataException extends RuntimeException {
  public DataException(String message) {
    super(message);
  }

  public DataException(String message, Throwable cause) {
    super(message, cause);
  }
}
