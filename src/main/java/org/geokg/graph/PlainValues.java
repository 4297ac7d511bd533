package org.geokg.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

/**
 * Turns driver results into plain Java for printing: numbers, strings, booleans, lists and maps as they are;
 * dates, times and durations as ISO text (so JSON and CSV show 2025-08-08, not an object); a node or
 * relationship as its properties.
 */
final class PlainValues {
    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private PlainValues() {
    }

    static QueryLibrary.Result result(Result result) {
        List<String> columns = result.keys();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (result.hasNext()) {
            Record record = result.next();
            Map<String, Object> row = new LinkedHashMap<>();
            for (String column : columns) {
                row.put(column, plain(record.get(column)));
            }
            rows.add(row);
        }
        return new QueryLibrary.Result(columns, rows);
    }

    static Object plain(Value v) {
        if (v.isNull()) {
            return null;
        }
        if (v.hasType(TYPES.LIST())) {
            return v.asList(PlainValues::plain);
        }
        if (v.hasType(TYPES.MAP()) || v.hasType(TYPES.NODE()) || v.hasType(TYPES.RELATIONSHIP())) {
            Map<String, Object> out = new LinkedHashMap<>();
            v.keys().forEach(k -> out.put(k, plain(v.get(k))));
            return out;
        }
        if (v.hasType(TYPES.DATE()) || v.hasType(TYPES.DATE_TIME()) || v.hasType(TYPES.LOCAL_DATE_TIME())
                || v.hasType(TYPES.TIME()) || v.hasType(TYPES.LOCAL_TIME()) || v.hasType(TYPES.DURATION())
                || v.hasType(TYPES.PATH()) || v.hasType(TYPES.POINT())) {
            return v.asObject().toString();
        }
        return v.asObject();
    }
}
