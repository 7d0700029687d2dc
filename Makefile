# jcta: `make run` builds and starts the questionnaire; `make test` builds and runs every test.
SWIFT ?= swift
RELEASE_BIN := .build/release/jcta
DEBUG_BIN := .build/debug/jcta

.PHONY: deps build release run test unit e2e bench fuzz clean

deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build

# Release builds link the Swift runtime and Foundation statically: start-up then maps no Swift shared
# libraries and relocates none of their symbols (see README, Performance). `make release STATIC=` links them
# dynamically.
STATIC ?= --static-swift-stdlib

release: deps
	$(SWIFT) build -c release $(STATIC)

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

# Benchmark: jcta beside dialog and whiptail in one run; prints a table, writes bench/results.json.
bench:
	./scripts/install-deps.sh bench
	$(SWIFT) build -c release $(STATIC) --scratch-path .build-bench --product jcta
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

clean:
	rm -rf .build
