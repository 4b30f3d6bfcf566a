# rcvm — see README.md. `make run` is the main job, `make test` is what CI runs.
GO       ?= go
# An execution count, not a duration: Go 1.26's fuzz coordinator can fail a
# duration-bound run with a bare "context deadline exceeded" at the deadline
# on a loaded machine (golang/go#75804, fixed in Go 1.27).
FUZZTIME ?= 50000x
PKGS     := ./...

.PHONY: all build run test deps lint unit race fuzz inline-check example bench paper peers cpython-tests ccbench clean

all: build

build:
	$(GO) build -o bin/rcvm ./cmd/rcvm

# The main job: quick versions of the overhead, scaling and io experiments,
# results and figures in out/quick/, and a summary table.
run: build
	./bin/rcvm experiment overhead scaling io -quick -out out/quick

test: deps lint unit race fuzz inline-check example

# Debian packages the tests use: CPython 3.11's standard library (rcvm runs
# it unchanged, see README), its example programs and its test suite.
# Installed with apt-get where missing (CI runs as root); silent when they
# are all there. Without dpkg/apt-get it says what to install and goes on.
DEBS := libpython3.11-stdlib python3.11-examples libpython3.11-testsuite
deps:
	@missing=""; for p in $(DEBS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if ! command -v apt-get >/dev/null 2>&1; then \
	    echo "make deps: not a Debian system; install CPython 3.11's standard library ($$missing) or use rcvm run -stdlib DIR"; \
	  else \
	    sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	    echo "make deps: installing$$missing"; \
	    $$sudo apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  fi; \
	fi

lint:
	@out=$$(gofmt -l $$($(GO) list -f '{{$$d := .Dir}}{{range .GoFiles}}{{$$d}}/{{.}} {{end}}{{range .TestGoFiles}}{{$$d}}/{{.}} {{end}}' $(PKGS))); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)
	$(GO) tool staticcheck $(PKGS)

unit: build
	RCVM_BIN=$(CURDIR)/bin/rcvm $(GO) test -count=1 -timeout 8m $(PKGS)

# The multi-thread stress suite under the race detector, for every strategy
# that claims to be thread-safe.
race:
	$(GO) test -race -count=1 -timeout 8m -run 'Stress|Race' ./core/... ./strategies/...

# Short fuzz runs of the front end: no input may panic.
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzLexer$$' -fuzztime $(FUZZTIME) ./core/syntax
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./core/syntax
	$(GO) test -run '^$$' -fuzz '^FuzzCompile$$' -fuzztime $(FUZZTIME) ./core/compile

# The reference-count fast paths must stay inlinable (DESIGN.md, "Dispatch").
inline-check:
	@$(GO) build -gcflags=-m ./core 2>&1 | grep -E 'can inline \(\*Thread\)\.(Incref|Decref)\b' | sort -u > /tmp/rcvm-inline.txt; \
	  n=$$(wc -l < /tmp/rcvm-inline.txt); cat /tmp/rcvm-inline.txt; \
	  if [ "$$n" -lt 2 ]; then echo "Incref/Decref are no longer inlinable"; exit 1; fi

# examples/customstrategy is a module of its own (a strategy written outside
# rcvm), so ./... above does not reach it: lint and test it in its directory,
# its stress test under the race detector too.
example:
	@cd examples/customstrategy && out=$$(gofmt -l .); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	cd examples/customstrategy && $(GO) vet ./... && $$(cd ../.. && $(GO) tool -n staticcheck) ./...
	cd examples/customstrategy && $(GO) test -count=1 ./... && $(GO) test -race -count=1 -run 'Stress|Paths' ./sharedmark

bench: build
	mkdir -p out
	$(GO) test -run '^$$' -bench . -benchmem -count 5 ./core/ | tee out/bench.txt
	./bin/rcvm experiment vscpython -out out/bench

# Every experiment at full size into paper/results/, then the figures and
# the generated blocks of paper/paper.md.
paper: build
	./bin/rcvm paper -run

# CPython's own regression tests (Lib/test's core-language modules) under
# CPython, the GIL and brc, one process per module: a table per module and
# a total line per runner (make test runs the fast subset against a floor:
# internal/cpythontests/testdata/fast_baseline.json).
# The outcomes go beside the experiments' results, and the paper's table
# (section 4.13) is regenerated from them.
cpython-tests: build deps
	./bin/rcvm cpython-tests -out paper/results/cpython-tests.json
	./bin/rcvm paper

# CPython's ccbench (Debian's python3.11-examples), unchanged, on every
# strategy and CPython: about a minute a run, so not part of `make paper`;
# the results go beside the paper's, whose ccbench table is regenerated.
ccbench: build deps
	./bin/rcvm experiment ccbench -out paper/results
	./bin/rcvm paper

# CPython 3.13 with its GIL and free-threaded (--disable-gil), built into a
# cache outside the repository (RCVM_PEERS, default ~/.cache/rcvm/peers)
# for the experiments' -python peers; about 10 minutes on 2 cores.
peers:
	experiments/peers/build.sh

clean:
	rm -rf bin out
