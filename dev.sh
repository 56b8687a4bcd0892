#!/usr/bin/env bash
# One entry point for a fresh machine: creates .venv, installs the project, then
#   ./dev.sh app    start the app on the bundled data (builds the store on first start)
#   ./dev.sh test   run the whole test suite (arguments go to pytest)
#   ./dev.sh ...    any other vbgraph command, e.g. ./dev.sh extract FILE --json
set -euo pipefail
cd "$(dirname "$0")"
venv="${VBGRAPH_VENV:-.venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
stamp="$venv/.installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  "$venv/bin/pip" install --quiet --upgrade pip
  "$venv/bin/pip" install --quiet -e '.[test]'
  touch "$stamp"
fi
cmd="${1:-app}"
[ $# -gt 0 ] && shift
# The end-to-end test drives Debian's Chromium (Playwright cannot download a browser here).
ensure_chromium() {
  command -v chromium >/dev/null 2>&1 && return
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "installing chromium for the browser test (apt-get)…" >&2
  $sudo apt-get update -qq >&2 && $sudo apt-get install -y -qq chromium >/dev/null
}
case "$cmd" in
  test) ensure_chromium; exec "$venv/bin/python" -m pytest "$@" ;;
  app)  exec "$venv/bin/vbgraph" app "$@" ;;
  *)    exec "$venv/bin/vbgraph" "$cmd" "$@" ;;
esac
