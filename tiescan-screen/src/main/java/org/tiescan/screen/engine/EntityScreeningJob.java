package org.tiescan.screen.engine;

import org.tiescan.screen.QueryFactory;
import org.tiescan.screen.Screener;
import org.tiescan.screen.input.ColumnMapping;

/**
 * Entity screening as a {@link RecordJob}: each record through {@link Screener#screenRecord} (query from
 * the mapped columns, match, explanation, graph exposure) and out as the local JSON lines report's line.
 *
 * @param screener where the worker gets its screener (the list index and graph)
 * @param file the input as the user named it, for problems
 * @param columns the columns chosen on the driver from the input's header
 */
public record EntityScreeningJob(ScreenerSource screener, String file, ColumnMapping columns) implements RecordJob {
  @Override
  public RecordFunction open() {
    Screener s = screener.open();
    QueryFactory queries = new QueryFactory(file, columns);
    return r -> ResultLine.of(s.screenRecord(queries, r));
  }
}
