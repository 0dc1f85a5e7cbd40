# shellcheck shell=bash
# bin/fairpact batch: the standalone batch runner (module batch-runner: the clause-sync job on JBeret
# SE) against the profile's database, with the profile's source allow-list. Sourced through bin/lib/command.sh.

BATCH_RUNNER_JAR="$FAIRPACT_ROOT/batch-runner/target/batch-runner.jar"

# ensure_batch_runner: builds batch-runner/target/batch-runner.jar (and its lib/) when missing or
# older than the sources (package, never install).
ensure_batch_runner() {
  if [[ -f $BATCH_RUNNER_JAR && -d ${BATCH_RUNNER_JAR%/*}/lib ]] && ! newer_sources "$BATCH_RUNNER_JAR"; then
    return 0
  fi
  log "building the batch runner: mvn -B -q -pl batch-runner -am -DskipTests package"
  (cd "$FAIRPACT_ROOT" && mvn_quiet -pl batch-runner -am -DskipTests package) >&2 ||
    die "batch runner build failed"
}

cmd_batch() {
  local job="${1:-}" source=''
  (($#)) && shift
  [[ $job == clause-sync ]] || usage_error "unknown job '${job}' (only clause-sync)"
  while (($#)); do
    case "$1" in
      --source)
        need_value "$@"
        source="$2"
        shift 2
        ;;
      *) usage_error "unknown argument '$1'" ;;
    esac
  done
  [[ -f $ENV_FILE ]] || die "no $ENV_FILE: bring the profile up first (bin/fairpact up)"
  [[ -n $source ]] && source="$(allowed_sync_source "$source")"
  ensure_batch_runner
  export_env_file
  local rc=0
  # shellcheck disable=SC2086 # BATCH_JAVA_OPTS: JVM options, split on purpose
  java ${BATCH_JAVA_OPTS:-} -jar "$BATCH_RUNNER_JAR" clause-sync ${source:+--source "$source"} || rc=$?
  return "$rc"
}
