package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.geokg.model.Article;
import org.geokg.model.Extraction;
import org.geokg.model.Fact;
import org.geokg.testing.Nlp;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each extraction rule on a small text of its own (src/test/resources/extract/rule_examples.tsv): the fact it must
 * make, recorded with its name, and the misreading no rule may make. Real CoreNLP, real lexicons and gazetteers.
 */
class RuleExamplesTest {
    private static final Path EXAMPLES = Path.of("src/test/resources/extract/rule_examples.tsv");
    private static final Path RULES = Path.of("src/main/resources/extract/rules.tsv");

    private record Example(String rule, String text, String expect, String forbid) {
    }

    @TestFactory
    Stream<DynamicTest> eachRuleMakesItsFactAndNotTheMisreading() throws IOException {
        return examples().stream().map(e -> DynamicTest.dynamicTest(e.rule() + ": " + e.text(), () -> {
            Extraction x = Nlp.extractor().extract(new Article("rule", "rule", LocalDate.of(2025, 6, 1), null,
                    null, e.text()));
            List<String> made = x.facts().stream().map(f -> triple(f) + " [" + f.provenance().method() + "]").toList();
            assertThat(x.facts()).as("facts made: %s", made)
                    .anyMatch(f -> triple(f).equals(e.expect()) && recordedBy(f.provenance().method(), e.rule()));
            if (!e.forbid().isEmpty()) {
                assertThat(x.facts()).as("facts made: %s", made).noneMatch(f -> triple(f).equals(e.forbid()));
            }
        }));
    }

    @Test
    void everyRecordedRuleHasAnExample() throws IOException {
        List<String> covered = examples().stream().map(Example::rule).toList();
        for (String line : Files.readAllLines(RULES)) {
            String rule = line.split("\t")[0];
            if (line.startsWith("#") || rule.equals("rule") || rule.equals("name") || rule.equals("ner")) {
                continue; // names and NER people are the default, recorded by no suffix
            }
            boolean family = rule.endsWith("*");
            assertThat(covered).as("an example of rule %s in %s", rule, EXAMPLES)
                    .anyMatch(c -> family ? c.startsWith(rule.substring(0, rule.length() - 1)) : c.equals(rule));
        }
    }

    /** "verb:dobj+s:pronoun+o:body" is recorded by verb:dobj, pronoun and body. */
    static boolean recordedBy(String method, String rule) {
        String[] parts = method.split("\\+");
        if (parts[0].equals(rule)) {
            return true;
        }
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].substring(2).equals(rule)) {
                return true;
            }
        }
        return false;
    }

    private static String triple(Fact f) {
        return f.subject() + " " + f.plover() + " " + f.object();
    }

    private static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(EXAMPLES)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header) {
                header = false;
                continue;
            }
            out.add(new Example(cells[0], cells[1], cells[2], cells.length > 3 ? cells[3] : ""));
        }
        return out;
    }
}
