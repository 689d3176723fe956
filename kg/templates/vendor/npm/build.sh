#!/bin/sh
# Rebuilds ../geokg-libs.min.js and ../countries-110m.json from the npm registry (versions pinned in
# package.json). Run from this directory; needs node and npm. The output is committed, so the
# Python package never needs node.
set -eu
npm install --no-audit --no-fund --no-save
npx esbuild entry.js --bundle --minify --format=iife --target=es2019 --legal-comments=none --outfile=../geokg-libs.min.js
cp node_modules/world-atlas/countries-110m.json ../countries-110m.json
