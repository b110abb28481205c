package org.tiescan.text.tools;

import org.tiescan.text.AnalyzedName;
import org.tiescan.text.NameAnalyzers;
import org.tiescan.text.NameToken;

/** Prints the analysis of names given as arguments (a developer tool, not a test). */
public final class Show {
  private Show() {}

  public static void main(String[] args) {
    for (String name : args) {
      AnalyzedName a = NameAnalyzers.standard().analyze(name);
      System.out.println(name + "  [" + a.script() + "]  => " + a.normalized());
      for (NameToken t : a.tokens()) {
        System.out.println("    " + t.text() + "  " + t.kind() + "  src=" + t.source() + "  via=" + t.via()
            + (t.alternatives().isEmpty() ? "" : "  alt=" + t.alternatives()));
      }
    }
  }
}
