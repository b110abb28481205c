package org.tiescan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tiescan.screen.equipment.Asset;
import org.tiescan.screen.equipment.AssetColumns;
import org.tiescan.screen.equipment.ArpTableReader;
import org.tiescan.screen.equipment.EquipmentCsv;
import org.tiescan.screen.equipment.EquipmentData;
import org.tiescan.screen.equipment.EquipmentFinding;
import org.tiescan.screen.equipment.EquipmentHtml;
import org.tiescan.screen.equipment.EquipmentJsonLines;
import org.tiescan.screen.equipment.EquipmentScreener;
import org.tiescan.screen.equipment.EquipmentStatus;
import org.tiescan.screen.equipment.EquipmentSummary;
import org.tiescan.screen.equipment.FindingSink;
import org.tiescan.screen.equipment.InventoryReader;
import org.tiescan.screen.equipment.NmapXmlReader;
import org.tiescan.screen.equipment.OuiRegistry;
import org.tiescan.screen.ProgressListener;
import org.tiescan.screen.report.ProgressBar;
import org.tiescan.screen.report.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tiescan equipment FILE}: finds covered (NDAA §889 / FCC Covered List) equipment in an inventory or scan. */
@Command(name = "equipment", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Screens an asset inventory (CSV, XLSX, JSON lines), an nmap XML report or an ARP table "
        + "(`arp -a` on Linux/macOS/Windows, `ip neigh`) for equipment of manufacturers covered by NDAA FY2019 §889 "
        + "and the FCC Covered List (Huawei, ZTE, Hytera, Hikvision, Dahua, their subsidiaries and brands).",
        "Evidence: the MAC address's IEEE block and its registered owner, the vendor field, documented OEM "
        + "relationships. Each asset is FLAGGED (HIGH/MEDIUM/LOW confidence), CLEAR, UNKNOWN (locally administered, "
        + "randomised or unassigned MAC: not clean), INVALID (multicast MAC) or PROBLEM (unreadable line).",
        "With --case-store every flagged asset becomes a hit of the case store (the device with the covered "
        + "manufacturer), reviewed with `tiescan review` / `tiescan decide`: a decision is kept on rescreen while its "
        + "evidence (MAC block owner, matched name, OEM row, rules, the manufacturer's entry) is the same, and reopened "
        + "with what changed otherwise. The reports show each hit's review state; --fail-on-match ignores assets "
        + "cleared by a kept decision."},
    footer = {"%nExamples:%n  tiescan equipment assets.csv%n  tiescan equipment scan.xml --format csv -o -%n"
        + "  tiescan equipment arp.txt --input-type arp --fcc-covered covered-list.csv --fail-on-match%n"
        + "  tiescan equipment assets.xlsx --case-store && tiescan review%n", ExitCodes.TABLE})
final class EquipmentCommand implements Callable<Integer> {
  /** Assets screened and recorded per case-store transaction. */
  private static final int BATCH = 200;

  /** What kind of file FILE is. */
  enum InputType { inventory, nmap, arp }

  private final CliContext ctx;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Inventory (.csv/.xlsx/.jsonl), nmap XML (.xml) or ARP table (.txt).")
  Path file;

  @Option(names = "--input-type", paramLabel = "TYPE",
      description = "${COMPLETION-CANDIDATES} (default: nmap for .xml, arp for .txt/.arp, else inventory).")
  InputType inputType;

  @Mixin ReportOptions reports;

  @Option(names = "--fcc-covered", paramLabel = "FILE",
      description = "FCC Covered List file (OpenSanctions table.csv or the 2024 semicolon file) for entries and dates of inclusion.")
  Path fccCovered;

  @Option(names = "--oui", paramLabel = "DIR",
      description = "IEEE registry folder (oui.csv, mam.csv, oui36.csv) to use instead of the loaded/bundled one.")
  Path ouiDir;

  @Option(names = "--threshold", paramLabel = "SCORE",
      description = "Name score (0..1) at or above which a vendor name matches a covered manufacturer (default: ${DEFAULT-VALUE}).")
  double threshold = 0.8;

  @Option(names = "--fail-on-match", description = "Exit with code 1 when any asset is flagged (for CI pipelines).")
  boolean failOnMatch;

  @Option(names = "--vendor-column", paramLabel = "COLUMN") String vendorColumn;
  @Option(names = "--model-column", paramLabel = "COLUMN") String modelColumn;
  @Option(names = "--mac-column", paramLabel = "COLUMN") String macColumn;
  @Option(names = "--serial-column", paramLabel = "COLUMN") String serialColumn;
  @Option(names = "--location-column", paramLabel = "COLUMN") String locationColumn;
  @Option(names = "--asset-id-column", paramLabel = "COLUMN") String assetIdColumn;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "Encoding of a CSV/JSON lines inventory (default UTF-8).")
  Charset encoding;

  @Option(names = "--sheet", paramLabel = "NAME", description = "XLSX sheet to read (default: the first).")
  String sheet;

  @Option(names = {"-q", "--quiet"}, description = "No summary on the terminal.")
  boolean quiet;

  @Mixin CaseStoreOption caseStore;

  EquipmentCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    if (threshold < 0 || threshold > 1) throw new ParameterException(spec.commandLine(), "--threshold must be between 0 and 1");
    Input input = read();
    EquipmentScreener screener = screener();
    EquipmentSummary summary = new EquipmentSummary(file.toString());
    try (ReportTargets targets = reports.targets(baseName() + ".equipment");
         EquipmentRun run = caseStore.given() ? EquipmentRun.start(caseStore.open(), file, optionsJson()) : null) {
      List<FindingSink> sinks = sinks(targets, input.columns());
      sinks.add(summary);
      ProgressListener progress = progress();
      List<Asset> assets = input.assets();
      for (int from = 0; from < assets.size(); from += BATCH) {
        List<EquipmentFinding> batch = new ArrayList<>(BATCH);
        for (Asset a : assets.subList(from, Math.min(from + BATCH, assets.size()))) batch.add(screener.screen(a));
        for (EquipmentFinding f : run == null ? batch : run.record(batch)) sinks.forEach(s -> s.accept(f));
        int done = Math.min(from + BATCH, assets.size());
        progress.progress(done, done / (double) assets.size());
      }
      progress.finished(null);
      sinks.forEach(s -> s.finish(summary));
      sinks.forEach(FindingSink::close);
      targets.commit();
      if (run != null) run.finish(summary);
      targets.targets().values().stream().filter(p -> p != null).forEach(p -> ctx.err().println("report: " + p));
      if (!quiet) printSummary(targets.targets().containsValue(null) ? ctx.err() : ctx.out(), summary);
      if (run != null) ctx.err().println("recorded: " + run.describe());
    }
    return summary.notCleared() > 0 && failOnMatch ? ExitCodes.MATCHES : ExitCodes.OK;
  }

  private ProgressListener progress() {
    if (quiet) return ProgressListener.NONE;
    return new ProgressBar(ctx.progress(), ctx.terminal(), 10_000_000_000L, System::nanoTime);
  }

  private String optionsJson() {
    var json = ResultJson.mapper().createObjectNode().put("threshold", threshold)
        .put("input_type", (inputType != null ? inputType : detect()).name())
        .put("fcc_covered", fccCovered == null ? null : fccCovered.toString())
        .put("oui", ouiDir == null ? null : ouiDir.toString());
    return json.toString();
  }

  private record Input(List<String> columns, List<Asset> assets) {}

  private Input read() {
    return switch (inputType != null ? inputType : detect()) {
      case nmap -> new Input(NmapXmlReader.COLUMNS, NmapXmlReader.read(file));
      case arp -> new Input(ArpTableReader.COLUMNS, ArpTableReader.read(file));
      case inventory -> {
        var inv = InventoryReader.read(file, encoding, sheet, new AssetColumns(vendorColumn, modelColumn, macColumn,
            serialColumn, locationColumn, assetIdColumn));
        if (!quiet) ctx.err().println("columns: " + inv.columns().describe());
        yield new Input(inv.inputColumns(), inv.assets());
      }
    };
  }

  private InputType detect() {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xml")) return InputType.nmap;
    if (name.endsWith(".txt") || name.endsWith(".arp")) return InputType.arp;
    return InputType.inventory;
  }

  private EquipmentScreener screener() {
    Path data = EquipmentData.locate().orElseThrow(() -> new DataException(
        "tiescan's data folder (data/equipment, data/curated, data/oui) not found; set -D" + EquipmentData.PROPERTY + "=DIR"));
    try {
      EquipmentData.Registry registry = ouiDir != null
          ? new EquipmentData.Registry(OuiRegistry.loadDirectory(ouiDir), ouiDir.toString())
          : EquipmentData.registry(caseStore.dataDir(), data);
      if (!quiet) {
        ctx.err().printf("MAC registries: %,d blocks (%s)%n", registry.registry().size(), registry.origin());
        if (fccCovered == null) ctx.err().println("FCC Covered List: not given (--fcc-covered FILE adds entries and dates of inclusion)");
      }
      return EquipmentData.screener(data, registry.registry(), fccCovered, threshold);
    } catch (IOException e) {
      throw new DataException("cannot load equipment data: " + e.getMessage(), e);
    }
  }

  private List<FindingSink> sinks(ReportTargets targets, List<String> columns) {
    List<FindingSink> sinks = new ArrayList<>();
    for (Map.Entry<ReportFormat, Path> t : targets.targets().entrySet()) {
      Writer w = targets.open(t.getKey(), ctx.out());
      sinks.add(switch (t.getKey()) {
        case jsonl -> new EquipmentJsonLines(w);
        case csv -> new EquipmentCsv(w, columns);
        case html -> new EquipmentHtml(w, "tiescan equipment screening: " + file.getFileName());
      });
    }
    return sinks;
  }

  private static void printSummary(PrintWriter out, EquipmentSummary s) {
    out.printf("Screened %d assets from %s%n", s.assets(), s.file());
    for (EquipmentStatus st : EquipmentStatus.values()) out.printf("  %-8s %d%n", st.name().toLowerCase(Locale.ROOT) + ":", s.count(st));
    if (!s.byConfidence().isEmpty()) out.println("  flagged by confidence: " + s.byConfidence());
    if (!s.byReview().isEmpty()) out.println("  flagged by review: " + s.byReview());
    s.byManufacturer().forEach((m, n) -> out.printf("  %-48s %d%n", m, n));
  }

  private String baseName() {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
