# medmatch: `make run` serves the demo corpus at http://127.0.0.1:8000; `make test` runs the tests.
# Everything installs into .venv on first use.

PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
CORPUS ?= corpus/demo/demo.jsonl
INDEX ?= var/index/$(shell printf '%s' "$(CORPUS)" | sha1sum | cut -c1-12)
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 2
PYTEST_ARGS ?=
STAMP := $(VENV)/.installed
ONNX := models/minilm-onnx/model.int8.onnx
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.DEFAULT_GOAL := help
.PHONY: help install run serve index test test-fast browser-deps eval ship-check train-adapter train-reranker train-triage train-requests bench lint clean

help: ## Show this help
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk -F':.*?## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) (Python 3.11)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# The CPU build of torch first, pinned, so nothing pulls a CUDA build of several GB.
	$(PY) -m pip install -q "torch==2.13.0"
	$(PY) -m pip install -q -e ".[torch,test,eval]"
	$(PY) -m indexer export-onnx --if-missing
	touch $@

# Exported again when missing or when the export recipe in indexer/encoder.py changed (the check
# is a no-op otherwise); checkouts installed earlier get the current graphs without reinstalling.
$(ONNX): indexer/encoder.py | $(STAMP)
	$(PY) -m indexer export-onnx --if-missing
	touch $@

install: $(STAMP) $(ONNX) ## Create .venv, install medmatch, export the ONNX model (offline)

index: $(STAMP) $(ONNX) ## Build the index of CORPUS (default: the demo corpus) if its inputs changed
	$(PY) -m indexer build $(CORPUS) --out $(INDEX) --if-changed

# A failed build never replaces the live index; `make run` then serves that index, saying so (and stops when
# there is none to serve).
run: $(STAMP) $(ONNX) ## Build if needed, then serve CORPUS at http://HOST:PORT with gunicorn
	@$(PY) -m indexer build $(CORPUS) --out $(INDEX) --if-changed || { test -f $(INDEX)/CURRENT && \
		echo "WARNING: the build of $(CORPUS) failed (above); serving the index built before it" >&2; }
	@echo "serving $(CORPUS) from $(INDEX) at http://$(HOST):$(PORT)"
	MEDMATCH_INDEX_ROOT=$(INDEX) MEDMATCH_HOST=$(HOST) MEDMATCH_PORT=$(PORT) MEDMATCH_WORKERS=$(WORKERS) \
		$(VENV)/bin/gunicorn -c service/gunicorn_conf.py 'service.app:create_app()'

serve: run ## Same as run

browser-deps: ## Debian's chromium for the browser tests (needs root, or skip them)
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
		|| echo "warning: could not install chromium; browser tests will be skipped"

test: $(STAMP) $(ONNX) browser-deps ## Install everything and run the whole test suite
	$(PY) -m pytest $(PYTEST_ARGS)

test-fast: $(STAMP) $(ONNX) ## Tests without the browser and fuzz tests
	$(PY) -m pytest -m "not browser and not slow" $(PYTEST_ARGS)

eval: $(STAMP) $(ONNX) ## Retrieval quality on LiveQA-Med 2017 (writes docs/evaluation.md)
	$(PY) -m eval.run $(EVAL_ARGS)

# A ranking change: `make ship-check OUT=var/ship/base.json` before it, then
# `make ship-check OUT=var/ship/new.json BASELINE=var/ship/base.json` after (exit 1 when the rule fails).
ship-check: $(STAMP) $(ONNX) ## Dev-set figures of the shipped ranker and the ship rule against BASELINE (no LiveQA)
	$(PY) -m eval.ship_check --out $(or $(OUT),var/ship/run.json) $(if $(BASELINE),--baseline $(BASELINE))

train-adapter: $(STAMP) $(ONNX) ## Train the query adapter (indexer/query_adapter.json) on the dev and graded dev messages
	$(PY) -m eval.train_adapter --folds 5

train-reranker: $(STAMP) $(ONNX) ## Fit a learned reranker on the graded dev set (writes indexer/reranker.json; none ships)
	$(PY) -m eval.train_reranker

train-triage: $(STAMP) $(ONNX) ## Retrain the emergency classifier (safety/emergency_classifier.json) on eval/'s labelled sets
	$(PY) -m eval.train_triage

train-requests: $(STAMP) $(ONNX) ## Retrain the clinic-request classifier (indexer/request_classifier.json) on eval/'s labelled sets
	$(PY) -m eval.train_requests

bench: $(STAMP) $(ONNX) ## Latency, load, build and cold-start benchmarks (writes docs/benchmarks.md)
	$(PY) -m bench.run $(BENCH_ARGS)

lint: $(STAMP) ## ruff
	$(PY) -m pip install -q ruff && $(VENV)/bin/ruff check corpus indexer service safety tests eval

clean: ## Remove built indexes, caches and the virtualenv
	rm -rf var models $(VENV) test-artifacts .pytest_cache
