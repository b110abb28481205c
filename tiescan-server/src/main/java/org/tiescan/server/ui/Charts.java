package org.tiescan.server.ui;

import java.util.Locale;
import java.util.Map;

/**
 * Bar charts drawn on the server as inline SVG (no script, no library): one labelled bar per entry,
 * with the numbers written out, and the same numbers in a table for screen readers.
 */
public final class Charts {
  private static final int LABEL_W = 260;
  private static final int BAR_W = 360;
  private static final int ROW_H = 26;

  private Charts() {}

  public static String bars(String title, Map<String, Long> values) {
    if (values.isEmpty()) return "<p>No data yet.</p>";
    long max = values.values().stream().mapToLong(Long::longValue).max().orElse(1);
    int height = values.size() * ROW_H + 10;
    StringBuilder svg = new StringBuilder("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"")
        .append(LABEL_W + BAR_W + 80).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
        .append(LABEL_W + BAR_W + 80).append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"")
        .append(id(title)).append("\"><title id=\"").append(id(title)).append("\">").append(Html.esc(title)).append("</title>");
    int y = 5;
    for (Map.Entry<String, Long> e : values.entrySet()) {
      int w = max == 0 ? 0 : (int) Math.max(2, Math.round(BAR_W * (double) e.getValue() / max));
      svg.append("<text x=\"").append(LABEL_W - 8).append("\" y=\"").append(y + 17).append("\" text-anchor=\"end\">")
          .append(Html.esc(shorten(e.getKey()))).append("</text><rect x=\"").append(LABEL_W).append("\" y=\"").append(y + 4)
          .append("\" width=\"").append(w).append("\" height=\"").append(ROW_H - 8).append("\" fill=\"#1f5f99\"/><text x=\"")
          .append(LABEL_W + w + 6).append("\" y=\"").append(y + 17).append("\">").append(String.format(Locale.ROOT, "%,d", e.getValue()))
          .append("</text>");
      y += ROW_H;
    }
    svg.append("</svg></figure>");
    StringBuilder table = new StringBuilder("<details><summary>").append(Html.esc(title)).append(" as a table</summary><table>");
    values.forEach((k, v) -> table.append("<tr><th scope=\"row\">").append(Html.esc(k)).append("</th><td>").append(v).append("</td></tr>"));
    return svg + table.append("</table></details>").toString();
  }

  private static String shorten(String s) {
    return s.length() <= 36 ? s : s.substring(0, 35) + "…";
  }

  private static String id(String title) {
    return "chart-" + Integer.toHexString(title.hashCode());
  }
}
