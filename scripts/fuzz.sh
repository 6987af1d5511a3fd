#!/usr/bin/env bash
# Runs each libFuzzer target for the given number of seconds, seeded with the golden pages
# (tests/golden/pages: *.md for the page parser, *.json for the JSON loader).
# Built by the asan preset (make asan). Findings are written to build/asan/fuzz/findings/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-30}
out="$root/build/asan/fuzz"
mkdir -p "$out/findings"
for pair in page_parser:md catalogue_json:json; do
  name=${pair%%:*}
  corpus="$out/corpus/$name"
  mkdir -p "$corpus"
  cp -n "$root/tests/golden/pages"/*."${pair##*:}" "$corpus/"
  echo "fuzz: ${name}_fuzzer for ${seconds}s"
  "$out/${name}_fuzzer" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$out/findings/" -print_final_stats=1 "$corpus" 2>&1 \
    | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)" || true
  if [ -n "$(ls -A "$out/findings")" ]; then
    echo "fuzz: ${name}_fuzzer found a problem: see $out/findings/" >&2
    exit 1
  fi
done
