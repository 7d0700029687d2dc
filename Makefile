# jcta: `make run` builds and starts the questionnaire; `make test` builds and runs every test.
SWIFT ?= swift
RELEASE_BIN := .build/release/jcta
DEBUG_BIN := .build/debug/jcta

.PHONY: deps build release run test unit e2e bench fuzz clean

deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

run: release
	$(RELEASE_BIN) $(ARGS)

# Unit and screen tests, then the end-to-end tests that drive the built binary.
test: deps
	$(SWIFT) build
	$(SWIFT) test
	@if [ -f Tests/EndToEnd/run.py ]; then python3 Tests/EndToEnd/run.py $(DEBUG_BIN); fi

clean:
	rm -rf .build
