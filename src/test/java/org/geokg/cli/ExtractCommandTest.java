package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.geokg.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --format json} output validates against the project's JSON contract (facts.schema.json). */
class ExtractCommandTest {
    @TempDir
    Path dir;

    private static JsonSchema schema() throws Exception {
        try (InputStream in = ExtractCommandTest.class.getResourceAsStream("/facts.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void jsonOutputValidatesAndHasEvidenceFromTheText() throws Exception {
        String text = "Mexican President Claudia Sheinbaum rejected US military action on Friday.\n\n"
                + "The European Union imposed sanctions on Russia. Turkey did not close its airspace to Russia.";
        Files.writeString(dir.resolve("a.txt"), "Headline\nDate: 2025-08-08\n\n" + text);
        Cli run = Cli.run("extract", "--format", "json", dir.resolve("a.txt").toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        Set<ValidationMessage> errors = schema().validate(doc);
        assertThat(errors).isEmpty();
        JsonNode article = doc.get("articles").get(0);
        assertThat(article.get("facts").size()).isPositive();
        for (JsonNode fact : article.get("facts")) {
            assertThat(text).contains(fact.get("evidence").asText());
            assertThat(fact.get("negated").asBoolean()).isFalse();
        }
        Cli all = Cli.run("extract", "--include-all", dir.resolve("a.txt").toString());
        assertThat(all.out()).contains("\"negated\" : true");
    }

    @Test
    void oneLineAndNonNewsWork() throws Exception {
        Files.writeString(dir.resolve("wire.json"), "{\"title\":\"w\",\"text\":\"Russia attacked Ukraine.\"}");
        Files.writeString(dir.resolve("recipe.txt"), "Pancakes\n\nMix flour, eggs and milk. Fry in butter.");
        Cli run = Cli.run("extract", dir.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode articles = new ObjectMapper().readTree(run.out()).get("articles");
        assertThat(articles.size()).isEqualTo(2);
        assertThat(schema().validate(new ObjectMapper().readTree(run.out()))).isEmpty();
    }
}
