package org.tiescan.text.tools;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Developer tool: writes the per-character tables that HanCharacters loads instead of building
 * ICU's transliterators (which take 1-2 s of CPU each): toneless pinyin from ICU "Han-Latin" and
 * traditional → simplified from ICU "Traditional-Simplified", for the CJK Unified Ideographs, their
 * Extension A and the compatibility ideographs. Argument: the resource directory to write to.
 */
public final class GenerateHanTables {
  private GenerateHanTables() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Transliterator pinyin = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
    Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
    Map<String, StringBuilder> bySyllable = new TreeMap<>();
    List<String> pairs = new ArrayList<>();
    for (int[] range : new int[][] {{0x3400, 0x4dbf}, {0x4e00, 0x9fff}, {0xf900, 0xfaff}}) {
      for (int cp = range[0]; cp <= range[1]; cp++) {
        String c = Character.toString(cp);
        String syllable = pinyin.transliterate(c);
        if (syllable.matches("[a-z]+")) bySyllable.computeIfAbsent(syllable, k -> new StringBuilder()).append(c);
        String simplified = t2s.transliterate(c);
        if (!simplified.equals(c) && simplified.codePointCount(0, simplified.length()) == 1) {
          pairs.add(c + simplified);
        }
      }
    }
    String version = VersionInfo.ICU_VERSION.toString();
    List<String> pinyinLines = new ArrayList<>(List.of(
        "# Toneless pinyin of each Han character: one line per syllable, then the characters read so.",
        "# Source: generated from ICU4J " + version + " transliterator \"Han-Latin; Latin-ASCII; Lower\" (Unicode",
        "# CJK Unified Ideographs, Extension A, compatibility ideographs) by",
        "# tiescan-text/src/test/java/org/tiescan/text/tools/GenerateHanTables.java; do not edit by hand,",
        "# put corrections in han-pinyin-overrides.tsv."));
    bySyllable.forEach((syllable, chars) -> pinyinLines.add(syllable + "\t" + chars));
    Files.write(dir.resolve("han-pinyin.txt"), pinyinLines, StandardCharsets.UTF_8);
    List<String> t2sLines = new ArrayList<>(List.of(
        "# Traditional → simplified Chinese, character by character: each line holds pairs, traditional first.",
        "# Source: generated from ICU4J " + version + " transliterator \"Traditional-Simplified\" by",
        "# tiescan-text/src/test/java/org/tiescan/text/tools/GenerateHanTables.java; do not edit by hand."));
    for (int i = 0; i < pairs.size(); i += 40) {
      t2sLines.add(String.join("", pairs.subList(i, Math.min(pairs.size(), i + 40))));
    }
    Files.write(dir.resolve("han-traditional-simplified.txt"), t2sLines, StandardCharsets.UTF_8);
    System.out.println(bySyllable.size() + " syllables, " + pairs.size() + " traditional characters");
  }
}
