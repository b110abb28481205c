package org.tiescan.screen.report;

/** A report could not be written (disk full, directory missing, permission denied). */
public class ReportException extends RuntimeException {
  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
