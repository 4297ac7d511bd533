#!/usr/bin/env sh
# Installs the RDF parsers other than Jena that the export tests read every format with (N3.js, jsonld.js,
# rdfxml-streaming-parser; versions pinned in package-lock.json) into target/node. Needs Node.js, npm and the npm
# registry; without them the tests skip those checks and say why.
set -eu
cd "$(dirname "$0")/../../.."
mkdir -p target/node
cp src/test/node/package.json src/test/node/package-lock.json target/node/
cd target/node
npm ci --no-audit --no-fund --loglevel=error
