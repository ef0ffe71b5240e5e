package kr.co.whaling.adapter.out.csv;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one CSV file whose first line is the expected header. Blank lines are ignored;
 * fields are trimmed unless quoted. A wrong header or an unterminated quote makes the whole file
 * {@link MalformedCsvException malformed}; a row with the wrong number of fields is kept as it is,
 * for the reader to refuse (see {@link Row#hasColumns()}).
 */
final class CsvTable {

    private static final char QUOTE = '"';
    private static final char SEPARATOR = ',';
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /** One data line: its number in the file (the header is line 1) and its fields. */
    record Row(int line, List<String> fields, int columns) {

        boolean hasColumns() {
            return fields.size() == columns;
        }

        String field(int index) {
            return fields.get(index);
        }
    }

    /** The data rows of {@code file}; {@link MalformedCsvException} when it is not the expected table at all. */
    static List<Row> read(Path file, String header) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new MalformedCsvException(file, 0, "not UTF-8 text");
        }
        List<String> columns = CsvLayout.columns(header);
        if (lines.isEmpty() || !split(file, 1, stripByteOrderMark(lines.get(0))).equals(columns)) {
            throw new MalformedCsvException(file, 1, "the first line must be the header '" + header + "'");
        }
        List<Row> rows = new ArrayList<>();
        for (int index = 1; index < lines.size(); index++) {
            String line = lines.get(index);
            if (!line.isBlank()) {
                rows.add(new Row(index + 1, split(file, index + 1, line), columns.size()));
            }
        }
        return rows;
    }

    private static String stripByteOrderMark(String line) {
        return line.startsWith(BYTE_ORDER_MARK) ? line.substring(1) : line;
    }

    private static List<String> split(Path file, int lineNumber, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == QUOTE && i + 1 < line.length() && line.charAt(i + 1) == QUOTE) {
                    field.append(QUOTE);
                    i++;
                } else if (c == QUOTE) {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == QUOTE && field.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == SEPARATOR) {
                fields.add(wasQuoted ? field.toString() : field.toString().strip());
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new MalformedCsvException(file, lineNumber, "a quoted field is not closed");
        }
        fields.add(wasQuoted ? field.toString() : field.toString().strip());
        return fields;
    }
}
