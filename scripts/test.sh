#!/usr/bin/env bash
# What `make test` runs after its dist/ check: the suite on every core and, beside it, the tests on
# the control-plane twin (tests/twin) in one process of their own. The twin's tests spend much of
# their time waiting on its controllers, so the suite uses the cores they leave; one after the
# other, the run took the sum of both.
#
# The twin's output goes to build/test-twin.log and is shown live once the suite is done. The
# run fails when either part fails, and ends the twin (and every process the twin's tests
# started) however it ends, an interrupt included. Arguments go to the suite's pytest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
python=${PYTHON:-$root/.venv/bin/python}
export DIRTBIKE_TWIN_STATE=$root/build/test-twin
log=$root/build/test-twin.log
mkdir -p "$root/build"

twin_pid=""
finish() {
  # The twin's tests run in a session of their own (setsid): end the whole group, then the twin.
  if [ -n "$twin_pid" ]; then
    kill -TERM -- "-$twin_pid" 2>/dev/null || true
    wait "$twin_pid" 2>/dev/null || true
  fi
  "$python" -m twin.control stop >/dev/null 2>&1 || true
}
trap finish EXIT
trap 'echo "test: interrupted" >&2; exit 130' INT TERM

# The log is made here, not by the background part's redirection: that runs after the fork, and
# a suite that ends at once would find no log to show.
: > "$log"
setsid "$python" -m pytest -q -p no:cacheprovider tests/twin >> "$log" 2>&1 < /dev/null &
twin_pid=$!

suite=0
"$python" -m pytest -q -n auto --dist worksteal --ignore=tests/twin "$@" || suite=$?

echo "tests/twin, beside the suite (build/test-twin.log):"
tail -n +1 -f --pid="$twin_pid" "$log"
twin=0
wait "$twin_pid" || twin=$?
twin_pid=""
if [ "$suite" -ne 0 ] || [ "$twin" -ne 0 ]; then
  echo "test: failed (the suite exited $suite, tests/twin exited $twin)" >&2
  exit 1
fi
