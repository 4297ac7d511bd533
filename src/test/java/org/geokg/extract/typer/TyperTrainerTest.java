package org.geokg.extract.typer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer on the repo's labeled sentences: every row reads, and the same rows give the same model file. */
class TyperTrainerTest {
    private static final Path SENTENCES = Path.of("src/main/resources/typer/sentences");

    @Test
    void everyLabeledSentenceReadsAndEveryLabelHasExamples() throws IOException {
        List<TyperTrainer.Example> all = TyperTrainer.read(SENTENCES);
        assertThat(all).hasSizeGreaterThan(2500);
        for (String label : TyperTrainer.labels()) {
            assertThat(all).as("examples of %s", label).filteredOn(e -> e.label().equals(label)).hasSizeGreaterThan(80);
        }
    }

    @Test
    void theSameRowsGiveTheSameModel(@TempDir Path dir) throws IOException {
        List<TyperTrainer.Example> some = TyperTrainer.read(SENTENCES).subList(0, 300);
        List<float[]> xs = TyperTrainer.features(some);
        TyperTrainer trainer = new TyperTrainer();
        trainer.train(some, xs, dir.resolve("a.tsv"));
        trainer.train(some, TyperTrainer.features(some), dir.resolve("b.tsv"));
        assertThat(Files.readString(dir.resolve("a.tsv"))).isEqualTo(Files.readString(dir.resolve("b.tsv")));
    }

    @Test
    void aBadRowIsAnErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.tsv"), "# comment\nAGREE\tChile\tPeru\tChile met Bolivia.\n");
        assertThatThrownBy(() -> TyperTrainer.read(dir)).hasMessageContaining("bad.tsv:2")
                .hasMessageContaining("'Peru' is not in the sentence");
    }
}
