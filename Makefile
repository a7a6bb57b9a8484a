# Vertailu. `make run` and `make test` are the two commands a newcomer needs (see README).
GO ?= go
export LANG ?= en_US.UTF-8

.PHONY: setup run build test vet lint unit fuzz bench screenshots prefs-check dist

setup:
	bash scripts/setup.sh

run: setup
	$(GO) run ./cmd/vertailu $(DIR)

build:
	$(GO) build -o vertailu ./cmd/vertailu

vet:
	$(GO) vet ./...

# go.mod tidy, staticcheck and gofumpt (both pinned as tools in go.mod); any finding fails.
lint:
	$(GO) mod tidy -diff
	$(GO) tool staticcheck ./...
	@out=$$($(GO) tool gofumpt -l .); if [ -n "$$out" ]; then echo "gofumpt would change:"; echo "$$out"; exit 1; fi

# FYNE_CACHE: Fyne drops a widget's renderer after a minute unused, and on a busy machine the
# UI golden images were captured with buttons and tabs missing; an hour outlasts any test.
unit:
	FYNE_CACHE=1h $(GO) test -race -count=1 ./...

# The parser alone, then the loader itself (several files through one worker's reused buffer),
# then a saved web page read as its text, a list row, a list file, a printed PDF's text. Each
# runs a count of inputs (seconds to a minute each on the 2-core build machine), not a time: with a
# time, Go 1.26's fuzzing coordinator can fail a run that found nothing with "context deadline
# exceeded" when a worker is mid-input as the time runs out (golang/go#75804, seen in a busy
# make test on FuzzLoad); a count sets no deadline, so a busy machine is only slower.
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime 60000x -fuzzminimizetime 2s ./data/load
	$(GO) test -run '^$$' -fuzz '^FuzzLoad$$' -fuzztime 1000x -fuzzminimizetime 2s ./data/load
	$(GO) test -run '^$$' -fuzz '^FuzzPageParse$$' -fuzztime 80000x -fuzzminimizetime 2s ./data/load
	$(GO) test -run '^$$' -fuzz '^FuzzListRow$$' -fuzztime 200000x -fuzzminimizetime 2s ./data/list
	$(GO) test -run '^$$' -fuzz '^FuzzListFile$$' -fuzztime 150000x -fuzzminimizetime 2s ./data/list
	$(GO) test -run '^$$' -fuzz '^FuzzPrinted$$' -fuzztime 50000x -fuzzminimizetime 2s ./data/eura
	$(GO) test -run '^$$' -fuzz '^FuzzOwnJSON$$' -fuzztime 50000x -fuzzminimizetime 2s ./data

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Screenshots of the real app under Xvfb (fails when no window appears or a shot is blank).
screenshots:
	bash scripts/screenshots.sh

# The real app started, changed and quit 20 times: no preference lost, no error logged.
prefs-check:
	bash scripts/prefs-check.sh 20

# Everything CI checks: vet, lint, every test with the race detector, a short fuzz of the parser,
# the real app under Xvfb, the installable builds with their checks, and the Windows build run
# under Wine.
test: setup vet lint unit fuzz screenshots prefs-check dist wine-check

# Installable builds in dist/: Linux tar.xz, Windows .exe and MSI (see scripts/dist.sh), checked.
dist:
	bash scripts/dist.sh

.PHONY: dist-check
dist-check:
	bash scripts/dist-check.sh dist

# The Windows .exe and MSI of dist/ under Wine (a stand-in for Windows), in a fresh prefix:
# the commands compared with Linux, network-share and long paths, the Windows-only Go tests,
# install/upgrade/uninstall of the MSI, the GUI under Xvfb. About a minute; see the README.
.PHONY: wine-check
wine-check: dist
	bash scripts/wine-check.sh
