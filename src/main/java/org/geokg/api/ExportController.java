package org.geokg.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.geokg.config.Settings;
import org.geokg.graph.GraphStore;
import org.geokg.model.Plover;
import org.geokg.rdf.Iris;
import org.geokg.rdf.RdfExporter;
import org.geokg.rdf.RdfFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The graph as RDF, streamed through the same exporter as {@code geokg export}. */
@RestController
class ExportController {
    private static final Logger LOG = LoggerFactory.getLogger(ExportController.class);
    private final RdfExporter exporter;

    ExportController(GraphStore store, Settings settings) {
        this.exporter = new RdfExporter(store, new Iris(settings.baseIri()));
    }

    @Operation(summary = "Export the graph as RDF, streamed",
            description = "format: ttl, trig, nt, nq, jsonld or rdfxml. since, until, plover (comma-separated) and"
                    + " actor (id or name) select facts; the export then holds those facts with their actors and"
                    + " articles.")
    @GetMapping("/api/export")
    void export(@Parameter(example = "ttl") @RequestParam(defaultValue = "ttl") String format,
                @RequestParam(required = false) String since, @RequestParam(required = false) String until,
                @RequestParam(required = false) String plover, @RequestParam(required = false) String actor,
                HttpServletResponse response) throws IOException {
        RdfFormat rdf;
        RdfExporter.Filter filter;
        try {
            rdf = RdfFormat.parse(format);
            filter = new RdfExporter.Filter(FactsController.date("since", since), FactsController.date("until", until),
                    types(plover), actor == null || actor.isBlank() ? null : actor.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        String type = rdf.lang().getContentType().getContentTypeStr() + ";charset=utf-8";
        OutputStream out = new FirstWriteOpens(response, type);
        try {
            exporter.export(rdf, filter, out);
            out.close();
        } catch (IllegalArgumentException e) {
            // The exporter checks the actor before it writes anything, so the answer can still be an error.
            throw ApiException.badRequest(e.getMessage());
        } catch (RuntimeException | IOException e) {
            if (!response.isCommitted()) {
                throw e;
            }
            // Half an answer is out: the status cannot change. Usually the client stopped reading.
            LOG.warn("export stopped after the answer began: {}", e.getMessage());
        }
    }

    private static Set<Plover> types(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).filter(t -> !t.isBlank()).map(Plover::parse).collect(Collectors.toSet());
    }

    /**
     * Opens the response only on the first byte, so an error raised before the export writes anything still gets
     * a problem answer with its own status instead of a 200 with an RDF content type.
     */
    private static final class FirstWriteOpens extends OutputStream {
        private final HttpServletResponse response;
        private final String contentType;
        private OutputStream out;

        FirstWriteOpens(HttpServletResponse response, String contentType) {
            this.response = response;
            this.contentType = contentType;
        }

        private OutputStream out() throws IOException {
            if (out == null) {
                response.setContentType(contentType);
                out = new BufferedOutputStream(response.getOutputStream(), 1 << 16);
            }
            return out;
        }

        @Override
        public void write(int b) throws IOException {
            out().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out().write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (out != null) {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            // An empty export still answers 200 with its content type.
            out().flush();
        }
    }
}
