package org.tiescan.text.tools;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tiescan.text.step.HanCharacters;

/**
 * Developer tool: fills empty pinyin cells of knowledge files with the per-character reading, so
 * that loading the files needs no ICU transliterator and the readings can be reviewed. Arguments:
 * the TSV files to rewrite (columns term, english, pinyin).
 */
public final class FillPinyin {
  private FillPinyin() {}

  public static void main(String[] args) throws Exception {
    for (String file : args) {
      Path path = Path.of(file);
      List<String> out = new ArrayList<>();
      boolean header = true;
      for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        if (line.startsWith("#") || line.isBlank()) {
          out.add(line);
          continue;
        }
        if (header) {
          header = false;
          out.add(line);
          continue;
        }
        String[] f = line.split("\t", -1);
        boolean han = f[0].codePoints().anyMatch(HanCharacters::isHan);
        if (han && f.length == 3 && f[2].isBlank()) f[2] = HanCharacters.spacedPinyin(f[0]);
        out.add(String.join("\t", f));
      }
      Files.write(path, out, StandardCharsets.UTF_8);
    }
  }
}
