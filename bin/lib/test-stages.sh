# shellcheck shell=bash
# The stages of `bin/fairpact test` (bin/commands/test runs them in order and prints a summary):
# cli (shellcheck and bats, no services), Maven's unit tests and Arquillian ITs, the system tests
# through nginx, the EAR on Payara Server, the deploy checks (test_stage_deploy_checks in
# deploy-checks.sh) and the container stack. Sourced through command.sh.

# Apt packages of the cli stage.
CLI_STAGE_PACKAGES=(shellcheck bats)

# shell_files: every shell script of bin/, .ci/, docker/ and tools/ (by name or by #! line), the
# bats files included, one per line, relative to the repository root.
shell_files() {
  (
    cd "$FAIRPACT_ROOT" &&
      find bin .ci docker tools \( -name node_modules -o -name target -o -name .fairpact \) -prune -o \
        -type f -print | sort | while read -r f; do
        case "$f" in
          *.sh | *.bash | *.bats) printf '%s\n' "$f" ;;
          *) head -n 1 "$f" 2>/dev/null | grep -qE '^#!.*\b(ba)?sh\b' && printf '%s\n' "$f" ;;
        esac
      done
  )
}

# Stage cli: shellcheck over every shell script, then the command line's own tests (bin/test/*.bats:
# help, argument errors, exit codes, the machine-wide lock; no services, under a minute).
test_stage_cli() {
  local files=()
  ensure_apt_packages "${CLI_STAGE_PACKAGES[@]}"
  mapfile -t files < <(shell_files)
  log "shellcheck $(shellcheck --version | sed -n 's/^version: //p'): ${#files[@]} shell scripts of bin/, .ci/, docker/, tools/"
  (cd "$FAIRPACT_ROOT" && shellcheck -x "${files[@]}") || return 1
  ok "shellcheck: no findings"
  log "the command line's tests: bats bin/test"
  (cd "$FAIRPACT_ROOT" && bats bin/test)
}

# test_cleanup: the EXIT trap of a run with services: stops them, then frees the machine-wide lock.
# shellcheck disable=SC2317 # called by the EXIT trap
test_cleanup() {
  local rc=$?
  stop_cluster || true
  stop_console || true
  stop_component s3proxy 20 || true
  stop_component artemis 30 || true
  stop_postgres_if_ours || true
  release_test_lock
  return "$rc"
}

# Stage 1: `mvn -B verify` (unit tests, Arquillian ITs on a Payara Micro of their own).
test_stage_maven() {
  payara_common_options
  local micro_options=("${PAYARA_OPTIONS[@]}")
  if [[ -n $RAR_FILE ]]; then
    # The reactor packages artemis-rar after web-module has run its ITs: build the RAR first.
    if [[ -f $FAIRPACT_ROOT/artemis-rar/pom.xml ]]; then
      log "building the resource adapter first: mvn -B -q -f artemis-rar/pom.xml package"
      (cd "$FAIRPACT_ROOT" && mvn_quiet -f artemis-rar/pom.xml package) || die "artemis-rar build failed"
    fi
    [[ -f $RAR_FILE ]] || die "no RAR at $RAR_FILE"
    # Arquillian puts these options after its own --deploy <war>, so this RAR deploys after the WAR.
    rar_in_postboot || micro_options+=(--deploy "$RAR_FILE")
  fi
  # Names read by our POMs (FAIRPACT_*) and by arquillian-payara-micro-managed itself (the others).
  export MICRO_JAR="$RUNTIME_DIR/payara-micro.jar"
  export FAIRPACT_MICRO_OPTIONS="${micro_options[*]}"
  export EXTRA_MICRO_OPTIONS="$FAIRPACT_MICRO_OPTIONS"
  export MICRO_CMD_OPTIONS="${PAYARA_JVM_OPTIONS[*]}"
  # With clustering off the container adds --nocluster, and Payara Micro then binds Hazelcast to
  # *:6900 and reports a non-loopback host that the tests cannot reach (HTTP is on 127.0.0.1).
  export MICRO_CLUSTER_ENABLED=true

  ensure_openapi_lint
  log "running the test suite: mvn -B verify $*"
  printf '    MICRO_JAR=%s\n    FAIRPACT_MICRO_OPTIONS=%s\n' "$MICRO_JAR" "$FAIRPACT_MICRO_OPTIONS"
  (cd "$FAIRPACT_ROOT" && mvn -B verify "$@")
}

# system_tests N [MAVEN ARGS]: the system tests (module system-tests, failsafe) against the running
# cluster of N instances, through nginx.
system_tests() {
  local n="$1"
  shift
  export FAIRPACT_SYSTEM_URL="$API_URL" FAIRPACT_SYSTEM_TLS_URL="$TLS_URL"
  export FAIRPACT_SYSTEM_TLS_CERT="$TLS_DIR/fairpact.crt" FAIRPACT_SYSTEM_INSTANCES="$n"
  export FAIRPACT_SYSTEM_PROFILE="$PROFILE" FAIRPACT_SYSTEM_CLI="$FAIRPACT_ROOT/bin/fairpact"
  export FAIRPACT_SYSTEM_STATE="$STATE" FAIRPACT_SYSTEM_UPLOAD_BURST="$UPLOAD_BURST"
  log "system tests against $n instance(s): mvn -B -pl system-tests -am verify $*"
  (cd "$FAIRPACT_ROOT" && mvn -B -pl system-tests -am verify "$@")
}

# Stage 2: a cluster of the test profile behind nginx; the system tests with 2 instances, then the
# membership and round-robin tests again with 3, and scaling 3 -> 2 -> 3 under load.
# With --system-only the build is brought up to date first; after stage 1 its WAR and RAR are used.
# Maven arguments after the first (--system-only with e.g. -Dit.test=DependencyOutageST): only
# those system tests, with 2 instances.
test_stage_system() {
  local mode="$1"
  shift
  if [[ $mode == build ]]; then
    needs_build && build_all
  fi
  # shellcheck disable=SC2153 # WAR_FILE is set by common.sh
  [[ -f $WAR_FILE && -f $RAR_FILE ]] || die "no WAR ($WAR_FILE) or RAR ($RAR_FILE) to run the cluster with"
  scale_to 2
  sync_if_register_empty
  if (($#)); then
    system_tests 2 "$@" || return $?
    stop_cluster
    return 0
  fi
  system_tests 2 || return $?
  scale_to 3
  system_tests 3 -Dit.test='ClusterMembershipST,FrontEndST,SharedGridStateST,ScaleUnderLoadST' || return $?
  stop_cluster
  test_stage_console
}

# The EAR smoke test on Payara Server: the DAS starts (first), two instances join its data grid,
# ConsoleEarST runs against the DAS; then everything stops again.
test_stage_console() {
  local started=$SECONDS
  touch "$RUN/console"
  start_console
  scale_to 2
  export FAIRPACT_CONSOLE_URL FAIRPACT_CONSOLE_ADMIN_URL FAIRPACT_CONSOLE_PASSWORD_FILE FAIRPACT_CONSOLE_INSTANCES=2
  FAIRPACT_CONSOLE_URL="$(console_http_url)"
  FAIRPACT_CONSOLE_ADMIN_URL="$(console_admin_url)"
  FAIRPACT_CONSOLE_PASSWORD_FILE="$SECRETS/console.password"
  system_tests 2 -Dit.test=ConsoleEarST || return $?
  stop_cluster
  stop_console
  rm -f "$RUN/console"
  ok "console stage: $((SECONDS - started)) s"
}

# Stage 3: the container stack (docker/, bin/fairpact containers): ContainerStackST brings it up
# with two instances, analyses the example contract through its nginx, checks both instances answer
# in one data grid and takes it down. The application image takes the WAR and RAR the stages before
# built and tested (docker/artefacts/README.md). Its own ports (18xxx), so the test profile's
# cluster need not be stopped for it; it is anyway by then.
test_stage_containers() {
  local started=$SECONDS rc=0
  export FAIRPACT_CONTAINERS_ST=yes FAIRPACT_SYSTEM_CLI="$FAIRPACT_ROOT/bin/fairpact"
  export FAIRPACT_SYSTEM_URL="http://127.0.0.1:${FAIRPACT_CONTAINERS_HTTP_PORT:-18080}"
  log "container stack test: mvn -B -pl system-tests -am verify -Dit.test=ContainerStackST"
  (cd "$FAIRPACT_ROOT" && mvn -B -pl system-tests -am verify -Dit.test=ContainerStackST) || rc=$?
  ok "containers stage: $((SECONDS - started)) s"
  return "$rc"
}

