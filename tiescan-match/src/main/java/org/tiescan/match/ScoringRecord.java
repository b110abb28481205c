package org.tiescan.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import org.tiescan.text.AnalyzedName;
import org.tiescan.text.NameToken;
import org.tiescan.text.TokenKind;

/**
 * What the scorer needs of one entity (id, schema, analysed names, identifier labels, countries) as
 * one binary doc value. Reading it is a seek into an uncompressed column and a walk over
 * length-prefixed strings: the stored fields would decompress a block of documents, each with its
 * full JSON, and a text encoding would need splitting. The analysed names are stored so that the
 * analyzer (ICU transliteration is its slow part) never runs on a candidate.
 */
record ScoringRecord(String id, String schema, List<Name> names, Map<String, String> identifiers,
    Set<String> countries) {

  /** An analysed name with the entity property it came from ({@code name}, {@code alias}...). */
  record Name(String prop, AnalyzedName analyzed) {}

  private static final TokenKind[] KINDS = TokenKind.values();

  BytesRef encode() {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeString(id);
      out.writeString(schema);
      out.writeVInt(names.size());
      for (Name n : names) writeName(out, n);
      out.writeVInt(identifiers.size());
      for (Map.Entry<String, String> e : identifiers.entrySet()) {
        out.writeString(e.getKey());
        out.writeString(e.getValue());
      }
      writeStrings(out, countries);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return new BytesRef(out.toArrayCopy());
  }

  static ScoringRecord decode(BytesRef bytes) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    String id = in.readString();
    String schema = in.readString();
    int count = in.readVInt();
    List<Name> names = new ArrayList<>(count);
    for (int i = 0; i < count; i++) names.add(readName(in));
    count = in.readVInt();
    Map<String, String> identifiers = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) identifiers.put(in.readString(), in.readString());
    Set<String> countries = readStrings(in, new LinkedHashSet<>());
    return new ScoringRecord(id, schema, names, identifiers, countries);
  }

  /** The bytes of one analysed name: what the index's analyzer fingerprint is made of. */
  static byte[] encodeName(Name n) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      writeName(out, n);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return out.toArrayCopy();
  }

  private static void writeName(DataOutput out, Name n) throws IOException {
    AnalyzedName a = n.analyzed();
    out.writeString(orEmpty(n.prop()));
    out.writeString(orEmpty(a.original()));
    out.writeString(orEmpty(a.script()));
    out.writeVInt(a.tokens().size());
    for (NameToken t : a.tokens()) {
      out.writeString(orEmpty(t.text()));
      out.writeString(orEmpty(t.source()));
      out.writeVInt(t.kind().ordinal());
      out.writeString(orEmpty(t.via()));
      writeStrings(out, t.alternatives());
    }
  }

  private static Name readName(ByteArrayDataInput in) throws IOException {
    String prop = in.readString();
    String original = in.readString();
    String script = in.readString();
    int count = in.readVInt();
    List<NameToken> tokens = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String text = in.readString();
      String source = in.readString();
      TokenKind kind = KINDS[in.readVInt()];
      String via = in.readString();
      tokens.add(new NameToken(text, source, kind, readAlternatives(in), via));
    }
    return new Name(prop, new AnalyzedName(original, script, tokens));
  }

  /** A token's alternatives: most have none, and then no list is built. */
  private static List<String> readAlternatives(ByteArrayDataInput in) throws IOException {
    int count = in.readVInt();
    if (count == 0) return List.of();
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) out.add(in.readString());
    return out;
  }

  /** Absent parts are written as empty strings, as the analyzer's consumers already treat them. */
  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static void writeStrings(DataOutput out, Collection<String> values) throws IOException {
    out.writeVInt(values.size());
    for (String v : values) out.writeString(v);
  }

  private static <C extends Collection<String>> C readStrings(ByteArrayDataInput in, C into) throws IOException {
    int count = in.readVInt();
    for (int i = 0; i < count; i++) into.add(in.readString());
    return into;
  }
}
