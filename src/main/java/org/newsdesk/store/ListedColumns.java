package org.newsdesk.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.Series;

/**
 * The library's columns of a listed story (headline, editor, series, channels), read from the
 * server's metadata document with Jackson's streaming parser: a first join lists tens of
 * thousands of stories, and building each document as a tree (and a story from it) cost about
 * as much as writing its row. The values are the ones {@link StoryJson#fromNode} gives for the
 * same document: a text value is taken as it is, any other value (a number, an object) is read
 * as a tree and converted exactly as the story reader does, and of a key given twice the last
 * value counts, as in the tree. Fields the library does not show are only checked as JSON, not
 * read (a time zone or time the story reader would refuse shows when the story is opened).
 *
 * @param channels never null
 */
public record ListedColumns(String headline, String editor, Series series, List<String> channels) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ListedColumns {
        channels = List.copyOf(channels);
    }

    /**
     * The columns of a metadata document as the server stores it.
     *
     * @throws IllegalArgumentException when the document is not JSON
     */
    public static ListedColumns of(String metadataJson) {
        String headline = "";
        String editor = "";
        Series series = null;
        List<String> channels = List.of();
        try (JsonParser p = JSON.createParser(metadataJson)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                p.skipChildren(); // an array is read to its end, as the tree reader reads it
                return new ListedColumns(headline, editor, series, channels);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "headline" -> headline = text(p);
                    case "editor" -> editor = text(p);
                    case "series" -> series = p.currentToken() == JsonToken.START_OBJECT
                            ? StoryJson.series(node(p)) : skipped(p);
                    case "channels" -> channels = strings(p);
                    default -> p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a newsroom metadata document: " + e.getMessage(), e);
        }
        return new ListedColumns(headline, editor, series, channels);
    }

    /** The value as {@code JsonNode.asText("")} gives it (a null is "", an object or array ""). */
    private static String text(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_STRING -> p.getText();
            case VALUE_NULL -> "";
            default -> node(p).asText("");
        };
    }

    /** The elements (of an array) or values (of an object) as {@code JsonNode.asText()} gives them; none for a scalar. */
    private static List<String> strings(JsonParser p) throws IOException {
        List<String> out = new ArrayList<>();
        if (p.currentToken() == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                out.add(p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : node(p).asText());
            }
        } else if (p.currentToken() == JsonToken.START_OBJECT) {
            node(p).forEach(v -> out.add(v.asText()));
        }
        return out;
    }

    /** The value at the parser as a tree (a JSON null as a null node). */
    private static JsonNode node(JsonParser p) throws IOException {
        JsonNode n = JSON.readTree(p);
        return n == null ? NullNode.getInstance() : n;
    }

    private static Series skipped(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }
}
