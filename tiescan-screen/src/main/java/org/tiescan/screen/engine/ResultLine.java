package org.tiescan.screen.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Serializable;
import org.tiescan.model.RecordProblem;
import org.tiescan.screen.ScreenedRecord;
import org.tiescan.screen.report.ReportException;
import org.tiescan.screen.report.ResultJson;

/**
 * What every engine writes for one input record, whatever the per-record work was.
 *
 * @param line the record's line (or row) in its input, for ordering and messages
 * @param json the record's result as one JSON line (for entity screening: {@link ResultJson#record})
 * @param hit true when at least one result matched
 * @param problem why the record was not screened, or null
 */
public record ResultLine(long line, String json, boolean hit, RecordProblem problem) implements Serializable {
  /** The line of a screened record, in the local JSON lines report's shape. */
  public static ResultLine of(ScreenedRecord r) {
    try {
      return new ResultLine(r.input().line(), ResultJson.mapper().writeValueAsString(ResultJson.record(r)),
          r.hit(), r.problem());
    } catch (JsonProcessingException e) {
      throw new ReportException("cannot write the result of line " + r.input().line() + " as JSON: " + e.getMessage(), e);
    }
  }
}
