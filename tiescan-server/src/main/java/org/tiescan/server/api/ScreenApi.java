package org.tiescan.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tiescan.cli.RunRecorder;
import org.tiescan.match.MatchOptions;
import org.tiescan.screen.ProgressListener;
import org.tiescan.screen.ResultSink;
import org.tiescan.screen.ScreenedRecord;
import org.tiescan.screen.Screener;
import org.tiescan.screen.ScreeningSummary;
import org.tiescan.screen.input.ColumnMapping;
import org.tiescan.screen.input.InputException;
import org.tiescan.screen.input.InputFiles;
import org.tiescan.screen.input.InputReader;
import org.tiescan.screen.report.ResultJson;
import org.tiescan.server.ApiException;
import org.tiescan.server.Backend;
import org.tiescan.server.Json;
import org.tiescan.server.Params;
import org.tiescan.store.DirectoryTrees;

/**
 * {@code POST /runs}: screens a CSV or JSON lines body the way {@code tiescan screen} screens a file
 * (same columns detection, threshold, exposure), records the run in the data directory and answers
 * with the summary and one JSON lines record per input row. One thread, so a large upload leaves the
 * other core to interactive requests; the body limit bounds its size.
 */
public final class ScreenApi {
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,80}");
  private final Backend backend;

  public ScreenApi(Backend backend) {
    this.backend = backend;
  }

  public void screen(Context ctx) {
    String type = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
    String extension = type.startsWith("text/csv") ? ".csv"
        : type.contains("ndjson") || type.contains("jsonl") || type.contains("json-lines") ? ".jsonl" : null;
    if (extension == null) throw new ApiException(415, "unsupported_media_type",
        "send the records as text/csv or application/x-ndjson (JSON lines)");
    String name = ctx.queryParamAsClass("filename", String.class).getOrDefault("upload" + extension);
    if (!SAFE_NAME.matcher(name).matches()) throw ApiException.badRequest("'filename' may use letters, digits and ._- only");
    MatchOptions options = new MatchOptions(Params.fraction(ctx, "threshold", MatchOptions.DEFAULT_THRESHOLD),
        Params.count(ctx, "top", 5, MatchApi.MAX_LIMIT), false);
    Path dir = null;
    try {
      dir = Files.createTempDirectory("tiescan-upload");
      Path file = dir.resolve(name.endsWith(extension) ? name : name + extension);
      Files.write(file, ctx.bodyAsBytes());
      Json.send(ctx, run(ctx, file, options));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      DirectoryTrees.deleteQuietly(dir); // a temporary upload left behind is harmless
    }
  }

  private ObjectNode run(Context ctx, Path file, MatchOptions options) throws IOException {
    Backend.Loaded lists = backend.loaded();
    try (InputReader input = InputFiles.open(file, null, null)) {
      ColumnMapping columns = ColumnMapping.detect(input.file(), input.columns(), new ColumnMapping.Overrides(
          ctx.queryParams("name_column"), ctx.queryParam("country_column"), ctx.queryParam("id_column"),
          ctx.queryParams("identifier_column"))).withSchema(MatchApi.schema(ctx.queryParam("schema"), "schema"));
      ObjectNode opts = Json.object().put("threshold", options.threshold()).put("top", options.limit())
          .put("schema", columns.schema()).put("via", "api");
      ArrayNode records = Json.mapper().createArrayNode();
      try (RunRecorder run = lists.workspace().recordRun(file, opts.toString())) {
        // the run record keeps every result; the answer also carries each record as a JSON lines object
        ResultSink both = new ResultSink() {
          @Override
          public void accept(ScreenedRecord r) {
            records.add(ResultJson.record(r));
            run.accept(r);
          }

          @Override
          public void finish(ScreeningSummary s) {
            run.finish(s);
          }
        };
        ScreeningSummary summary = new Screener(lists.workspace().matcher(), options, 1, lists.annotator())
            .screen(input, columns, both, ProgressListener.NONE);
        ObjectNode out = Json.object().put("run", run.describe()).put("records", summary.records())
            .put("with_hits", summary.withHits()).put("not_screened", summary.problems());
        List<String> names = columns.nameColumns();
        names.forEach(out.putObject("columns").putArray("name")::add);
        out.set("results", records);
        return out;
      }
    } catch (InputException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }
}
