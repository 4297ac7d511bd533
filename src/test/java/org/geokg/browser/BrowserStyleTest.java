package org.geokg.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.model.ActorType;
import org.geokg.model.Plover;
import org.junit.jupiter.api.Test;

/** The Browser style covers every actor kind and PLOVER type: cooperation cool, conflict warm. */
class BrowserStyleTest {
    private static final Pattern RULE = Pattern.compile("(?s)([\\w.]+) \\{(.*?)\\n\\}");
    private static final Pattern PROP = Pattern.compile("([\\w-]+): ([^;]+);");

    @Test
    void everyActorKindHasItsColourAndIsCaptionedByName() throws Exception {
        Map<String, Map<String, String>> rules = rules();
        for (ActorType type : ActorType.values()) {
            Map<String, String> rule = rules.get("node." + type.name());
            assertThat(rule).as("a rule for node." + type.name()).isNotNull();
            assertThat(rule).containsEntry("caption", "'{name}'").containsKey("color");
        }
        assertThat(rules.get("node.Article")).containsEntry("caption", "'{title}'");
        assertThat(rules.get("node.Fact")).containsEntry("caption", "'{plover}'");
        long colours = rules.entrySet().stream().filter(e -> e.getKey().startsWith("node."))
                .map(e -> e.getValue().get("color")).distinct().count();
        assertThat(colours).as("distinct node colours").isEqualTo(rules.keySet().stream()
                .filter(k -> k.startsWith("node.")).count());
    }

    @Test
    void conflictTypesAreWarmAndCooperationTypesCool() throws Exception {
        Map<String, Map<String, String>> rules = rules();
        for (Plover p : Plover.values()) {
            Map<String, String> rule = rules.get("relationship." + p.name());
            assertThat(rule).as("a rule for relationship." + p.name()).isNotNull();
            assertThat(rule).containsEntry("caption", "'<type>'");
            float hue = hue(rule.get("color"));
            boolean conflict = p.quadClass().name().endsWith("CONFLICT");
            if (conflict) {
                assertThat(hue < 60 || hue > 300).as(p + " " + rule.get("color") + " is warm (hue " + hue + ")").isTrue();
            } else {
                assertThat(hue > 90 && hue < 270).as(p + " " + rule.get("color") + " is cool (hue " + hue + ")").isTrue();
            }
        }
    }

    private static float hue(String hex) {
        Color c = Color.decode(hex);
        return Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null)[0] * 360;
    }

    private static Map<String, Map<String, String>> rules() throws Exception {
        String grass = Files.readString(Path.of("cypher/browser/geokg.grass"));
        Map<String, Map<String, String>> rules = new HashMap<>();
        Matcher m = RULE.matcher(grass);
        while (m.find()) {
            Map<String, String> props = new HashMap<>();
            Matcher p = PROP.matcher(m.group(2));
            while (p.find()) {
                props.put(p.group(1), p.group(2).strip());
            }
            assertThat(rules.put(m.group(1), props)).as("one rule for " + m.group(1)).isNull();
        }
        return rules;
    }
}
