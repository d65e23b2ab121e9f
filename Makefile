# Two commands are the contract: `make run` and `make test`. Both make their own
# virtual environment in .venv with the machine's python3 and are idempotent.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The stamp files remember which install a venv has had, so a second `make`
# installs nothing unless pyproject.toml changed.
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
DIST_STAMP := $(VENV)/.installed-dist

.PHONY: run test bench lint translations dist check-bundle clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(RUN_STAMP)

$(DIST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $@ $(RUN_STAMP)

# On Linux the app first checks the libraries its window needs (followup_desktop/preflight.py):
# a missing one is a message naming the packages to install, and exit status 2.
run: $(RUN_STAMP)
	$(BIN)/followup-desktop $(ARGS)

test: $(TEST_STAMP)
	$(BIN)/ruff check --quiet .
	$(BIN)/ruff format --check --quiet .
	QT_QPA_PLATFORM=offscreen $(BIN)/lint-imports --no-cache
	$(BIN)/python -m mypy
	$(BIN)/vulture followup_desktop vulture_whitelist.py --min-confidence 60
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# After adding or changing a user-visible text: bring resources/i18n/*/*.ts in step with
# the code (new texts are added as unfinished; make test fails until they are translated).
translations: $(TEST_STAMP)
	$(BIN)/python -m followup_desktop.i18n.extract

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run $(BENCH_ARGS)

# The wheel and sdist, then the one-folder Linux bundle (packaging/followup-desktop.spec),
# checked by starting it offscreen and on an X server (Xvfb, Qt's xcb platform; needs the
# xvfb package), then packed as dist/followup-desktop-VERSION-linux-ARCH.tar.gz.
# Slow (a few minutes); never part of `make test`.
dist: $(DIST_STAMP)
	rm -rf dist build/pyinstaller build/bundle-check *.egg-info
	mkdir -p build
	$(BIN)/python -m build --outdir dist . >build/dist-build.log
	QT_QPA_PLATFORM=offscreen $(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/followup-desktop.spec
	$(MAKE) --no-print-directory check-bundle
	version=$$($(BIN)/python -c 'import followup_desktop; print(followup_desktop.__version__)'); \
		tar -C dist -czf dist/followup-desktop-$$version-linux-$$(uname -m).tar.gz followup-desktop
	@ls -l dist

# Start the bundle built by `make dist` as a user would (packaging/check_bundle.sh).
check-bundle:
	sh packaging/check_bundle.sh dist/followup-desktop build/bundle-check

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
