# shellcheck shell=bash
# The machine-wide lock of `bin/fairpact test`: the test profile's database (fairpact_test on the
# one system PostgreSQL), its ports and the container stack's project are the same for every
# checkout on the machine, so one run at a time. The lock file is /tmp/fairpact-test.lock
# (FAIRPACT_TEST_LOCK), not /tmp/fairpact-it.lock, which callers may hold around the whole command.
#
# The lock is held by a small process of its own (`flock -o`, so its fd reaches no other process)
# that lives as long as the run: nothing the run starts (Payara, Artemis, PostgreSQL...) inherits
# it, and a run that dies, even by SIGKILL, frees it within a second. The holder writes its PID and
# checkout into the file, for the message others print while they wait.

TEST_LOCK_FILE="${FAIRPACT_TEST_LOCK:-/tmp/fairpact-test.lock}"
# Exit code of `test --no-wait` when another run holds the lock (EX_TEMPFAIL): nothing started.
EXIT_TEST_LOCKED=75
TEST_LOCKER_PID=''

# test_lock_holder: the run holding the lock, as it recorded itself.
test_lock_holder() {
  local pid checkout since
  pid="$(sed -n 's/^pid=//p' "$TEST_LOCK_FILE" 2>/dev/null | head -n 1)"
  checkout="$(sed -n 's/^checkout=//p' "$TEST_LOCK_FILE" 2>/dev/null | head -n 1)"
  since="$(sed -n 's/^since=//p' "$TEST_LOCK_FILE" 2>/dev/null | head -n 1)"
  printf 'PID %s, checkout %s, since %s' "${pid:-?}" "${checkout:-?}" "${since:-?}"
}

# start_test_locker NONBLOCK: a background `flock -o` holding the lock for this shell ($$); with
# NONBLOCK=yes it exits $EXIT_TEST_LOCKED at once when the lock is taken.
start_test_locker() {
  local options=(-o)
  [[ $1 == yes ]] && options+=(-n -E "$EXIT_TEST_LOCKED")
  # shellcheck disable=SC2016 # expanded by the locker's shell
  flock "${options[@]}" "$TEST_LOCK_FILE" bash -c \
    'printf "pid=%s\ncheckout=%s\nsince=%s\n" "$1" "$2" "$(date -Is)" >"$0" || exit 1
     while kill -0 "$1" 2>/dev/null; do sleep 1; done' \
    "$TEST_LOCK_FILE" "$$" "$FAIRPACT_ROOT" </dev/null >/dev/null 2>&1 9>&- &
  TEST_LOCKER_PID=$!
}

# await_test_locker: returns 0 once the locker holds the lock (the file names this shell), 1 when
# another run holds it (a non-blocking locker ended with $EXIT_TEST_LOCKED); dies otherwise.
await_test_locker() {
  local status=0
  until [[ "$(sed -n 's/^pid=//p' "$TEST_LOCK_FILE" 2>/dev/null | head -n 1)" == "$$" ]]; do
    if ! kill -0 "$TEST_LOCKER_PID" 2>/dev/null; then
      wait "$TEST_LOCKER_PID" 2>/dev/null || status=$?
      TEST_LOCKER_PID=''
      ((status == EXIT_TEST_LOCKED)) && return 1
      die "could not take the machine-wide test lock $TEST_LOCK_FILE (flock exit code $status)"
    fi
    sleep 0.2
  done
}

# take_test_lock WAIT: takes the machine-wide lock; when another run holds it, says which and waits
# (WAIT=yes) or exits $EXIT_TEST_LOCKED (WAIT=no). A bin/fairpact the run itself starts (the system
# tests run restart and scale) inherits FAIRPACT_TEST_LOCK_HELD and does not lock again.
take_test_lock() {
  local wait="$1"
  [[ ${FAIRPACT_TEST_LOCK_HELD:-} == yes ]] && return 0
  (umask 000 && : >>"$TEST_LOCK_FILE") 2>/dev/null || true
  start_test_locker yes
  if ! await_test_locker; then
    if [[ $wait == no ]]; then
      printf '%serror:%s another bin/fairpact test holds the machine-wide lock %s (%s); --no-wait: not waiting, nothing started\n' \
        "$C_RED" "$C_OFF" "$TEST_LOCK_FILE" "$(test_lock_holder)" >&2
      exit "$EXIT_TEST_LOCKED"
    fi
    warn "another bin/fairpact test holds the machine-wide lock $TEST_LOCK_FILE ($(test_lock_holder)): waiting for it"
    start_test_locker no
    await_test_locker
  fi
  export FAIRPACT_TEST_LOCK_HELD=yes
  ok "machine-wide test lock taken ($TEST_LOCK_FILE)"
}

# release_test_lock: ends the locker (the lock is free at once).
release_test_lock() {
  [[ -n $TEST_LOCKER_PID ]] || return 0
  kill "$TEST_LOCKER_PID" 2>/dev/null || true
  wait "$TEST_LOCKER_PID" 2>/dev/null || true
  TEST_LOCKER_PID=''
}

# test_run_active: whether a `bin/fairpact test` run (of any checkout) holds the lock now, for the
# commands that would disturb it (up/down/scale/restart of profile test).
test_run_active() {
  [[ ${FAIRPACT_TEST_LOCK_HELD:-} == yes ]] && return 1
  [[ -e $TEST_LOCK_FILE ]] || return 1
  ! flock -n "$TEST_LOCK_FILE" true 2>/dev/null
}

# refuse_during_test_run: up, down, scale and restart of profile test would start, stop or reset
# the services a running `bin/fairpact test` (of any checkout) uses: refused with the run named
# (exit $EXIT_TEST_LOCKED). Other profiles, and the commands the run itself starts, go on.
refuse_during_test_run() {
  [[ $PROFILE == test ]] || return 0
  test_run_active || return 0
  printf '%serror:%s a bin/fairpact test run uses profile test now (%s; lock %s): try again when it is over\n' \
    "$C_RED" "$C_OFF" "$(test_lock_holder)" "$TEST_LOCK_FILE" >&2
  exit "$EXIT_TEST_LOCKED"
}
