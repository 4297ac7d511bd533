package org.geokg.graph;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geokg.model.Plover;

/**
 * The parameter types a library query may declare, and the conversion of a command-line text value to what the
 * driver sends: string, int (long), float (double), boolean, date (a Cypher DATE), plover (a checked PLOVER type
 * name, upper case) and list&lt;T&gt; of any of these, comma-separated.
 */
final class ParamTypes {
    static final String TYPES = "string, int, float, boolean, date, plover, list<...> of these";
    private static final List<String> SCALARS = List.of("string", "int", "float", "boolean", "date", "plover");

    private ParamTypes() {
    }

    static boolean known(String type) {
        return SCALARS.contains(element(type));
    }

    static Object convert(String type, String text) {
        if (!isList(type)) {
            return scalar(type, text.strip());
        }
        List<Object> out = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                out.add(scalar(element(type), part.strip()));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("an empty list");
        }
        return out;
    }

    private static boolean isList(String type) {
        return type.startsWith("list<") && type.endsWith(">");
    }

    private static String element(String type) {
        return isList(type) ? type.substring(5, type.length() - 1) : type;
    }

    private static Object scalar(String type, String text) {
        return switch (type) {
            case "string" -> text;
            case "int" -> number(text, Long::parseLong, "a whole number");
            case "float" -> number(text, Double::parseDouble, "a number");
            case "boolean" -> bool(text);
            case "date" -> date(text);
            case "plover" -> Plover.parse(text).name();
            default -> throw new IllegalArgumentException("unknown parameter type '" + type + "'");
        };
    }

    private static <T> T number(String text, java.util.function.Function<String, T> parse, String what) {
        try {
            return parse.apply(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not " + what);
        }
    }

    private static Boolean bool(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.equals("true") || t.equals("false")) {
            return Boolean.valueOf(t);
        }
        throw new IllegalArgumentException("'" + text + "' is not true or false");
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }
}
