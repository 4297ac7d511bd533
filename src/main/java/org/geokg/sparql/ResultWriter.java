package org.geokg.sparql;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;

/** Writes a query's result in the chosen output, inside the caller's read transaction. */
final class ResultWriter {
    private ResultWriter() {
    }

    static void write(QueryExecution qe, Query query, SparqlOutput output, OutputStream out) {
        if (query.isSelectType()) {
            select(qe.execSelect(), query, output, out);
        } else if (query.isAskType()) {
            ask(qe.execAsk(), output, out);
        } else {
            graph(query.isConstructType() ? qe.execConstruct() : qe.execDescribe(), query, output, out);
        }
    }

    private static void select(ResultSet rs, Query query, SparqlOutput output, OutputStream out) {
        if (output == SparqlOutput.TABLE) {
            ResultSetFormatter.out(out, rs, query.getPrologue());
            return;
        }
        ResultsWriter.create().lang(lang(output)).write(out, rs);
    }

    private static void ask(boolean answer, SparqlOutput output, OutputStream out) {
        if (output == SparqlOutput.TABLE) {
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            print.println(answer ? "yes" : "no");
            return;
        }
        ResultsWriter.create().lang(lang(output)).write(out, answer);
    }

    private static void graph(Model model, Query query, SparqlOutput output, OutputStream out) {
        model.setNsPrefixes(query.getPrefixMapping());
        Lang lang = switch (output) {
            case NTRIPLES -> Lang.NTRIPLES;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
            default -> Lang.TURTLE;
        };
        try {
            RDFDataMgr.write(out, model, lang);
        } catch (RuntimeException e) {
            // JSON-LD and RDF/XML have no form for triple terms (the RDF-star annotations).
            throw new SparqlStore.QueryException(SparqlStore.QueryException.Reason.FORMAT,
                    "cannot write this result as " + output.mediaType() + ": " + e.getMessage());
        }
    }

    private static Lang lang(SparqlOutput output) {
        return switch (output) {
            case XML -> ResultSetLang.RS_XML;
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            default -> ResultSetLang.RS_JSON;
        };
    }
}
