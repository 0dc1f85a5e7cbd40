#!/usr/bin/env bats
# --help and -h of every command: the usage, exit 0, nothing else done.
# shellcheck disable=SC2154 # status, output, stderr, lines: set by bats' run

load test_helper

setup() {
  setup_checkout
}

@test "every command answers --help with its usage, exit 0, and starts nothing" {
  local name count=0
  while read -r name; do
    # shellcheck disable=SC2086 # "bench intake" is two words
    run "$FAIRPACT" $name --help
    [ "$status" -eq 0 ] || { echo "$name --help: exit $status: $output"; return 1; }
    [[ ${lines[0]} == "Usage: bin/fairpact "*"$name"* ]] || { echo "$name --help: $output"; return 1; }
    ((++count))
  done < <(command_names)
  [ "$count" -ge 17 ]
  assert_nothing_started
}

@test "every command answers -h the same way" {
  local name
  while read -r name; do
    # shellcheck disable=SC2086
    run "$FAIRPACT" $name -h
    [ "$status" -eq 0 ] || { echo "$name -h: exit $status"; return 1; }
    [[ ${lines[0]} == "Usage: bin/fairpact "* ]] || { echo "$name -h: $output"; return 1; }
  done < <(command_names)
  assert_nothing_started
}

@test "help COMMAND prints the same as COMMAND --help" {
  local name
  while read -r name; do
    # shellcheck disable=SC2086
    [ "$("$FAIRPACT" help $name)" == "$("$FAIRPACT" $name --help)" ] || { echo "help $name differs"; return 1; }
  done < <(command_names)
}

@test "the help text follows the usage: more than the usage line is printed" {
  run "$FAIRPACT" up --help
  [ "$status" -eq 0 ]
  [ "${lines[0]}" == "Usage: bin/fairpact [--profile dev|test] up [--instances N] [--build|--no-build] [--console]" ]
  [[ $output == *"--console"*"Payara Server"* ]]
  [[ $output != *"Summary:"* ]]
  [[ $output != *"shellcheck"* ]]
}

@test "help anywhere among the arguments, after other options too" {
  run "$FAIRPACT" up --instances 3 --console -h
  [ "$status" -eq 0 ]
  [[ ${lines[0]} == "Usage: bin/fairpact [--profile dev|test] up "* ]]
  run "$FAIRPACT" --profile test scale 3 --help
  [ "$status" -eq 0 ]
  [[ ${lines[0]} == "Usage: bin/fairpact [--profile dev|test] scale N" ]]
  run "$FAIRPACT" bench intake --duration 5 --help
  [ "$status" -eq 0 ]
  [[ ${lines[0]} == "Usage: bin/fairpact bench intake "* ]]
  assert_nothing_started
}

@test "help wins over an argument error" {
  run "$FAIRPACT" up --bogus --help
  [ "$status" -eq 0 ]
  [[ ${lines[0]} == "Usage: "* ]]
}

@test "test --help with Maven arguments before it prints the usage and starts nothing" {
  run "$FAIRPACT" test -pl web-module -am -Dit.test=MetricsIT --help
  [ "$status" -eq 0 ]
  [[ ${lines[0]} == "Usage: bin/fairpact test "* ]]
  [[ $output == *"--cli-only"* && $output == *"--no-wait"* ]]
  assert_nothing_started
}

@test "test --help with another run holding the lock still answers at once" {
  hold_test_lock /elsewhere
  run timeout 5 "$FAIRPACT" test --help
  release_held_lock
  [ "$status" -eq 0 ]
  [[ ${lines[0]} == "Usage: bin/fairpact test "* ]]
}

@test "bin/fairpact --help, -h and help list every command with its summary" {
  local name option
  for option in --help -h help; do
    run "$FAIRPACT" "$option"
    [ "$status" -eq 0 ]
    [[ ${lines[0]} == "Usage: bin/fairpact [--profile dev|test] COMMAND [ARGS]" ]]
    while read -r name; do
      grep -qE "^  $name +[a-z]" <<<"$output" || { echo "$option does not list $name"; return 1; }
    done < <(command_names)
  done
  assert_nothing_started
}

@test "no command: the usage on stderr, exit 2" {
  run --separate-stderr "$FAIRPACT"
  [ "$status" -eq 2 ]
  [ -z "$output" ]
  [[ $stderr == "Usage: bin/fairpact "* ]]
}
