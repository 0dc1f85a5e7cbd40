#!/usr/bin/env bats
# The machine-wide lock of `bin/fairpact test` (bin/lib/test-lock.sh): one run at a time on the
# machine, a clear message naming the run that holds it, --no-wait, and a lock that no process
# started by the run keeps. Every test uses a lock file of its own (FAIRPACT_TEST_LOCK).
# shellcheck disable=SC2154 # status, output, stderr, lines: set by bats' run

load test_helper

setup() {
  setup_checkout
}

teardown() {
  release_held_lock
  [[ -z ${FIRST:-} ]] || kill "$FIRST" 2>/dev/null || true
  [[ -z ${DAEMON:-} ]] || kill "$DAEMON" 2>/dev/null || true
}

@test "test --no-wait against a held lock exits 75 naming the holder's PID and checkout, starting nothing" {
  hold_test_lock /work/other-checkout
  run --separate-stderr "$FAIRPACT" test --no-wait -pl web-module -am -Dit.test=MetricsIT
  [ "$status" -eq 75 ]
  [[ $stderr == *"another bin/fairpact test holds the machine-wide lock $FAIRPACT_TEST_LOCK"* ]]
  [[ $stderr == *"PID $HOLDER, checkout /work/other-checkout"* ]]
  [[ $stderr == *"nothing started"* ]]
  assert_nothing_started
}

@test "test --containers-only --no-wait is refused the same way" {
  hold_test_lock /work/other-checkout
  run "$FAIRPACT" test --containers-only --no-wait
  [ "$status" -eq 75 ]
  [[ $output == *"PID $HOLDER, checkout /work/other-checkout"* ]]
  assert_nothing_started
}

@test "test without --no-wait says who holds the lock and waits" {
  hold_test_lock /work/other-checkout
  run timeout 3 "$FAIRPACT" test --system-only -Dit.test=FrontEndST
  [ "$status" -eq 124 ]
  [[ $output == *"holds the machine-wide lock $FAIRPACT_TEST_LOCK (PID $HOLDER, checkout /work/other-checkout"*"waiting for it"* ]]
  assert_nothing_started
}

@test "up, down, scale and restart of profile test are refused while a test run holds the lock" {
  hold_test_lock /work/other-checkout
  local args
  for args in "up" "down" "scale 2" "restart --rolling" "restart --service broker"; do
    # shellcheck disable=SC2086 # several words
    run --separate-stderr "$FAIRPACT" --profile test $args
    [ "$status" -eq 75 ] || { echo "$args: exit $status: $stderr"; return 1; }
    [[ $stderr == *"a bin/fairpact test run uses profile test now (PID $HOLDER, checkout /work/other-checkout"* ]]
  done
  assert_nothing_started
}

@test "commands the run itself starts (FAIRPACT_TEST_LOCK_HELD) are not refused" {
  hold_test_lock /work/other-checkout
  FAIRPACT_TEST_LOCK_HELD=yes run "$FAIRPACT" --profile test scale 2
  [ "$status" -ne 75 ]
  [[ $output == *"the cluster is not up"* ]]
}

# lock_holder_script: a shell that takes the lock as `test` does, starts a daemon (sleep, its PID
# in $1) and exits without releasing it.
lock_holder_script() {
  cat <<'SCRIPT'
set -euo pipefail
FAIRPACT_ROOT="$2"
source "$FAIRPACT_ROOT/bin/lib/cli.sh"
source "$FAIRPACT_ROOT/bin/lib/common.sh"
source "$FAIRPACT_ROOT/bin/lib/test-lock.sh"
take_test_lock no
setsid sleep 60 </dev/null >/dev/null 2>&1 3>&- &
echo $! >"$1"
exit "${3:-0}"
SCRIPT
}

@test "the lock is held while the run lives, and no daemon it started keeps it" {
  run bash -c "$(lock_holder_script)" _ "$BATS_TEST_TMPDIR/daemon.pid" "$ROOT"
  [ "$status" -eq 0 ]
  DAEMON="$(<"$BATS_TEST_TMPDIR/daemon.pid")"
  kill -0 "$DAEMON"
  # no descriptor of the daemon is the lock file
  local fd
  for fd in "/proc/$DAEMON/fd"/*; do
    [[ "$(readlink "$fd")" != "$FAIRPACT_TEST_LOCK" ]] || { echo "the daemon holds $fd"; return 1; }
  done
  # the run is gone, its daemon runs on: the lock is free within two seconds
  local i
  for ((i = 0; i < 30; i++)); do
    flock -n "$FAIRPACT_TEST_LOCK" true && break
    sleep 0.1
  done
  flock -n "$FAIRPACT_TEST_LOCK" true
  kill -0 "$DAEMON"
}

@test "a run holds the lock: a second one is refused with its PID until it ends" {
  local fifo="$BATS_TEST_TMPDIR/go"
  mkfifo "$fifo"
  # the first run holds the lock until it reads a line from the fifo
  # shellcheck disable=SC2016 # $4 is the script's
  bash -c "$(lock_holder_script | sed 's/^exit .*/read -r _ <"$4"/')" _ "$BATS_TEST_TMPDIR/daemon.pid" "$ROOT" 0 "$fifo" \
    </dev/null >/dev/null 2>&1 3>&- &
  FIRST=$!
  local first=$FIRST
  local i
  for ((i = 0; i < 50; i++)); do
    [[ -s $BATS_TEST_TMPDIR/daemon.pid ]] && break
    sleep 0.1
  done
  DAEMON="$(<"$BATS_TEST_TMPDIR/daemon.pid")"
  run "$FAIRPACT" test --no-wait -Dit.test=X
  [ "$status" -eq 75 ]
  [[ $output == *"PID $first, checkout $ROOT"* ]]
  echo go >"$fifo"
  wait "$first"
  FIRST=''

  for ((i = 0; i < 30; i++)); do
    flock -n "$FAIRPACT_TEST_LOCK" true && break
    sleep 0.1
  done
  flock -n "$FAIRPACT_TEST_LOCK" true
}
