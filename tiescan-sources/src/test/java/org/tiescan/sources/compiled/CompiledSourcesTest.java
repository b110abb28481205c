package org.tiescan.sources.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.sources.Collected;
import org.tiescan.sources.ListSources;

/** Compiled third-party files from ../shared/data (CC BY-NC or partial): read, never bundled. */
class CompiledSourcesTest {
  static Collected read(String name, String file) throws IOException {
    Collected c = Collected.read(ListSources.forName(name, Collected.shared(file)), Collected.shared(file));
    assertThat(c.problems).as(file).isEmpty();
    return c;
  }

  @Test
  void dod1260hKeepsEveryListingPeriodAndTheParentNames() throws IOException {
    Collected c = read("us-dod-1260h", "lists/us-dod-1260h/1260h.csv");
    assertThat(c.entities).hasSize(397);
    assertThat(c.where(e -> !e.values(Prop.PARENT).isEmpty())).hasSize(197);
    List<Entity> hikvision = c.where(e -> e.caption().startsWith("Hangzhou Hikvision"));
    assertThat(hikvision).hasSize(3).extracting(Entity::id).containsOnly(hikvision.get(0).id());
    assertThat(hikvision).flatExtracting(e -> e.values(Prop.PARENT)).containsOnly("China Electronics Technology Group Corporation").hasSize(2);
    List<Entity> wisdom = c.where(e -> e.caption().equals("Chengdu Dahua Wisdom Information Technology Co., Ltd."));
    assertThat(wisdom).isNotEmpty().flatExtracting(e -> e.values(Prop.PARENT)).contains("Zhejiang Dahua Technology Co., Ltd");
    List<Entity> dahua = c.where(e -> e.caption().equals("Zhejiang Dahua Technology Co., Ltd."));
    assertThat(dahua).hasSizeGreaterThan(1).extracting(Entity::id).containsOnly(dahua.get(0).id());
    assertThat(dahua).flatExtracting(e -> e.values(Prop.ALIAS)).contains("Dahua");
    assertThat(c.one(e -> e.caption().equals("Knownsec") || e.values(Prop.ALIAS).contains("Beijing Kownsec")).values(Prop.ALIAS))
        .contains("Knownsec", "Beijing Kownsec");
  }

  @Test
  void ndaaSectionsReadWithAliasesAndStatute() throws IOException {
    Map<String, Integer> expected = Map.of("889", 5, "1286", 443, "5949", 3, "154", 6);
    for (var section : expected.entrySet()) {
      Collected c = read("us-ndaa-" + section.getKey(), "lists/us-ndaa/section_" + section.getKey() + ".csv");
      assertThat(c.entities).as(section.getKey()).hasSize(section.getValue());
      assertThat(c.entities).allSatisfy(e -> assertThat(e.designations().get(0).citations()).singleElement()
          .asString().contains("Section " + section.getKey()));
    }
    Collected s1286 = read("us-ndaa-1286", "lists/us-ndaa/section_1286.csv");
    assertThat(s1286.where(e -> e.values(Prop.ALIAS).contains("BUAA"))).isNotEmpty()
        .allSatisfy(e -> assertThat(e.values(Prop.ALIAS)).contains("Beihang University"));
    assertThat(s1286.where(e -> e.values(Prop.COUNTRY).contains("cn"))).isNotEmpty();
  }

  @Test
  void bisMieuReadsCountriesAndDates() throws IOException {
    Collected c = read("us-bis-mieu", "lists/us-bis-mieu/mieu.csv");
    assertThat(c.entities).hasSize(13).allSatisfy(e -> {
      assertThat(e.values(Prop.COUNTRY)).hasSize(1);
      assertThat(e.designations().get(0).startDate()).matches("\\d{4}-\\d{2}-\\d{2}");
    });
  }

  @Test
  void fccCoveredListBothFormsNameTheSameCompaniesAndSubsidiaries() throws IOException {
    Collected table = read("us-fcc-covered", "lists/us-fcc-covered/table.csv");
    Collected old = read("us-fcc-covered", "lists/us-fcc-covered/data-2024-04-19.csv");
    assertThat(old.entities).extracting(Entity::caption).contains("Huawei Technologies Company", "Dahua Technology Company",
        "Hangzhou Hikvision Digital Technology Company", "ComNet (USA) LLC");
    assertThat(old.one(e -> e.caption().equals("ComNet (USA) LLC")).values(Prop.PARENT)).containsExactly("Pacific Networks Corp");
    assertThat(table.one(e -> e.caption().equals("ComNet (USA) LLC")).values(Prop.PARENT)).containsExactly("Pacific Networks Corp");
    assertThat(table.ids()).containsAll(old.ids());
    assertThat(table.entities).noneMatch(e -> e.caption().contains("foreign"));
    assertThat(table.one(e -> e.caption().equals("Huawei Technologies Company")).designations().get(0).startDate()).isEqualTo("2021-03-12");
  }

  @Test
  void euHumanRightsKeepsChineseScriptNames() throws IOException {
    Collected c = read("eu-reg-2020-1998", "lists/eu/reg-2020-1998.csv");
    assertThat(c.entities).hasSize(177);
    Entity psb = c.one(e -> e.caption().equals("Xinjiang Production and Construction Corps Public Security Bureau"));
    assertThat(psb.names()).contains("新疆生产建设兵团公安局");
    assertThat(psb.designations().get(0).startDate()).isEqualTo("2021-03-22");
  }

  @Test
  void uflpaPartialCompilationKeepsItsCaveats() throws IOException {
    Collected c = read("us-dhs-uflpa", "lists/us-uflpa/uflpa-partial-2025-01.csv");
    assertThat(c.entities).hasSize(70);
    Entity ninestar = c.one(e -> e.caption().equals("Ninestar Corporation"));
    assertThat(ninestar.designations().get(0).citations()).containsExactly("FR 2023-12481 (June 12, 2023)");
    assertThat(ninestar.designations().get(0).startDate()).isEqualTo("2023-06-12");
  }
}
