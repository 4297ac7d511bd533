package org.geokg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's data files (gazetteers here, lexicons in {@code extract}): UTF-8, tab-separated, {@code #}
 * comment lines (the provenance header), one column-header row, then rows; cells are stripped.
 */
public final class Tsv {
    /** A row and its line number in the file (for error messages). */
    private record Line(int number, String[] cells) {
    }

    private Tsv() {
    }

    /** The rows as maps from column name to value ("" when empty). */
    static List<Map<String, String>> read(String resource) {
        List<Line> lines = lines(resource);
        List<Map<String, String>> rows = new ArrayList<>();
        if (lines.isEmpty()) {
            return rows;
        }
        String[] header = lines.get(0).cells();
        for (Line line : lines.subList(1, lines.size())) {
            String[] cells = line.cells();
            if (cells.length > header.length) {
                throw new IllegalStateException(resource + " line " + line.number() + ": " + cells.length
                        + " columns, header has " + header.length);
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** The rows after the column-header row as cell arrays, each with at least {@code minColumns} cells. */
    public static List<String[]> cells(String resource, int minColumns) {
        List<Line> lines = lines(resource);
        List<String[]> rows = new ArrayList<>();
        for (Line line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            if (line.cells().length < minColumns) {
                throw new IllegalStateException(resource + " line " + line.number() + ": expected " + minColumns
                        + " columns");
            }
            rows.add(line.cells());
        }
        return rows;
    }

    /** Every line that is neither blank nor a comment, the column-header row first. */
    private static List<Line> lines(String resource) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("data file " + resource + " is missing from the classpath");
        }
        List<Line> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(new Line(number, Arrays.stream(line.split("\t", -1)).map(String::strip)
                            .toArray(String[]::new)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return lines;
    }

    static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String orNull(String value) {
        return value == null || value.isBlank() || value.equals("-") ? null : value;
    }
}
