#!/usr/bin/env bash
# Runs each libFuzzer target for the given number of seconds (default 30), seeded from the corpus
# kept in git (fuzz/corpus/<target>/, small files, read only). What the fuzzer learns goes to a
# working corpus in build/asan/fuzz/corpus/, kept between runs. Built by the asan preset.
# A crash, a leak or a broken round trip leaves its input in build/asan/fuzz/findings/ and fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-30}
out="$root/build/asan/fuzz"
findings="$out/findings"
mkdir -p "$findings"
for name in page_parser catalogue_json catalogue_binary search; do
  fuzzer="$out/${name}_fuzzer"
  if [ ! -x "$fuzzer" ]; then
    echo "fuzz: $fuzzer is not built: run 'cmake --preset asan && cmake --build build/asan'" >&2
    exit 2
  fi
  work="$out/corpus/$name"
  mkdir -p "$work"
  echo "fuzz: ${name}_fuzzer for ${seconds}s"
  "$fuzzer" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$findings/${name}-" -print_final_stats=1 "$work" "$root/fuzz/corpus/$name" 2>&1 \
    | grep -E "^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)" || true
  if compgen -G "$findings/${name}-*" > /dev/null; then
    echo "fuzz: ${name}_fuzzer found a problem: see $findings/" >&2
    exit 1
  fi
done
