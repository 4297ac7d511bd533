package org.geokg.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SparqlOutputTest {
    @Test
    void negotiatesResultsFormatsFromAccept() {
        assertThat(SparqlOutput.negotiate(null, false)).contains(SparqlOutput.JSON);
        assertThat(SparqlOutput.negotiate("*/*", false)).contains(SparqlOutput.JSON);
        assertThat(SparqlOutput.negotiate("application/sparql-results+xml", false)).contains(SparqlOutput.XML);
        assertThat(SparqlOutput.negotiate("text/csv", false)).contains(SparqlOutput.CSV);
        assertThat(SparqlOutput.negotiate("text/tab-separated-values", false)).contains(SparqlOutput.TSV);
        assertThat(SparqlOutput.negotiate("application/json", false)).contains(SparqlOutput.JSON);
        // Quality wins over order; q=0 means "not this".
        assertThat(SparqlOutput.negotiate("text/csv;q=0.5, application/sparql-results+xml", false))
                .contains(SparqlOutput.XML);
        assertThat(SparqlOutput.negotiate("application/sparql-results+xml;q=0, text/csv", false))
                .contains(SparqlOutput.CSV);
        assertThat(SparqlOutput.negotiate("image/png", false)).isEqualTo(Optional.empty());
    }

    @Test
    void negotiatesGraphFormatsFromAccept() {
        assertThat(SparqlOutput.negotiate("", true)).contains(SparqlOutput.TURTLE);
        assertThat(SparqlOutput.negotiate("text/html, */*;q=0.8", true)).contains(SparqlOutput.TURTLE);
        assertThat(SparqlOutput.negotiate("application/n-triples", true)).contains(SparqlOutput.NTRIPLES);
        assertThat(SparqlOutput.negotiate("application/ld+json", true)).contains(SparqlOutput.JSONLD);
        assertThat(SparqlOutput.negotiate("application/json", true)).contains(SparqlOutput.JSONLD);
        assertThat(SparqlOutput.negotiate("application/sparql-results+json", true)).isEmpty();
    }

    @Test
    void namesFitTheKindOfResult() {
        assertThat(SparqlOutput.byName("table", false)).isEqualTo(SparqlOutput.TABLE);
        assertThat(SparqlOutput.byName("table", true)).isEqualTo(SparqlOutput.TURTLE);
        assertThat(SparqlOutput.byName("json", true)).isEqualTo(SparqlOutput.JSONLD);
        assertThat(SparqlOutput.byName("TSV", false)).isEqualTo(SparqlOutput.TSV);
        assertThatThrownBy(() -> SparqlOutput.byName("nt", false)).hasMessageContaining("use table, json, xml, csv or tsv");
        assertThatThrownBy(() -> SparqlOutput.byName("csv", true)).hasMessageContaining("use ttl, nt, jsonld or rdfxml");
    }
}
