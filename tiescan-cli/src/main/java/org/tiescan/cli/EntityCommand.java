package org.tiescan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tiescan.graph.EntityView;
import org.tiescan.graph.OwnershipGraph;
import org.tiescan.match.MatchOptions;
import org.tiescan.match.MatchResult;
import org.tiescan.match.Query;
import org.tiescan.model.Schema;
import org.tiescan.screen.report.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tiescan entity ID}: one entity with its designations, evidence and neighbourhood in the graph. */
@Command(name = "entity", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Shows an entity: its names and identifiers, designations (list, citation, dates), the "
        + "evidence behind every curated value, its owners, subsidiaries, brands and units, and the "
        + "designated entities it is exposed to, with the ownership-rule findings.",
        "ID is a list record id (us-ofac-cons-30946), a curated id (ts-hikvision) or a name; a name is "
        + "resolved with the matcher and the best match is shown."},
    footer = {"%nExamples:%n  tiescan entity ts-hikvision%n  tiescan entity us-ofac-cons-30946 --json%n"
        + "  tiescan entity \"EZVIZ\" --svg ezviz.svg --html ezviz.html%n", ExitCodes.TABLE})
final class EntityCommand implements Callable<Integer> {
  private final CliContext ctx;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "Entity id (list or curated) or a name.")
  String id;

  @Option(names = "--json", description = "Print the entity, evidence, neighbourhood and exposure as JSON.")
  boolean json;

  @Option(names = "--svg", paramLabel = "FILE", description = "Also write the neighbourhood as a self-contained SVG picture.")
  Path svg;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML page: the picture and the text.")
  Path html;

  @Option(names = "--depth", paramLabel = "N", description = "Links shown around the entity (default: ${DEFAULT-VALUE}).")
  int depth = 2;

  @Mixin ExposureFlags exposure;
  @Mixin DataDirOption dataDir;

  EntityCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    if (depth < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--depth must be at least 1");
    var options = exposure.toOptions(spec.commandLine());
    try (Workspace ws = Workspaces.openReady(ctx, dataDir.resolve())) {
      LoadedGraph g = ws.graph().orElseThrow(() -> new DataException("this data directory has no ownership graph"));
      String found = resolve(ws, g.graph());
      EntityView view = new EntityView(g.graph(), g.evidence(), options);
      if (json) {
        ctx.out().println(ResultJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(view.json(found, depth)));
      } else {
        ctx.out().print(view.text(found, depth));
      }
      if (svg != null) write(svg, view.svg(found, depth));
      if (html != null) write(html, page(g.graph().caption(found), view.svg(found, depth), view.text(found, depth)));
    }
    return ExitCodes.OK;
  }

  /** The id as given when the graph knows it, else the best match for it as a name. */
  private String resolve(Workspace ws, OwnershipGraph graph) {
    if (graph.entity(id).isPresent()) return graph.canonical(id);
    // any entity of the lists, a ship as well as a company: the user asks for it by its name
    List<MatchResult> best = ws.matcher().match(new Query(Schema.THING, List.of(id.strip()), List.of(), List.of()),
        new MatchOptions(MatchOptions.DEFAULT_THRESHOLD, 1, false));
    if (best.isEmpty() || graph.entity(best.get(0).entity().id()).isEmpty()) {
      throw new DataException("no entity with id or name '" + id + "' (try `tiescan match \"" + id + "\"`)");
    }
    MatchResult m = best.get(0);
    ctx.err().printf(java.util.Locale.ROOT, "'%s' is not an id; showing the best match: %s (%s, score %.3f)%n",
        id, m.entity().caption(), m.entity().id(), m.score());
    return graph.canonical(m.entity().id());
  }

  private void write(Path file, String content) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    ctx.err().println("wrote " + file);
  }

  private static String page(String caption, String svg, String text) {
    String title = "tiescan entity: " + esc(caption);
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
        + "<style>body{font:16px/1.5 system-ui,sans-serif;margin:1rem auto;max-width:72rem;padding:0 1rem}"
        + "figure{margin:0;overflow:auto}pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem}</style></head>"
        + "<body><h1>" + title + "</h1><figure aria-label=\"Ownership and affiliation graph\">"
        + svg.replaceFirst("^<\\?xml[^>]*>\\s*", "") + "</figure><h2>Designations, evidence and exposure</h2><pre>"
        + esc(text) + "</pre></body></html>\n";
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
