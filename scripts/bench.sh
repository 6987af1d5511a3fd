#!/usr/bin/env bash
# Benchmarks (make bench): native figures, then Vitrine-in-WebAssembly beside MiniSearch and
# FlexSearch in Node, then cold start in Chromium for JSON, catalogue.vitrine and a bare
# JSON.parse. Catalogues are vitrine-generate's realistic ones (tools/generate/realistic_catalogue.cpp).
# Generated catalogues and query logs go to build/bench/ (never committed).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mkdir -p build/bench
# Runs a step and says how long it took, so that the whole stays within its 15 minutes.
timed() {
  local start=$SECONDS
  "$@"
  echo "(bench: ${*:1:2} took $((SECONDS - start)) s)"
}
# A catalogue older than the generator is made again: the queries come from the generator's
# current output (vitrine-bench makes them in memory) and must match the catalogue searched. A
# catalogue.vitrine older than the CLI is packed again, with the index as this version makes it.
for size in 10000 100000; do
  file="build/bench/catalogue-$size.json"
  [ "$file" -nt build/native/vitrine-generate ] || timed build/native/vitrine-generate --count "$size" --seed 42 -o "$file"
  [ "build/bench/catalogue-$size.vitrine" -nt "$file" ] && [ "build/bench/catalogue-$size.vitrine" -nt build/native/vitrine ] || timed build/native/vitrine pack "$file" --format binary -o "build/bench/catalogue-$size.vitrine"
done
timed build/native/vitrine-bench --queries-out build/bench/queries
timed node --expose-gc --max-old-space-size=8192 bench/search-bench.mjs
timed node bench/cold-start.mjs 100000
echo "(bench: all took $SECONDS s)"
