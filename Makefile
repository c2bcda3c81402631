# Shorthand for the go commands that build and check whosaid. CI runs
# .ci/run, which calls the same targets.

.PHONY: build test check golden fuzz score bench gobench e2e ci
.PHONY: beam beam-check beam-test beam-compare

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

# The Beam pipeline is a module of its own, cmd/whosaid-beam, so that Beam's
# dependencies never reach the CLI; ./... above does not enter it. Its first
# build takes several minutes. Its tests run pipelines on Prism in this
# process; they run without -race, which would build all of Beam a second
# time for code that shares nothing but a sync.OnceValues.
beam:
	cd cmd/whosaid-beam && go build -o ../../bin/whosaid-beam .

# gofmt at the top already covers the module's files. staticcheck is the
# one pinned in the main go.mod, built once into bin/. Not part of check:
# cold, it compiles all of Beam, minutes that a change to the CLI should
# not cost; CI runs it.
beam-check:
	go build -o bin/staticcheck honnef.co/go/tools/cmd/staticcheck
	cd cmd/whosaid-beam && go vet ./... && ../../bin/staticcheck ./...

beam-test:
	cd cmd/whosaid-beam && go test -timeout 20m ./...

# The README's examples: whosaid-beam on the test articles must write, in
# some order, exactly the records that whosaid writes for them, and with
# --group, the same groups in the same order.
beam-compare: build beam
	rm -rf bin/beam-compare
	bin/whosaid-beam --input 'testdata/articles/*.txt' --output bin/beam-compare/quotes 2>bin/beam-compare.log \
		|| { cat bin/beam-compare.log; exit 1; }
	bin/whosaid testdata/articles/*.txt | LC_ALL=C sort >bin/beam-compare/cli.sorted
	cat bin/beam-compare/quotes-*.jsonl | LC_ALL=C sort | diff bin/beam-compare/cli.sorted -
	@echo "beam-compare: $$(wc -l <bin/beam-compare/cli.sorted) records, the same from whosaid and whosaid-beam"
	for g in quote speaker; do \
		bin/whosaid-beam --group $$g --input 'testdata/articles/*.txt' --output bin/beam-compare/$$g 2>bin/beam-compare.log \
			|| { cat bin/beam-compare.log; exit 1; }; \
		bin/whosaid --group $$g testdata/articles/*.txt | diff - bin/beam-compare/$$g-00000-of-00001.jsonl || exit 1; \
		echo "beam-compare: --group $$g: $$(wc -l <bin/beam-compare/$$g-00000-of-00001.jsonl) groups, the same, in the same order"; \
	done
