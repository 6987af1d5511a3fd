#!/usr/bin/env bash
# Benchmarks: native figures, then Vitrine-in-WebAssembly beside MiniSearch and FlexSearch in Node.
# Generated catalogues and query logs go to build/bench/ (never committed).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mkdir -p build/bench
for size in 10000 100000; do
  [ -f "build/bench/catalogue-$size.json" ] || build/native/vitrine-generate --count "$size" --seed 42 -o "build/bench/catalogue-$size.json"
done
build/native/vitrine-bench --queries-out build/bench/queries
node --expose-gc --max-old-space-size=8192 bench/search-bench.mjs
