package org.geokg.rdf;

import org.apache.jena.riot.system.StreamRDF;

/** The prefixes every export declares, so Turtle and TriG stay readable. */
final class Prefixes {
    private Prefixes() {
    }

    static void declare(StreamRDF out, Iris iris) {
        out.prefix("gk", Iris.GK);
        out.prefix("plover", Iris.PLOVER);
        out.prefix("schema", Iris.SCHEMA);
        out.prefix("prov", Iris.PROV);
        out.prefix("skos", Iris.SKOS);
        out.prefix("wd", Iris.WD);
        out.prefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        out.prefix("owl", "http://www.w3.org/2002/07/owl#");
        out.prefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        out.prefix("actor", iris.base() + "actor/");
        out.prefix("fact", iris.base() + "fact/");
        out.prefix("article", iris.base() + "article/");
    }
}
