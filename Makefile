# Thin entry points; the work is in scripts/ and CMake. `make help` lists them.
PORT ?= 8000
JOBS ?= $(shell nproc)
export NODE_PATH := $(if $(NODE_PATH),$(NODE_PATH):,)/usr/share/nodejs

.PHONY: help setup setup-browser native packer web run test test-native test-e2e test-fresh asan asan-build fuzz fuzz-smoke bench clean

help:
	@echo "make run     build the viewer and serve dist/ on http://127.0.0.1:$(PORT)/"
	@echo "make test    build everything and run every test (native, sanitizers, fuzzers, browser)"
	@echo "make native  core, CLI (build/native/vitrine) and tests"
	@echo "make web     the viewer and the Node core into dist/"
	@echo "make asan    sanitizer build and its tests;  make fuzz: long fuzzing runs;  make bench: benchmarks"
	@echo "make test-fresh  the two commands above on a new minimal Debian 12 (debootstrap; root; about 30 min)"

setup:
	@scripts/setup.sh

setup-browser:
	@scripts/setup.sh --browser

native: setup
	@cmake --preset native >/dev/null
	@cmake --build --preset native -j $(JOBS)

# Serving needs only the catalogue packer, not the whole native test suite.
packer: setup
	@cmake --preset native >/dev/null
	@cmake --build --preset native -j $(JOBS) --target vitrine

web: packer
	@scripts/build-web.sh

run: web
	@scripts/serve.sh dist $(PORT)

test: setup-browser test-native web test-e2e fuzz-smoke

test-native: native
	@ctest --preset native

test-e2e: setup-browser
	@node --test --test-concurrency=1 tests/e2e/

test-fresh:
	@scripts/test-fresh.sh

asan-build: setup
	@cmake --preset asan >/dev/null
	@cmake --build --preset asan -j $(JOBS)

asan: asan-build
	@ctest --preset asan

# About 30 s per fuzzer inside `make test`; `make fuzz` runs them for 10 minutes each.
fuzz-smoke: asan-build
	@scripts/fuzz.sh 30

fuzz: asan-build
	@scripts/fuzz.sh $${FUZZ_SECONDS:-600}

bench: native web
	@scripts/bench.sh

clean:
	rm -rf build dist
