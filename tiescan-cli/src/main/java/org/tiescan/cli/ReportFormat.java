package org.tiescan.cli;

/** The report formats {@code tiescan screen} writes. */
enum ReportFormat {
  html("html"), csv("csv"), jsonl("jsonl");

  final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }
}
