# Shorthand for the go commands that build and check whosaid. CI runs
# .ci/run, which calls the same targets.

.PHONY: build test check golden fuzz score bench gobench e2e ci

build:
	go build -o bin/whosaid ./cmd/whosaid

test:
	go test -race ./...

check:
	@files="$$(gofmt -l .)"; if [ -n "$$files" ]; then \
		echo "gofmt needs to be run on:"; echo "$$files"; exit 1; \
	fi
	go vet ./...
	go tool staticcheck ./...

# Rewrite the golden files after a change in output; review the diff.
golden:
	go test ./cmd/whosaid -run Golden -update

# Fuzz quotes.Find, then the whole extraction of an article, each for
# FUZZTIME (make fuzz FUZZTIME=5m). CI runs only their seed corpora.
FUZZTIME ?= 30s

fuzz:
	go test ./quotes -run '^$$' -fuzz '^FuzzFind$$' -fuzztime $(FUZZTIME)
	go test ./internal/record -run '^$$' -fuzz '^FuzzExtract$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 10s

# Score the seed articles against the shared gold annotations (needs python3).
score: build
	bin/whosaid ../shared/seeds/*.txt | python3 ../shared/tools/score.py ../shared/gold/seeds.jsonl /dev/stdin --verbose

# Compare whosaid's CPU time and peak memory with prose's full pipeline
# (../shared/tools/prosebase) on the same articles, in one run. By default
# on the seed articles given 50 times each, a quick check; for a real
# measure, a directory of news articles:
#   make bench ARTICLES=/tmp/pn/polnear/train/texts
ARTICLES ?= testdata/articles
PROSEBASE ?= ../shared/tools/prosebase

bench:
	go run ./internal/cmd/bench -prosebase $(PROSEBASE) $(ARTICLES)

# The Go benchmarks: quotes.Find, the extraction of an article, model loading.
gobench:
	go test -run '^$$' -bench . -benchmem ./...

# Open the HTML report in headless Chromium (apt-get install chromium), click
# through it, and save a screenshot to $$WHOSAID_SCREENSHOT (by default
# /tmp/whosaid-report.png).
e2e:
	go test -tags e2e -run E2E -count 1 -v ./cmd/whosaid

ci: check test
