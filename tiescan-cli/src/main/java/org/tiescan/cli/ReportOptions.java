package org.tiescan.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --format} and {@code -o}: the report options every screening command shares. */
final class ReportOptions {
  @Option(names = "--format", split = ",", paramLabel = "FORMAT",
      description = "Report formats: ${COMPLETION-CANDIDATES} (repeatable or comma-separated; default: html,jsonl).")
  List<ReportFormat> formats = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Report file (one format), directory (several formats), or - for stdout (one format). Default: out/.")
  String output;

  /** The formats asked for, each once, in the order given; html and jsonl when none. */
  List<ReportFormat> chosen() {
    return formats.isEmpty() ? List.of(ReportFormat.html, ReportFormat.jsonl) : List.copyOf(new LinkedHashSet<>(formats));
  }

  /** Where the reports of an input named {@code baseName} go. */
  ReportTargets targets(String baseName) {
    return new ReportTargets(chosen(), output, baseName);
  }
}
