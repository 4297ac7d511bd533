// Reads an RDF file with parsers other than Jena (N3.js, jsonld.js, rdfxml-streaming-parser) and prints what it
// read as N-Quads, so a Java test can compare it with Jena's reading of the same file.
// Usage: node parse.js FORMAT FILE, FORMAT one of ttl, trig, nt, nq, jsonld, rdfxml. Exit 1 on a parse error.
// JSON-LD documents may not fetch anything: the export's @context is inline.
'use strict';
const fs = require('fs');
const N3 = require('n3');

const N3_FORMATS = { ttl: 'Turtle', trig: 'TriG', nt: 'N-Triples', nq: 'N-Quads' };

async function read(format, file) {
  const text = fs.readFileSync(file, 'utf8');
  if (N3_FORMATS[format]) {
    return new N3.Parser({ format: N3_FORMATS[format] }).parse(text);
  }
  if (format === 'jsonld') {
    const jsonld = require('jsonld');
    const noFetch = (url) => { throw new Error('remote context fetch attempted: ' + url); };
    return jsonld.toRDF(JSON.parse(text), { documentLoader: noFetch, safe: true });
  }
  if (format === 'rdfxml') {
    const { RdfXmlParser } = require('rdfxml-streaming-parser');
    return new Promise((resolve, reject) => {
      const quads = [];
      new RdfXmlParser({ strict: true })
        .on('data', (q) => quads.push(q)).on('error', reject).on('end', () => resolve(quads))
        .end(text);
    });
  }
  throw new Error('unknown format ' + format);
}

read(process.argv[2], process.argv[3])
  .then((quads) => {
    const writer = new N3.Writer({ format: 'N-Quads' });
    writer.addQuads(quads);
    writer.end((error, result) => {
      if (error) throw error;
      process.stdout.write(result);
    });
  })
  .catch((e) => { console.error(String(e && e.message || e)); process.exit(1); });
