package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The header contract of library queries: a malformed header fails loading, naming the file. */
class QueryHeaderTest {
    private static final String GOOD = """
            // Purpose, first line,
            // second line.
            //
            // @param who    string        required        an actor
            // @param types  list<plover>  default=REJECT  PLOVER types
            // @param since  date          optional        a date
            // @example geokg query q --param who=MEX
            MATCH (n) RETURN n
            // a comment after the header is not part of it: @bogus
            """;

    @Test
    void readsPurposeParametersAndExamples() {
        QueryLibrary.Query q = QueryHeader.parse("q", GOOD);
        assertThat(q.purpose()).isEqualTo("Purpose, first line, second line.");
        assertThat(q.params()).containsExactly(
                new QueryLibrary.Param("who", "string", true, null, "an actor"),
                new QueryLibrary.Param("types", "list<plover>", false, "REJECT", "PLOVER types"),
                new QueryLibrary.Param("since", "date", false, null, "a date"));
        assertThat(q.examples()).containsExactly("geokg query q --param who=MEX");
    }

    @Test
    void malformedHeadersFailNamingTheFile() {
        assertThatThrownBy(() -> QueryHeader.parse("q", "// Purpose\n// @example x\n// @params a string required x\n"))
                .hasMessage("cypher/queries/q.cypher: unknown tag in '@params a string required x'");
        assertThatThrownBy(() -> QueryHeader.parse("q", "// Purpose only\nRETURN 1"))
                .hasMessage("cypher/queries/q.cypher: the header needs a purpose and at least one @example");
        assertThatThrownBy(() -> QueryHeader.parse("q", "// P\n// @param a text required x\n// @example e\n"))
                .hasMessageStartingWith("cypher/queries/q.cypher: unknown parameter type 'text'");
        assertThatThrownBy(() -> QueryHeader.parse("q", "// P\n// @param a string\n// @example e\n"))
                .hasMessageStartingWith("cypher/queries/q.cypher: cannot read '@param a string'");
        assertThatThrownBy(() -> QueryHeader.parse("q", "// P\n// @param n int default=ten x\n// @example e\n"))
                .hasMessage("cypher/queries/q.cypher: bad default for n: 'ten' is not a whole number");
    }
}
