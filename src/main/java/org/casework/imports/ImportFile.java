package org.casework.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.casework.common.ProblemException;

/**
 * Reads a posted file into its lines, each the text of one JSON object with its line number in the file: NDJSON as
 * written (a line is checked when it is loaded, so a bad one is refused alone), CSV turned into the same objects.
 * What makes the whole file unreadable (not UTF-8, a NUL character, a CSV header naming no field) is refused at
 * once, naming the line.
 */
final class ImportFile {

    /** Separates the items of a list in a CSV cell ({@code issues}: {@code housing;debt}). */
    static final String LIST_SEPARATOR = ";";

    /** Takes each line as it is read. */
    @FunctionalInterface
    interface Sink {
        void line(int number, String json) throws IOException;
    }

    private ImportFile() {
    }

    /**
     * Reads a file a line at a time, each decoded alone as strict UTF-8 (so a bad byte is reported on its own line,
     * not on the line a read-ahead happened to be on); a line ends with LF or CRLF.
     */
    static final class Lines {
        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private byte[] line = new byte[1 << 12];
        private int number;

        Lines(InputStream body) {
            this.in = new BufferedInputStream(body, 1 << 16);
        }

        /** The number of the line read last. */
        int number() {
            return number;
        }

        /** The next line, or null at the end of the file. */
        String next() throws IOException {
            int length = 0;
            int b = in.read();
            if (b < 0) {
                return null;
            }
            while (b >= 0 && b != '\n') {
                if (length == line.length) {
                    line = Arrays.copyOf(line, length * 2);
                }
                line[length++] = (byte) b;
                b = in.read();
            }
            number++;
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            try {
                String text = decoder.decode(ByteBuffer.wrap(line, 0, length)).toString();
                // spreadsheets save UTF-8 with a byte order mark, which is not part of the first field's name
                return number == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
            } catch (CharacterCodingException e) {
                throw unreadable(number, "is not UTF-8");
            }
        }
    }

    /** Every line that is not blank, as written. */
    static void ndjson(InputStream body, Sink sink) throws IOException {
        Lines lines = new Lines(body);
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (!line.isBlank()) {
                sink.line(lines.number(), storable(line, lines.number()));
            }
        }
    }

    /**
     * Each record after the header as a JSON object of the fields the header names, typed as the request reads them
     * (a number, a boolean, a list of codes split on {@value #LIST_SEPARATOR}); an empty cell is a field not given,
     * and a dotted name ({@code contactPreferences.phone}) a field of an object. Its line number is the record's
     * first line. Lists of objects (a case's needs) need NDJSON.
     */
    static void csv(InputStream body, Class<?> request, List<String> controlFields, ObjectMapper mapper, Sink sink)
            throws IOException {
        CsvRecords records = new CsvRecords(new Lines(body));
        List<String> header = records.next();
        if (header == null || header.stream().allMatch(String::isBlank)) {
            throw unreadable(1, "has no header naming the fields");
        }
        List<Column> columns = new ArrayList<>();
        for (String name : header) {
            columns.add(Column.of(name.strip(), request, controlFields));
        }
        for (List<String> cells = records.next(); cells != null; cells = records.next()) {
            int number = records.firstLine();
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            ObjectNode object = mapper.createObjectNode();
            if (cells.size() != columns.size()) {
                // the line is refused when it is loaded, naming the count, like any other line at fault
                object.put("$columns", cells.size() + " of " + columns.size());
            }
            for (int i = 0; i < Math.min(cells.size(), columns.size()); i++) {
                if (!cells.get(i).isEmpty()) {
                    columns.get(i).put(object, cells.get(i), mapper);
                }
            }
            sink.line(number, storable(mapper.writeValueAsString(object), number));
        }
    }

    private static String storable(String line, int number) {
        if (line.indexOf('\u0000') >= 0) {
            throw unreadable(number, "holds the NUL character (U+0000), which cannot be stored");
        }
        return line;
    }

    static ProblemException unreadable(int line, String problem) {
        return ProblemException.invalidBody("$", "Line " + line + " " + problem + "; nothing was imported");
    }

    /** A CSV column: where its value goes in the line's object, and the type the request reads it as. */
    private record Column(List<String> path, Type type) {

        static Column of(String name, Class<?> request, List<String> controlFields) {
            if (name.isEmpty()) {
                throw unreadable(1, "names a column with no name");
            }
            List<String> path = List.of(name.split("\\.", -1));
            if (controlFields.contains(name)) {
                return new Column(path, String.class);
            }
            Type type = request;
            for (String part : path) {
                Class<?> record = type instanceof Class<?> c && c.isRecord() ? c : null;
                RecordComponent found = null;
                for (RecordComponent component : record == null ? new RecordComponent[0]
                        : record.getRecordComponents()) {
                    if (component.getName().equals(part)) {
                        found = component;
                    }
                }
                if (found == null) {
                    throw unreadable(1, "names " + name + ", which is not a field of these records");
                }
                type = found.getGenericType();
            }
            Type element = type instanceof ParameterizedType list ? list.getActualTypeArguments()[0] : type;
            if (element instanceof Class<?> c && c.isRecord()) {
                throw unreadable(1, "names " + name + ", which holds objects: send these records as NDJSON");
            }
            return new Column(path, type);
        }

        void put(ObjectNode object, String cell, ObjectMapper mapper) {
            ObjectNode parent = object;
            for (String part : path.subList(0, path.size() - 1)) {
                parent = parent.has(part) ? (ObjectNode) parent.get(part) : parent.putObject(part);
            }
            String field = path.get(path.size() - 1);
            if (type instanceof ParameterizedType list) {
                ArrayNode items = parent.putArray(field);
                for (String item : cell.split(LIST_SEPARATOR, -1)) {
                    items.add(value(item.strip(), list.getActualTypeArguments()[0], mapper));
                }
            } else {
                parent.set(field, value(cell, type, mapper));
            }
        }

        /** A number or boolean when the cell reads as one; otherwise text, which the request refuses by name. */
        private static JsonNode value(String cell, Type type, ObjectMapper mapper) {
            if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
                try {
                    return mapper.getNodeFactory().numberNode(Long.parseLong(cell));
                } catch (NumberFormatException e) {
                    return mapper.getNodeFactory().textNode(cell);
                }
            }
            if ((type == Boolean.class || type == boolean.class) && ("true".equals(cell) || "false".equals(cell))) {
                return mapper.getNodeFactory().booleanNode(Boolean.parseBoolean(cell));
            }
            return mapper.getNodeFactory().textNode(cell);
        }
    }

    /** RFC 4180 records: fields separated by commas, quoted with double quotes, which may hold commas and lines. */
    private static final class CsvRecords {
        private final Lines lines;
        private int firstLine;

        CsvRecords(Lines lines) {
            this.lines = lines;
        }

        int firstLine() {
            return firstLine;
        }

        List<String> next() throws IOException {
            String text = lines.next();
            if (text == null) {
                return null;
            }
            firstLine = lines.number();
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (true) {
                if (i == text.length()) {
                    if (!quoted) {
                        break;
                    }
                    String more = lines.next();
                    if (more == null) {
                        throw unreadable(firstLine, "opens a quoted field that is never closed");
                    }
                    cell.append('\n');
                    text = more;
                    i = 0;
                    continue;
                }
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"' && cell.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            return cells;
        }
    }
}
