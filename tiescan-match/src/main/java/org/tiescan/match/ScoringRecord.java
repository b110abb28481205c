package org.tiescan.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What the scorer needs of one entity (id, schema, encoded names, identifier labels, countries) as
 * one binary doc value. Reading it is a seek into an uncompressed column, where the stored fields
 * would decompress a whole block of documents, each with its full JSON, for every candidate.
 */
record ScoringRecord(String id, String schema, List<String> names, Map<String, String> identifiers,
    Set<String> countries) {

  BytesRef encode() {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeString(id);
      out.writeString(schema);
      writeStrings(out, names);
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
    List<String> names = readStrings(in, new ArrayList<>());
    int n = in.readVInt();
    Map<String, String> identifiers = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) identifiers.put(in.readString(), in.readString());
    Set<String> countries = readStrings(in, new LinkedHashSet<>());
    return new ScoringRecord(id, schema, names, identifiers, countries);
  }

  private static void writeStrings(ByteBuffersDataOutput out, java.util.Collection<String> values) throws IOException {
    out.writeVInt(values.size());
    for (String v : values) out.writeString(v);
  }

  private static <C extends java.util.Collection<String>> C readStrings(ByteArrayDataInput in, C into) throws IOException {
    int n = in.readVInt();
    for (int i = 0; i < n; i++) into.add(in.readString());
    return into;
  }
}
