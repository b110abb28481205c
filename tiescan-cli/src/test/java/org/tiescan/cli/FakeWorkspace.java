package org.tiescan.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tiescan.match.Explanation;
import org.tiescan.match.MatchResult;
import org.tiescan.match.Matcher;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.model.Schema;

/**
 * An in-memory workspace for command tests. Its one entity is the real Entity List record of Hikvision
 * from trade.gov's CSL (../shared/data/lists/us-csl/consolidated-2022-05.csv, _id
 * f095626c9f8becc70b5948507fb6de6e443b257a); its matcher finds it for any name containing "hikvision".
 */
final class FakeWorkspace implements Workspace {
  static final String CSL_ID = "f095626c9f8becc70b5948507fb6de6e443b257a";
  final List<LoadedList> lists = new ArrayList<>();
  int bundledImports;
  boolean closed;

  @Override
  public List<LoadedList> lists() {
    return List.copyOf(lists);
  }

  @Override
  public List<LoadedList> importBundled() {
    bundledImports++;
    LoadedList l = new LoadedList("us-csl", "Consolidated Screening List (trade.gov)", "2022-04-21",
        "bundled snapshot", Instant.now().toString(), 1);
    lists.add(l);
    return List.of(l);
  }

  @Override
  public LoadedList importList(String dataset, Path location) {
    if (dataset == null) dataset = "detected";
    LoadedList l = new LoadedList(dataset, dataset, null, location.toString(), Instant.now().toString(), 1);
    lists.add(l);
    return l;
  }

  @Override
  public List<String> importableDatasets() {
    return List.of("us-csl", "us-ofac-sdn", "us-ofac-cons", "ftm");
  }

  @Override
  public Matcher matcher() {
    if (lists.isEmpty()) throw new DataException("no lists loaded");
    Entity hik = hikvision();
    return (q, o) -> {
      List<MatchResult> out = new ArrayList<>();
      for (String n : q.names()) {
        if (n.toLowerCase(Locale.ROOT).contains("hikvision")) {
          out.add(new MatchResult(hik, 0.92, 0.92 >= o.threshold(),
              new Explanation(n, "Hikvision", List.of(), "name '" + n + "' ~ alias 'Hikvision'")));
          break;
        }
      }
      return out;
    };
  }

  static Entity hikvision() {
    return Entity.builder("us-csl-" + CSL_ID, Schema.COMPANY)
        .add(Prop.NAME, "Hangzhou Hikvision Digital Technology Co., Ltd.").add(Prop.ALIAS, "Hikvision")
        .dataset("us-csl").sourceId("us-csl:" + CSL_ID)
        .designation(new Designation("us-bis-entity-list", "Entity List (EL) - Bureau of Industry and Security",
            List.of(), null, List.of("84 FR 54002", "85 FR 44159"), "2019-10-09", null, "http://bit.ly/1L47xrV",
            CSL_ID, null))
        .build();
  }

  @Override
  public void close() {
    closed = true;
  }
}
