# The two commands of the README. Both set themselves up on a fresh machine.
.PHONY: demo test bench

demo:
	./scripts/install.sh
	.venv/bin/piikit redact data/sample/call.wav --policies all --sub entity_name \
		--redact-audio --return-unredacted -o out/call.json --audio-out out/call.redacted.mp3

test:
	./scripts/install.sh --test
	.venv/bin/python -m pytest --nbmake --nbmake-timeout=300 tests notebooks

bench:
	./scripts/install.sh --bench
	for b in benchmarks/bench_*.py; do .venv/bin/python $$b || exit 1; done
