package org.tiescan.screen.publications;

import static org.tiescan.screen.report.HtmlReport.esc;

import java.util.List;
import java.util.Locale;

/**
 * Bar charts as inline SVG, drawn on the server so the report stays one file with no scripts. Each
 * chart has a title and a description for screen readers, and every bar its value as text.
 */
final class SvgCharts {
  /** One bar: its label, its value and the part of it to highlight (e.g. flagged of screened). */
  record Bar(String label, long value, long highlight) {}

  private static final int ROW = 22;
  private static final int LABEL_WIDTH = 330;
  private static final int BAR_WIDTH = 360;

  private SvgCharts() {}

  /** Vertical bars (one per year): total in grey, highlighted part in red. */
  static String columns(String title, List<Bar> bars) {
    int colWidth = Math.max(18, Math.min(48, 720 / Math.max(1, bars.size())));
    int height = 220;
    int width = 60 + bars.size() * colWidth;
    long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
    StringBuilder s = open(title, width, height + 40);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int x = 40 + i * colWidth;
      int total = (int) Math.round(height * b.value() / (double) max);
      int part = (int) Math.round(height * b.highlight() / (double) max);
      s.append(rect(x, 10 + height - total, colWidth - 4, total, "#c8c8c8", b.label() + ": " + b.value()));
      s.append(rect(x, 10 + height - part, colWidth - 4, part, "#b3261e", b.label() + ": " + b.highlight() + " flagged"));
      s.append(text(x + (colWidth - 4) / 2.0, height + 26, "middle", b.label()));
      if (b.highlight() > 0) s.append(text(x + (colWidth - 4) / 2.0, 6 + height - part, "middle", Long.toString(b.highlight())));
    }
    return s.append("</svg>").toString();
  }

  /** Horizontal bars (one per listed entity), label on the left, value on the right. */
  static String rows(String title, List<Bar> bars) {
    long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
    StringBuilder s = open(title, LABEL_WIDTH + BAR_WIDTH + 60, 10 + bars.size() * ROW);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = 5 + i * ROW;
      int w = (int) Math.max(1, Math.round(BAR_WIDTH * b.value() / (double) max));
      String label = b.label().length() > 52 ? b.label().substring(0, 51) + "…" : b.label();
      s.append(text(LABEL_WIDTH - 6, y + 15, "end", label));
      s.append(rect(LABEL_WIDTH, y + 3, w, ROW - 6, "#b3261e", b.label() + ": " + b.value()));
      s.append(text(LABEL_WIDTH + w + 6, y + 15, "start", Long.toString(b.value())));
    }
    return s.append("</svg>").toString();
  }

  private static StringBuilder open(String title, int width, int height) {
    String id = "c" + Integer.toHexString(title.hashCode());
    return new StringBuilder(4096).append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"%s\" width=\"%d\" height=\"%d\" "
            + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\"><title id=\"%s\">%s</title>",
        id, width, height, width, height, id, esc(title)));
  }

  private static String rect(int x, int y, int w, int h, String fill, String tip) {
    return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>",
        x, y, w, h, fill, esc(tip));
  }

  private static String text(double x, double y, String anchor, String t) {
    return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor, esc(t));
  }
}
