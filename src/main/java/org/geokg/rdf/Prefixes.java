package org.geokg.rdf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.riot.system.StreamRDF;

/** The prefixes every export declares, so Turtle, TriG, JSON-LD and RDF/XML stay readable. */
final class Prefixes {
    private Prefixes() {
    }

    static Map<String, String> of(Iris iris) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("gk", Iris.GK);
        p.put("plover", Iris.PLOVER);
        p.put("schema", Iris.SCHEMA);
        p.put("prov", Iris.PROV);
        p.put("skos", Iris.SKOS);
        p.put("wd", Iris.WD);
        p.put("rdf", Iris.RDF);
        p.put("rdfs", Iris.RDFS);
        p.put("owl", Iris.OWL);
        p.put("xsd", Iris.XSD);
        p.put("actor", iris.base() + "actor/");
        p.put("fact", iris.base() + "fact/");
        p.put("article", iris.base() + "article/");
        return p;
    }

    static void declare(StreamRDF out, Iris iris) {
        of(iris).forEach(out::prefix);
    }
}
