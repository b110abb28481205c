package org.tiescan.match.score;

/** String similarities for single tokens; allocation-free so the scorer's hot loop stays fast. */
public final class Similarity {
  private Similarity() {}

  /**
   * 1 - (Levenshtein distance / length of the longer string), in [0,1]. Gives up early (returns 0)
   * when the distance must exceed {@code maxEdits}, which keeps typo checks between unrelated tokens cheap.
   */
  public static double levenshteinRatio(String a, String b, int maxEdits) {
    int n = a.length();
    int m = b.length();
    int longer = Math.max(n, m);
    if (longer == 0) return 1.0;
    if (Math.abs(n - m) > maxEdits) return 0.0;
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) prev[j] = j;
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        int cost = ca == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > maxEdits) return 0.0;
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    int dist = prev[m];
    return dist > maxEdits ? 0.0 : 1.0 - (double) dist / longer;
  }
}
