package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.geokg.model.Plover;
import org.geokg.testing.AnalystGraph;
import org.geokg.testing.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every file of the query library against one hand-built graph ({@link AnalystGraph}). Each query has a test
 * method named after it; {@link #everyQueryHasATest} fails when a new query file has none.
 */
class QueryLibraryIT {
    private final QueryLibrary library = QueryLibrary.load();
    private GraphStore store;

    @BeforeEach
    void storeFixture() {
        store = TestGraph.store();
        TestGraph.clean();
        AnalystGraph.store(store);
    }

    @Test
    void everyQueryHasATest() {
        List<String> methods = Arrays.stream(getClass().getDeclaredMethods()).map(Method::getName).toList();
        List<String> untested = library.list().stream().map(QueryLibrary.Query::name)
                .filter(name -> !methods.contains(camel(name))).toList();
        assertThat(untested).as("query files without a test method named after them").isEmpty();
        assertThat(library.list()).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void everyExampleRunsAsWritten() {
        for (QueryLibrary.Query q : library.list()) {
            assertThat(q.purpose()).isNotBlank();
            for (String example : q.examples()) {
                List<String> words = words(example);
                assertThat(words.subList(0, 3)).as(example).containsExactly("geokg", "query", q.name());
                Map<String, String> params = new HashMap<>();
                for (int i = 3; i < words.size(); i += 2) {
                    assertThat(words.get(i)).as(example).isEqualTo("--param");
                    String[] kv = words.get(i + 1).split("=", 2);
                    params.put(kv[0], kv[1]);
                }
                assertThat(store.query(library.bind(q.name(), params)).columns()).as(example).isNotEmpty();
            }
        }
    }

    @Test
    void dyadTimeline() {
        assertThat(rows("dyad-timeline", Map.of("a", "mexican", "b", "United States"), "date", "subject", "type",
                "object")).containsExactly(
                "2025-01-10|Claudia Sheinbaum|SUPPORT|United States",
                "2025-01-10|United States|AGREE|Mexico",
                "2025-02-14|Claudia Sheinbaum|ACCUSE|United States",
                "2025-02-14|State Department|SANCTION|Mexico",
                "2025-02-15|State Department|THREATEN|Mexico",
                "2025-02-15|United States|THREATEN|Mexico");
        assertThat(rows("dyad-timeline", Map.of("a", "USA", "b", "MEX", "all", "true"), "type", "negated"))
                .hasSize(7).contains("ASSAULT|true");
        assertThat(rows("dyad-timeline", Map.of("a", "USA", "b", "MEX", "expand", "false", "to", "2025-02-14"),
                "date", "type")).containsExactly("2025-01-10|AGREE");
        assertThat(rows("dyad-timeline", Map.of("a", "country:RUS", "b", "ukr"), "type", "reports"))
                .containsExactly("ASSAULT|2");
    }

    @Test
    void whoDidWhat() {
        assertThat(rows("who-did-what", Map.of("types", "threaten,SANCTION", "from", "2025-02-01", "to",
                "2025-02-28"), "subject", "type", "object", "facts", "first")).containsExactly(
                "State Department|SANCTION|Mexico|1|2025-02-14",
                "State Department|THREATEN|Mexico|1|2025-02-15",
                "United States|THREATEN|Mexico|1|2025-02-15");
        assertThat(rows("who-did-what", Map.of("types", "ASSAULT"), "subject", "object", "facts"))
                .as("the negated assault does not count").containsExactly("Russia|Ukraine|1");
    }

    @Test
    void actorProfile() {
        assertThat(rows("actor-profile", Map.of("actor", "MEX"), "direction", "date", "type", "counterpart"))
                .containsExactly(
                        "received|2025-01-10|AGREE|United States",
                        "received|2025-02-14|SANCTION|State Department",
                        "received|2025-02-15|THREATEN|State Department",
                        "received|2025-02-15|THREATEN|United States");
        assertThat(rows("actor-profile", Map.of("actor", "Mexico", "all", "true"), "type")).hasSize(5)
                .contains("ASSAULT");
        assertThat(rows("actor-profile", Map.of("actor", "russian federation"), "direction", "type", "counterpart"))
                .containsExactly("did|ASSAULT|Ukraine", "received|SANCTION|European Union",
                        "received|THREATEN|United States");
    }

    @Test
    void quotesBySpeaker() {
        assertThat(rows("quotes-by-speaker", Map.of("speaker", "SHEINBAUM"), "date", "quote", "direct", "facts",
                "article")).containsExactly(
                "2025-01-10|We support our partners|true|[Claudia Sheinbaum SUPPORT United States]|Mexico and the US agree",
                "2025-02-14|They betrayed us|true|[Claudia Sheinbaum ACCUSE United States]|Sheinbaum accuses Washington");
        assertThat(rows("quotes-by-speaker", Map.of("speaker", "Sheinbaum", "from", "2025-02-01"), "quote"))
                .containsExactly("They betrayed us");
    }

    @Test
    void relationshipEvidence() {
        assertThat(rows("relationship-evidence", Map.of("a", "russia", "b", "UKR"), "type", "article", "sentence",
                "evidence")).containsExactly(
                "ASSAULT|a3|0|Russia ASSAULT Ukraine (a3)",
                "ASSAULT|a4|5|Russia ASSAULT Ukraine (a4)");
        assertThat(rows("relationship-evidence", Map.of("a", "RUS", "b", "UKR", "types", "COERCE"), "type")).isEmpty();
        assertThat(rows("relationship-evidence", Map.of("a", "RUS", "b", "UKR", "types", "COERCE", "all", "true"),
                "type", "article")).containsExactly("COERCE|a3");
        assertThat(rows("relationship-evidence", Map.of("a", "Sheinbaum", "b", "USA"), "type", "quote", "speaker"))
                .containsExactly("SUPPORT|We support our partners|Claudia Sheinbaum",
                        "ACCUSE|They betrayed us|Claudia Sheinbaum");
    }

    @Test
    void dyadBalance() {
        String columns = "dyad month verbal_cooperation material_cooperation verbal_conflict material_conflict balance";
        assertThat(rows("dyad-balance", Map.of("a", "MEX", "b", "USA"), columns.split(" "))).containsExactly(
                "MEX-USA|2025-01|2|0|0|0|2",
                "MEX-USA|2025-02|0|0|3|1|-4");
        assertThat(rows("dyad-balance", Map.of(), columns.split(" "))).containsExactly(
                "MEX-USA|2025-01|2|0|0|0|2",
                "MEX-USA|2025-02|0|0|3|1|-4",
                "RUS-UKR|2025-03|0|0|0|1|-1",
                "RUS-USA|2025-03|0|0|1|0|-1",
                "RUS-igo:eu|2025-03|0|0|0|1|-1");
    }

    /** One fact of each PLOVER type, each in its own month: each lands in the column of its quad class. */
    @Test
    void dyadBalanceCountsEachTypeInItsQuadClass() {
        TestGraph.clean();
        AnalystGraph.storeOneFactPerType(store);
        Plover[] types = Plover.values();
        List<Map<String, Object>> result = store.query(library.bind("dyad-balance", Map.of())).rows();
        assertThat(result).hasSize(types.length);
        for (int i = 0; i < types.length; i++) {
            String column = types[i].quadClass().name().toLowerCase();
            Map<String, Object> row = result.get(i);
            assertThat(row.get(column)).as(types[i] + " in " + column).isEqualTo(1L);
            assertThat(row.values().stream().filter(v -> v.equals(1L) || v.equals(-1L)).count())
                    .as(types[i] + " counted once").isEqualTo(2);
        }
    }

    @Test
    void mostTargeted() {
        assertThat(rows("most-targeted", Map.of(), "target", "facts", "by_actors", "types")).containsExactly(
                "Mexico|3|2|[SANCTION, THREATEN]",
                "Russia|2|2|[SANCTION, THREATEN]");
        assertThat(rows("most-targeted", Map.of("types", "ASSAULT,COERCE", "limit", "5"), "target", "facts"))
                .containsExactly("Ukraine|1");
    }

    @Test
    void shortestPath() {
        List<Map<String, Object>> result = store.query(library.bind("shortest-path",
                Map.of("a", "sheinbaum", "b", "Ukraine"))).rows();
        assertThat(result).hasSize(1);
        assertThat(result.get(0).get("hops")).isEqualTo(3L);
        assertThat(result.get(0).get("ids")).isEqualTo(List.of("person:claudia-sheinbaum", "country:USA",
                "country:RUS", "country:UKR"));
        assertThat((String) result.get(0).get("path")).startsWith("Claudia Sheinbaum -[")
                .endsWith("]-> United States -[THREATEN]-> Russia -[ASSAULT]-> Ukraine");
        assertThat(rows("shortest-path", Map.of("a", "EU", "b", "State Department"), "hops", "path"))
                .containsExactly("3|European Union -[SANCTION]-> Russia <-[THREATEN]- United States"
                        + " <-[PART_OF]- State Department");
    }

    @Test
    void articleFacts() {
        assertThat(rows("article-facts", Map.of("article", "SHEINBAUM ACCUSES WASHINGTON"), "sentence", "subject",
                "type", "object", "negated", "speaker")).containsExactly(
                "0|Claudia Sheinbaum|ACCUSE|United States|false|Claudia Sheinbaum",
                "1|State Department|SANCTION|Mexico|false|",
                "2|United States|THREATEN|Mexico|false|",
                "3|State Department|THREATEN|Mexico|false|",
                "4|United States|ASSAULT|Mexico|true|");
        assertThat(rows("article-facts", Map.of("article", "https://example.org/a4"), "sentence", "type"))
                .containsExactly("5|ASSAULT");
    }

    @Test
    void newActors() {
        assertThat(rows("new-actors", Map.of("since", "2025-03-01"), "name", "first_fact", "facts")).containsExactly(
                "Russia|2025-03-01|4", "Ukraine|2025-03-01|2", "European Union|2025-03-02|1");
        assertThat(rows("new-actors", Map.of("since", "2025-01-01"), "name")).hasSize(AnalystGraph.ACTORS.size());
    }

    @Test
    void contradictions() {
        assertThat(rows("contradictions", Map.of(), "subject", "earlier", "later", "object", "days")).containsExactly(
                "Claudia Sheinbaum|SUPPORT|ACCUSE|United States|35",
                "United States|AGREE|THREATEN|Mexico|36");
        assertThat(rows("contradictions", Map.of("actor", "Sheinbaum"), "subject")).containsExactly(
                "Claudia Sheinbaum");
        assertThat(rows("contradictions", Map.of("from_types", "ACCUSE", "to_types", "SUPPORT"), "subject")).isEmpty();
    }

    @Test
    void actorSearch() {
        assertThat(rows("actor-search", Map.of("text", "STATE"), "id", "facts")).containsExactly(
                "country:USA|6", "gov:USA:state-department|2");
        assertThat(rows("actor-search", Map.of("text", "eu"), "name")).containsExactly("European Union");
    }

    @Test
    void topDyads() {
        assertThat(rows("top-dyads", Map.of(), "dyad", "facts", "cooperation", "conflict", "top_type"))
                .containsExactly(
                        "MEX-USA|6|2|4|THREATEN",
                        "RUS-UKR|1|0|1|ASSAULT",
                        "RUS-USA|1|0|1|THREATEN",
                        "RUS-igo:eu|1|0|1|SANCTION");
        assertThat(rows("top-dyads", Map.of("from", "2025-02-15", "limit", "1"), "dyad", "facts"))
                .containsExactly("MEX-USA|2");
    }

    /** Two articles reporting one event: one Fact with two REPORTED_IN, not two facts. */
    @Test
    void corroboratedFacts() {
        assertThat(rows("corroborated-facts", Map.of(), "date", "subject", "type", "object", "reports", "articles"))
                .containsExactly("2025-03-01|Russia|ASSAULT|Ukraine|2|[Russia strikes Ukraine, Second report of the strike]");
        assertThat(TestGraph.count("MATCH (f:Fact {plover: 'ASSAULT'})-[:SUBJECT]->(:Actor {id: 'country:RUS'})"
                + " RETURN count(f)")).isEqualTo(1);
        assertThat(rows("corroborated-facts", Map.of("min_reports", "1"), "type")).hasSize(11);
    }

    @Test
    void badArgumentsFailWithOneClearLine() {
        assertThatThrownBy(() -> library.bind("no-such-query", Map.of()))
                .hasMessage("unknown query 'no-such-query' (geokg query --list shows them)");
        assertThatThrownBy(() -> library.bind("dyad-timeline", Map.of("a", "MEX")))
                .hasMessageStartingWith("query dyad-timeline needs --param b=<string>");
        assertThatThrownBy(() -> library.bind("dyad-timeline", Map.of("a", "MEX", "b", "USA", "limit", "ten")))
                .hasMessage("query dyad-timeline: bad value for limit (int): 'ten' is not a whole number");
        assertThatThrownBy(() -> library.bind("new-actors", Map.of("since", "March")))
                .hasMessage("query new-actors: bad value for since (date): 'March' is not a date (YYYY-MM-DD)");
        assertThatThrownBy(() -> library.bind("who-did-what", Map.of("types", "SANCTION,BOMB")))
                .hasMessage("query who-did-what: bad value for types (list<plover>): unknown PLOVER type 'BOMB'");
        assertThatThrownBy(() -> library.bind("actor-profile", Map.of("actor", "MEX", "since", "2025-01-01")))
                .hasMessage("query actor-profile has no parameter 'since' (it takes: actor, from, to, all, limit)");
        assertThatThrownBy(() -> library.bind("actor-profile", Map.of("actor", "MEX", "all", "yes")))
                .hasMessage("query actor-profile: bad value for all (boolean): 'yes' is not true or false");
    }

    /** Selected columns of each row, joined with '|' (null as empty), in the query's order. */
    private List<String> rows(String query, Map<String, String> params, String... columns) {
        QueryLibrary.Result result = store.query(library.bind(query, params));
        assertThat(result.columns()).contains(columns);
        return result.rows().stream().map(row -> Arrays.stream(columns)
                .map(c -> row.get(c) == null ? "" : row.get(c).toString()).collect(Collectors.joining("|")))
                .toList();
    }

    /** "dyad-timeline" -> "dyadTimeline": the test method a query file needs. */
    private static String camel(String name) {
        StringBuilder s = new StringBuilder();
        for (String part : name.split("-")) {
            s.append(s.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return s.toString();
    }

    /** Splits an example command line into words, honouring double quotes as a shell would. */
    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (!word.isEmpty()) {
                    out.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            out.add(word.toString());
        }
        return out;
    }
}
