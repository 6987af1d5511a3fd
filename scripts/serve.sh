#!/usr/bin/env bash
# Serves a folder on 127.0.0.1 (the viewer is a static site; any web server will do).
set -euo pipefail
dir=${1:-dist}
port=${2:-8000}
echo "Vitrine is at http://127.0.0.1:$port/  (Ctrl+C stops it)"
exec python3 -m http.server --bind 127.0.0.1 --directory "$dir" "$port"
