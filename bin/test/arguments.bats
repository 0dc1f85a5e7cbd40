#!/usr/bin/env bats
# Argument errors: refused with exit 2, the message naming what is wrong, the command's usage on
# stderr, before anything starts.
# shellcheck disable=SC2154 # status, output, stderr, lines: set by bats' run

load test_helper

setup() {
  setup_checkout
}

# refused MESSAGE ARGS...: bin/fairpact ARGS exits 2 with MESSAGE and a usage on stderr, nothing
# on stdout, nothing started.
refused() {
  local message="$1"
  shift
  run --separate-stderr "$FAIRPACT" "$@"
  if [[ $status -ne 2 || $stderr != *"$message"* || $stderr != *"Usage: bin/fairpact"* || -n $output ]]; then
    printf 'bin/fairpact %s: exit %s\nstdout: %s\nstderr: %s\n' "$*" "$status" "$output" "$stderr"
    return 1
  fi
  assert_nothing_started
}

@test "unknown options are refused and named, for every command" {
  refused "unknown argument '--bogus'" up --bogus
  refused "unknown argument '--bogus'" up --instances 2 --bogus
  refused "unknown argument '--bogus'" restart --bogus
  refused "unknown argument '--bogus'" token --role integrator --tenant demo --bogus
  refused "unknown option '--bogus'" analyze examples/x.txt --bogus
  refused "unknown option '--bogus'" report 0b6f3c55-1f0e-4f7b-9d1e-3a2b4c5d6e7f --bogus
  refused "unknown argument '--bogus'" sync --bogus
  refused "unknown argument '--bogus'" batch clause-sync --bogus
  refused "unknown option '--bogus'" model publish x.zip --bogus
  refused "unknown argument '--bogus'" train --bogus
  refused "unknown option '--bogus'" eval pac dev.csv --bogus 1
  refused "unknown option '--bogus'" bench --bogus
  refused "unknown option '--bogus'" bench --ocr --bogus
  refused "unknown argument '--bogus'" bench intake --bogus
  refused "unknown argument '--bogus'" containers up --bogus
  refused "unknown argument '--bogus'" containers down --bogus
  refused "unknown option '--bogus'" test --bogus
}

@test "commands without arguments refuse one" {
  refused "unexpected argument 'now'" down now
  refused "unexpected argument 'all'" status all
  refused "list takes no arguments" model list all
  refused "containers status takes no arguments" containers status all
}

@test "missing values are refused" {
  refused "--instances needs a value" up --instances
  refused "--instances needs a value" up --instances --console
  refused "--role needs a value" token --role
  refused "--tenant needs a value" token --role integrator --tenant
  refused "--lang needs a value" analyze x.txt --lang
  refused "--source needs a value" sync --source
  refused "--source needs a value" batch clause-sync --source
  refused "--service needs a value" restart --service
  refused "--data needs a value" train --data
  refused "--model needs a value" eval pac dev.csv --model
  refused "--duration needs a value" bench intake --duration
  refused "-pl needs a value" test -pl
  refused "--profile needs a value" status --profile
  refused "--role and --tenant are needed" token --role integrator
  refused "FILE is needed" analyze
  refused "publish needs a FILE" model publish
  refused "ANALYSIS_ID is needed" report --pdf
  refused "--out needs a value" report 0b6f3c55-1f0e-4f7b-9d1e-3a2b4c5d6e7f --out
}

@test "bad numbers of instances are refused before anything starts" {
  refused "--instances must be 1..8, not '0'" up --instances 0
  refused "--instances must be 1..8, not '9'" up --instances 9
  refused "--instances must be 1..8, not 'two'" up --instances=two
  refused "--instances must be 1..8, not '08'" up --instances 08
  refused "N must be 1..8, not 'x'" scale x
  refused "expects one argument" scale
  refused "expects one argument" scale 2 3
  refused "--instances must be 2..8, not '1'" containers up --instances 1
  refused "each must be 1..2, not '9'" bench intake --instances "1 9"
}

@test "other bad values are refused" {
  refused "--lang must be pl or en" analyze x.txt --lang de
  refused "--ttl must be a whole number, not 'soon'" token --role integrator --tenant demo --ttl soon
  refused "unknown service 'db'" restart --service db
  refused "one of --rolling and --service at a time" restart --rolling --service broker
  refused "--rolling or --service is needed" restart
  refused "unknown dataset 'imdb'" eval imdb reviews.csv
  refused "expects DATASET and FILE" eval pac
  refused "--sample must be a whole number" eval register r.csv --sample some
  refused "--warmup must be a whole number" bench --warmup x
  refused "PAGES must be a whole number" bench --ocr t.txt many
  refused "'fast' is not a whole number" bench intake --duration fast
  refused "--sessions takes FAST/HEAVY" bench intake --sessions 2
  refused "unexpected argument 'verify'" test verify
  refused "ANALYSIS_ID must be an analysis id" report 42
  refused "one analysis at a time" report 0b6f3c55-1f0e-4f7b-9d1e-3a2b4c5d6e7f 0b6f3c55-1f0e-4f7b-9d1e-3a2b4c5d6e70
}

@test "unknown commands, sub-commands and global options are refused" {
  refused "unknown command 'frobnicate'" frobnicate
  refused "unknown command 'nosuch'" help nosuch
  refused "unknown option '--bogus'" --bogus up
  refused "unknown profile 'prod'" --profile prod status
  refused "list, publish or current is needed" model
  refused "unknown model command 'delete'" model delete x
  refused "up, token, status or down is needed" containers
  refused "unknown containers command 'restart'" containers restart
}

@test "batch: usage errors exit 2, its documented code for usage" {
  refused "unknown job 'register-sync'" batch register-sync
  refused "unknown job ''" batch
  run "$FAIRPACT" batch --help
  [ "$status" -eq 0 ]
  [[ $output == *"Exit codes: 0 COMPLETED, 1 FAILED, 2 usage"* ]]
}

@test "test: Maven arguments are only those of its documented forms" {
  refused "unknown option '--also-make'" test -pl web-module --also-make
  refused "unexpected argument 'web-module'" test -am web-module
  refused "Maven arguments need mvn verify or the system stage" test --deploy-checks-only -Dit.test=X
  refused "Maven arguments need mvn verify or the system stage" test --cli-only -q
  refused "Maven arguments need mvn verify or the system stage" test --containers-only -- -X
}

@test "the global --profile is read before and after the command" {
  run "$FAIRPACT" status --profile nosuch
  [ "$status" -eq 2 ]
  [[ $output == *"unknown profile 'nosuch'"* ]]
  run "$FAIRPACT" --profile=nosuch status
  [ "$status" -eq 2 ]
}
