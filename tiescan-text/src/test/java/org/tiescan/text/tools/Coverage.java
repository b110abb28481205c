package org.tiescan.text.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tiescan.text.AnalyzedName;
import org.tiescan.text.NameAnalyzers;
import org.tiescan.text.NameToken;

/**
 * Developer tool: for a TSV of (id, han name, english name) pairs, prints how many content tokens of
 * the English name are found among the texts and alternatives of the Han name's tokens.
 */
public final class Coverage {
  private Coverage() {}

  public static void main(String[] args) throws Exception {
    int pairs = 0;
    double sum = 0;
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      String[] f = line.split("\t");
      AnalyzedName han = NameAnalyzers.standard().analyze(f[1]);
      AnalyzedName en = NameAnalyzers.standard().analyze(f[2]);
      Set<String> forms = new HashSet<>();
      for (NameToken t : han.matchTokens()) {
        forms.add(t.text());
        forms.addAll(t.alternatives());
      }
      List<NameToken> wanted = en.matchTokens();
      long found = wanted.stream().filter(t -> forms.contains(t.text())
          || t.alternatives().stream().anyMatch(forms::contains)).count();
      double cover = wanted.isEmpty() ? 1 : (double) found / wanted.size();
      sum += cover;
      pairs++;
      System.out.printf("%.2f\t%s\t%s\t| %s\t| %s%n", cover, f[1], f[2], han.normalized(), en.normalized());
    }
    System.out.printf("mean coverage %.3f over %d pairs%n", sum / pairs, pairs);
  }
}
