# Convenience wrappers; the scripts are the source of truth (they need no make).
.PHONY: demo test tables
demo:
	scripts/demo.sh
test:
	scripts/test.sh
tables:
	python3 scripts/generate-tables.py
