package org.geokg.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.geokg.config.Settings;
import org.geokg.ingest.ArticleReader;
import org.geokg.ingest.IngestException;
import org.geokg.model.Article;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/** Posting articles (extract and store) and reading a stored one with its facts. */
@RestController
@RequestMapping("/api/articles")
class ArticlesController {
    static final String NDJSON = "application/x-ndjson";
    private static final String EXAMPLE = "{\"id\": \"mx-1\", \"title\": \"Mexico rejects US strikes\","
            + " \"published\": \"2025-08-08\", \"text\": \"Mexico rejected US military action on its soil.\"}";

    /** An article as posted; documentation only, the body is parsed by the ingest package's JSON reader. */
    record ArticleInput(String id, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
                        @Schema(format = "date") String published, String source, String url,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String text) {
    }

    private final ArticleIngest ingest;
    private final GraphReads reads;
    private final long maxBody;
    private final ArticleReader reader = new ArticleReader();

    ArticlesController(ArticleIngest ingest, GraphReads reads, Settings settings) {
        this.ingest = ingest;
        this.reads = reads;
        this.maxBody = settings.api().maxBodyBytes();
    }

    @Operation(summary = "Extract and store articles", description = "One article as JSON (answers 201 when stored"
            + " now, 200 when it was already stored), or many as a JSON array or as application/x-ndjson (one"
            + " article a line). Each article is stored in its own transaction; a malformed body stores nothing.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ArticleInput.class),
                            examples = @ExampleObject(value = EXAMPLE)),
                    @Content(mediaType = NDJSON, schema = @Schema(implementation = ArticleInput.class))}))
    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, NDJSON})
    ResponseEntity<Object> post(HttpServletRequest request) {
        String body = RequestBodies.read(request, maxBody);
        if (body.isBlank()) {
            throw ApiException.badRequest("empty request body: send an article {\"title\", \"text\", ...} as JSON");
        }
        boolean lines = MediaType.parseMediaType(request.getContentType()).isCompatibleWith(MediaType.valueOf(NDJSON));
        List<Article> articles = parse(body, lines);
        if (lines || body.stripLeading().startsWith("[")) {
            return ResponseEntity.ok(Views.IngestedBatch.of(ingest.ingest(articles)));
        }
        Views.Ingested one = ingest.ingest(articles.get(0));
        if (!one.stored()) {
            return ResponseEntity.ok(one);
        }
        URI location = URI.create("/api/articles/" + UriUtils.encodePathSegment(one.id(), "UTF-8"));
        return ResponseEntity.created(location).body(one);
    }

    @Operation(summary = "A stored article with the facts read from it")
    @GetMapping("/{id}")
    Views.ArticleView get(@PathVariable String id) {
        return reads.article(id).orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
    }

    /** All articles of the body, checked before any is stored, so a bad one fails the request whole. */
    private List<Article> parse(String body, boolean lines) {
        Path source = Path.of(lines ? "body.ndjson" : "body.json");
        try {
            return reader.parse(source, body);
        } catch (IngestException e) {
            String problem = (e.line() > 0 ? "line " + e.line() + ": " : "") + e.problem();
            // Jackson's locations name a redacted source; the line and column are what a client needs.
            throw ApiException.badRequest("request body: " + problem.replaceAll("\\[Source: [^;]*; ", "["));
        }
    }
}
