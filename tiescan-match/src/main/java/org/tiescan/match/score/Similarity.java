package org.tiescan.match.score;

/** String similarities for single tokens; cheap enough for the scorer's hot loop. */
public final class Similarity {
  private Similarity() {}

  /**
   * 1 - (edit distance / length of the longer string), in [0,1], where an edit is an insertion,
   * deletion, substitution or transposition of adjacent letters (optimal string alignment distance:
   * "atrhur" is one edit from "arthur"). Returns 0 as soon as the distance must exceed
   * {@code maxEdits}, which keeps checks between unrelated tokens cheap.
   */
  public static double editRatio(String a, String b, int maxEdits) {
    int n = a.length();
    int m = b.length();
    int longer = Math.max(n, m);
    if (longer == 0) return 1.0;
    if (Math.abs(n - m) > maxEdits) return 0.0;
    // the three rows the recurrence needs, side by side in one array (one allocation, not three)
    int width = m + 1;
    int[] rows = new int[3 * width];
    int prev2 = 0;
    int prev = width;
    int cur = 2 * width;
    for (int j = 0; j <= m; j++) rows[prev + j] = j;
    for (int i = 1; i <= n; i++) {
      rows[cur] = i;
      int rowMin = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char cb = b.charAt(j - 1);
        int d = Math.min(Math.min(rows[cur + j - 1] + 1, rows[prev + j] + 1), rows[prev + j - 1] + (ca == cb ? 0 : 1));
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) d = Math.min(d, rows[prev2 + j - 2] + 1);
        rows[cur + j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > maxEdits) return 0.0;
      int t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    int dist = rows[prev + m];
    return dist > maxEdits ? 0.0 : 1.0 - (double) dist / longer;
  }
}
