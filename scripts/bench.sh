#!/usr/bin/env bash
# Benchmarks (make bench): native figures, then Vitrine-in-WebAssembly beside MiniSearch and
# FlexSearch in Node, then cold start in Chromium for JSON, catalogue.vitrine and a bare
# JSON.parse. Catalogues are vitrine-generate's realistic ones (tools/generate/realistic_catalogue.cpp).
# Generated catalogues and query logs go to build/bench/ (never committed).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mkdir -p build/bench
# A catalogue older than the generator is made again: the queries come from the generator's
# current output (vitrine-bench makes them in memory) and must match the catalogue searched.
for size in 10000 100000; do
  file="build/bench/catalogue-$size.json"
  [ "$file" -nt build/native/vitrine-generate ] || build/native/vitrine-generate --count "$size" --seed 42 -o "$file"
  [ "build/bench/catalogue-$size.vitrine" -nt "$file" ] || build/native/vitrine pack "$file" --format binary -o "build/bench/catalogue-$size.vitrine"
done
build/native/vitrine-bench --queries-out build/bench/queries
node --expose-gc --max-old-space-size=8192 bench/search-bench.mjs
node bench/cold-start.mjs 100000
