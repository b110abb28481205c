package org.tiescan.screen.publications;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.function.Consumer;
import org.tiescan.model.RecordProblem;
import org.tiescan.screen.input.InputException;

/**
 * Streams works out of any JSON shape the OpenAlex and Crossref APIs and dumps produce: a single work,
 * JSON lines (the OpenAlex snapshot), an array, an OpenAlex page {@code {"meta", "results": [...]}},
 * a Crossref response {@code {"message": work}} or {@code {"message": {"items": [...]}}}. Lists are
 * streamed element by element; only the fields screening needs are kept of each work.
 */
final class JsonWorks implements WorkSource {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Fields of OpenAlex and Crossref works that screening reads; the rest (abstracts, references…) is skipped. */
  private static final Set<String> WANTED = Set.of("id", "doi", "title", "display_name", "publication_year",
      "authorships", "DOI", "author", "issued", "published", "published-print", "published-online", "created");

  private final String file;
  private final InputStream in;

  JsonWorks(String file, InputStream in) {
    this.file = file;
    this.in = in;
  }

  @Override
  public void read(Consumer<Work> sink) throws IOException {
    try (JsonParser p = JSON.getFactory().createParser(in)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_ARRAY) array(p, sink);
        else if (t == JsonToken.START_OBJECT) object(p, sink);
        else throw new InputException(new RecordProblem(file, p.currentLocation().getLineNr(), null, "expected a JSON object or array, found " + t));
      }
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InputException(new RecordProblem(file, line, null, "not valid JSON: " + e.getOriginalMessage()), e);
    }
  }

  private void array(JsonParser p, Consumer<Work> sink) throws IOException {
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.START_OBJECT) object(p, sink);
      else p.skipChildren();
    }
  }

  /** An object is a wrapper when it holds a list of works or a Crossref message; otherwise it is a work. */
  private void object(JsonParser p, Consumer<Work> sink) throws IOException {
    long line = p.currentLocation().getLineNr();
    ObjectNode kept = JSON.createObjectNode();
    boolean wrapper = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if ((field.equals("results") || field.equals("items")) && value == JsonToken.START_ARRAY) {
        array(p, sink);
        wrapper = true;
      } else if (field.equals("message") && value == JsonToken.START_OBJECT) {
        object(p, sink);
        wrapper = true;
      } else if (WANTED.contains(field)) {
        kept.set(field, p.readValueAsTree());
      } else {
        p.skipChildren();
      }
    }
    if (!wrapper) sink.accept(work(kept, line));
  }

  private Work work(JsonNode w, long line) {
    try {
      if (w.has("authorships") || w.path("id").asText("").startsWith("https://openalex.org/")) {
        return OpenAlexWorks.work(file, line, w);
      }
      if (w.has("DOI") || w.has("author")) return CrossrefWorks.work(file, line, w);
      return Work.problem(file, line, "json", null, "neither an OpenAlex work (no authorships) nor a Crossref work (no DOI, no author)");
    } catch (RuntimeException e) {
      return Work.problem(file, line, "json", null, "unreadable work: " + e.getMessage());
    }
  }
}
