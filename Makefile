# jcta: `make run` builds and starts the questionnaire; `make test` builds and runs every test.
SWIFT ?= swift
RELEASE_BIN := .build/release/jcta
DEBUG_BIN := .build/debug/jcta

.PHONY: deps build release run test unit e2e docs bench fuzz soak install uninstall clean

deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build

# Release builds are one static executable (Swift runtime, Foundation, C++ runtime, ncursesw and the C
# library linked in, no position-independent relocations): start-up runs no dynamic linker (see README,
# Performance). `make release STATIC=--static-swift-stdlib` links the C libraries dynamically, `STATIC=` the
# Swift libraries too.
STATIC ?= --static-swift-stdlib -Xswiftc -static-executable -Xlinker -ltinfo
# Generic types' metadata from accessor functions in the dependencies too (Package.swift sets it for jcta's own
# modules): ArgumentParser instantiating its wrappers from mangled names scanned every conformance in the
# binary to check their requirements, 3 M instructions of `jcta classify`.
ACCESSORS := -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors

release: deps
	$(SWIFT) build -c release $(STATIC) $(ACCESSORS)

run: release
	$(RELEASE_BIN) $(ARGS)

# Unit and screen tests, the end-to-end tests that drive the built binary (tmux, every Tests/EndToEnd/test_*.py),
# a replay of the fuzz corpus, and a short seeded fuzz run.
test: deps
	$(SWIFT) build
	$(SWIFT) test
	python3 Tests/EndToEnd/run.py $(DEBUG_BIN) < /dev/null
	.build/debug/FuzzLoader Tests/Fixtures/fuzz/loader Tests/Fixtures/invalid Tests/Fixtures/valid Questionnaires
	.build/debug/FuzzAnswers Tests/Fixtures/fuzz/answers Tests/Fixtures/casebook
	$(MAKE) fuzz FUZZ_TIME=20 FUZZ_SEED=1

# The rules as pictures: docs/flow-<edition>.svg (Japanese) and docs/flow-<edition>-en.svg for every embedded
# edition, drawn by Graphviz; each SVG keeps the DOT it was drawn from, which a unit test compares with the rules.
# Then the user guide's screen captures are copied from the golden screens (a unit test fails while one is stale).
docs: build
	for edition in $$($(DEBUG_BIN) editions | cut -d' ' -f1); do \
	  $(DEBUG_BIN) flow --edition $$edition --lang ja --format svg --output docs/flow-$$edition.svg --force && \
	  $(DEBUG_BIN) flow --edition $$edition --lang en --format svg --output docs/flow-$$edition-en.svg --force || exit 1; \
	done
	python3 scripts/guide-captures.py

# Benchmark: jcta beside dialog and whiptail in one run; prints a table, writes bench/results.json.
bench:
	./scripts/install-deps.sh bench
	$(SWIFT) build -c release $(STATIC) $(ACCESSORS) --scratch-path .build-bench --product jcta
	python3 bench/bench.py --jcta .build-bench/release/jcta $(BENCH_ARGS)

# Fuzzing: FuzzLoader (questionnaire loader + validator) and FuzzAnswers (answers-file parser +
# classifier), built with coverage + AddressSanitizer and linked with libFuzzer's driver, FUZZ_TIME s each.
# (`-sanitize=fuzzer` cannot be used: it links libFuzzer's `main` into the EmbedQuestionnaires build tool too.)
FUZZ_TIME ?= 60
FUZZ_SEED ?= 0
FUZZER_LIB ?= $(firstword $(wildcard $(dir $(realpath $(shell command -v $(SWIFT))))../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a))
FUZZ_BUILD = $(SWIFT) build --scratch-path .build-fuzz --sanitize=address \
	-Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp -Xswiftc -DFUZZING \
	-Xlinker $(FUZZER_LIB) -Xlinker -lstdc++
fuzz: deps
	@test -n "$(FUZZER_LIB)" || { echo "no libclang_rt.fuzzer_no_main in the Swift toolchain"; exit 1; }
	$(FUZZ_BUILD) --product FuzzLoader
	$(FUZZ_BUILD) --product FuzzAnswers
	./scripts/fuzz.sh $(FUZZ_TIME) $(FUZZ_SEED)

# Soak: one kiosk process through SOAK_SCREENINGS complete screenings (exports and idle resets between them);
# prints resident memory and open descriptors. `make test` runs 100 of them.
SOAK_SCREENINGS ?= 1000
SOAK_BIN ?= $(DEBUG_BIN)
soak: deps
	$(SWIFT) build
	SOAK_SCREENINGS=$(SOAK_SCREENINGS) python3 Tests/EndToEnd/test_soak.py $(SOAK_BIN) < /dev/null

# Install: the binary, a man page generated from the command definitions (swift-argument-parser's
# generate-manual tool reads `jcta --experimental-dump-help`, so the page never drifts from --help) and the
# bash, zsh and fish completions jcta generates. PREFIX=/usr/local by default; DESTDIR stages for a package.
# INSTALL_BIN installs another build of jcta (the install test uses the debug build it already has).
PREFIX ?= /usr/local
DESTDIR ?=
INSTALL_BIN ?= $(RELEASE_BIN)
MANUAL_TOOL := .build/debug/generate-manual
STAGE := .build/install
BINDIR = $(DESTDIR)$(PREFIX)/bin
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
INSTALLED = $(BINDIR)/jcta $(MANDIR)/jcta.1 $(BASHDIR)/jcta $(ZSHDIR)/_jcta $(FISHDIR)/jcta.fish

install: $(if $(filter $(RELEASE_BIN),$(INSTALL_BIN)),release)
	$(SWIFT) build --product generate-manual
	rm -rf $(STAGE) && mkdir -p $(STAGE)
	$(MANUAL_TOOL) $(INSTALL_BIN) --output-directory $(STAGE)
	$(INSTALL_BIN) --generate-completion-script bash > $(STAGE)/jcta.bash
	$(INSTALL_BIN) --generate-completion-script zsh > $(STAGE)/_jcta
	$(INSTALL_BIN) --generate-completion-script fish > $(STAGE)/jcta.fish
	install -d $(BINDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 755 $(INSTALL_BIN) $(BINDIR)/jcta
	install -m 644 $(STAGE)/jcta.1 $(MANDIR)/jcta.1
	install -m 644 $(STAGE)/jcta.bash $(BASHDIR)/jcta
	install -m 644 $(STAGE)/_jcta $(ZSHDIR)/_jcta
	install -m 644 $(STAGE)/jcta.fish $(FISHDIR)/jcta.fish

# Removes exactly what install put there, then the directories it made if nothing else is in them.
uninstall:
	rm -f $(INSTALLED)
	for dir in $(MANDIR) $(DESTDIR)$(PREFIX)/share/man $(BASHDIR) $(DESTDIR)$(PREFIX)/share/bash-completion \
	           $(ZSHDIR) $(DESTDIR)$(PREFIX)/share/zsh $(FISHDIR) $(DESTDIR)$(PREFIX)/share/fish \
	           $(DESTDIR)$(PREFIX)/share $(BINDIR); do \
	  [ ! -d "$$dir" ] || rmdir --ignore-fail-on-non-empty "$$dir"; \
	done

clean:
	rm -rf .build
