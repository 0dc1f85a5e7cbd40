# shellcheck shell=bash
# shellcheck disable=SC2034,SC2154 # FAIRPACT is for the tests; output is set by bats' run
# Shared setup of the command line's tests: a checkout of its own for every test (bin/ and the
# profiles linked from this repository, nothing else), so that anything a command would create or
# start shows up under it (.fairpact/, target/) and no test touches this checkout's state.

bats_require_minimum_version 1.5.0

REPO="$(cd "$BATS_TEST_DIRNAME/../.." && pwd)"

setup_checkout() {
  ROOT="$BATS_TEST_TMPDIR/checkout"
  mkdir -p "$ROOT/server-config"
  ln -s "$REPO/bin" "$ROOT/bin"
  ln -s "$REPO/server-config/profiles" "$ROOT/server-config/profiles"
  FAIRPACT="$ROOT/bin/fairpact"
  export FAIRPACT_TEST_LOCK="$BATS_TEST_TMPDIR/fairpact-test.lock"
  unset FAIRPACT_PROFILE FAIRPACT_LOCK_HELD FAIRPACT_TEST_LOCK_HELD
}

# assert_nothing_started: the checkout holds only what setup_checkout put there (no state
# directory, no build output), and nothing was logged as started.
assert_nothing_started() {
  local entries
  entries="$(cd "$ROOT" && find . -mindepth 1 -maxdepth 2 -not -path ./bin -not -path ./server-config \
    -not -path ./server-config/profiles | sort)"
  if [[ -n $entries ]]; then
    printf 'created in the checkout:\n%s\n' "$entries" >&2
    return 1
  fi
  if grep -q '^==>' <<<"$output"; then
    printf 'started something:\n%s\n' "$output" >&2
    return 1
  fi
}

# command_names: every command as it is typed (bench-intake: "bench intake"), one a line.
command_names() {
  local file
  for file in "$REPO"/bin/commands/*; do
    [[ -x $file ]] && basename "$file" | tr '-' ' '
  done
}

# hold_test_lock CHECKOUT: another run holding the machine-wide lock, as bin/fairpact test records
# itself (its PID and CHECKOUT); one process (sleep), HOLDER its PID. Returns once it holds it.
hold_test_lock() {
  # shellcheck disable=SC2016 # expanded by the holder's shell
  bash -c 'exec 8>>"$0"; flock 8; printf "pid=%s\ncheckout=%s\nsince=now\n" "$$" "$1" >"$0"; exec sleep 60' \
    "$FAIRPACT_TEST_LOCK" "$1" </dev/null >/dev/null 2>&1 3>&- &
  HOLDER=$!
  local i
  for ((i = 0; i < 50; i++)); do
    grep -q "^pid=$HOLDER$" "$FAIRPACT_TEST_LOCK" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

release_held_lock() {
  [[ -z ${HOLDER:-} ]] || kill "$HOLDER" 2>/dev/null || true
}
