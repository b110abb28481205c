/**
 * Report writers for screened records: JSON lines (the machine contract, {@link
 * org.tiescan.screen.report.ResultJson}), CSV, a self-contained HTML report, and the terminal summary and
 * progress bar. Each writer is a {@link org.tiescan.screen.ResultSink}; add a format by implementing it.
 */
package org.tiescan.screen.report;
