package org.geokg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The named Cypher files under {@code cypher/} on the classpath, loaded once. A name is the path below
 * {@code cypher/} without the extension, e.g. {@code write/merge-facts} or {@code schema/V0001__constraints}.
 */
final class CypherLibrary {
    private static final String ROOT = "cypher/";
    private static volatile CypherLibrary instance;

    private final Map<String, String> texts;

    private CypherLibrary(Map<String, String> texts) {
        this.texts = texts;
    }

    static CypherLibrary load() {
        CypherLibrary lib = instance;
        if (lib == null) {
            synchronized (CypherLibrary.class) {
                if (instance == null) {
                    instance = new CypherLibrary(scan());
                }
                lib = instance;
            }
        }
        return lib;
    }

    String get(String name) {
        String text = texts.get(name);
        if (text == null) {
            throw new IllegalArgumentException("no Cypher file named '" + name + "' under " + ROOT);
        }
        return text;
    }

    /** Names below a folder, sorted (schema files apply in this order). */
    List<String> names(String folder) {
        List<String> out = new ArrayList<>();
        for (String name : texts.keySet()) {
            if (name.startsWith(folder + "/")) {
                out.add(name);
            }
        }
        return out;
    }

    /** Statements of a multi-statement file (schema files), split on ';' at line ends, comments dropped. */
    List<String> statements(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : get(name).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip().replaceAll(";$", ""));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static Map<String, String> scan() {
        Map<String, String> texts = new TreeMap<>();
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(CypherLibrary.class.getClassLoader())
                    .getResources("classpath*:" + ROOT + "**/*.cypher");
            for (Resource r : found) {
                String url = r.getURL().toString();
                String name = url.substring(url.lastIndexOf(ROOT) + ROOT.length(), url.length() - ".cypher".length());
                texts.put(name, new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Cypher files", e);
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no Cypher files found under " + ROOT + " on the classpath");
        }
        return texts;
    }
}
