# shellcheck shell=bash
# bin/fairpact bench intake: how fast the cluster takes documents in, through nginx, against a bare
# endpoint on the same instances in the same run, and how fast it analyses what it took in. Runs its
# own cluster (profile bench), fresh, and stops it at the end.
# Sourced through bin/lib/command.sh after the other parts (it uses the cluster, nginx, broker and API helpers).

BENCH_INTAKE_LUA="$LIB/bench-intake.lua"
BENCH_INTAKE_PDF="$FAIRPACT_ROOT/examples/umowa-sprzedazy-konsumenckiej.pdf"
BENCH_INTAKE_TENANT=bench
# How long a drain may take before the benchmark gives up on it.
BENCH_DRAIN_LIMIT=900

# cmd_bench_intake [OPTIONS]: see bin/commands/bench-intake.
cmd_bench_intake() {
  local duration=20 warmup=5 timeout=2 connections='8 32 64' instances='1 2' copies=100 drain=yes
  local cuad="$SHARED_DATA/cuad-contracts" sessions=''
  while (($#)); do
    case "$1" in
      --duration) need_value "$@"; duration="$2"; shift 2 ;;
      --warmup) need_value "$@"; warmup="$2"; shift 2 ;;
      --timeout) need_value "$@"; timeout="$2"; shift 2 ;;
      --connections) need_value "$@"; connections="$2"; shift 2 ;;
      --instances) need_value "$@"; instances="$2"; shift 2 ;;
      --cuad) need_value "$@"; cuad="$2"; shift 2 ;;
      --copies) need_value "$@"; copies="$2"; shift 2 ;;
      --no-drain) drain=no; shift ;;
      --sessions) need_value "$@"; sessions="$2"; shift 2 ;;
      *) usage_error "unknown argument '$1'" ;;
    esac
  done
  local n
  for n in $duration $warmup $timeout $copies $connections; do
    [[ $n =~ ^[0-9]+$ ]] || usage_error "'$n' is not a whole number"
  done
  if [[ -n $sessions ]]; then
    [[ $sessions =~ ^([1-9][0-9]?)/([1-9][0-9]?)$ ]] \
      || usage_error "--sessions takes FAST/HEAVY, e.g. 2/1 (got '$sessions')"
  fi

  load_profile bench
  if [[ -n $sessions ]]; then
    MDB_FAST_MAX_SESSION="${sessions%/*}" MDB_HEAVY_MAX_SESSION="${sessions#*/}"
  fi
  for n in $instances; do valid_instance_count "$n" || usage_error "--instances: each must be 1..$MAX_INSTANCES, not '$n'"; done
  if [[ $drain == yes ]]; then
    [[ -d $cuad ]] || die "bench intake: no folder $cuad (--cuad DIR, or --no-drain)"
  fi
  [[ -f $BENCH_INTAKE_PDF ]] || die "bench intake: no $BENCH_INTAKE_PDF"
  with_lock
  ensure_packages
  ensure_apt_packages wrk
  if needs_build; then build_all; else runtime_complete || build_runtime; fi
  reset_profile_state
  ensure_state_dirs
  trap bench_intake_cleanup EXIT
  start_backing_services
  export_env_file
  setup_tmp_dir_for_bench

  BENCH_RUN="$(date +%s)"
  BENCH_TOKEN="$(make_token integrator "$BENCH_INTAKE_TENANT" bench@bench 7200)"
  local started=$SECONDS load_before commit
  load_before="$(cut -d' ' -f1 /proc/loadavg)"
  commit="$(git -C "$FAIRPACT_ROOT" describe --always --dirty 2>/dev/null || echo unknown)"
  local c first=yes
  for n in $instances; do
    scale_to "$n"
    if [[ $first == yes ]]; then sync_if_register_empty; first=no; fi
    await_register_indexes
    purge_analysis_queues
    if [[ $drain == yes ]]; then
      bench_drain "$n" cuad "$cuad" '*.txt'
      bench_drain "$n" pdf "$(pdf_copies "$copies")" '*.pdf'
    fi
    log "uploads and ping through nginx with $n instance(s), wrk ${duration} s per point"
    if ((warmup > 0)); then
      bench_wrk "$n" 8 "$warmup" upload warmup >/dev/null
      bench_wrk "$n" 8 "$warmup" ping warmup >/dev/null
    fi
    for c in $connections; do
      bench_wrk "$n" "$c" "$duration" upload
      bench_wrk "$n" "$c" "$duration" ping
    done
  done
  bench_intake_report "$duration" "$timeout" "$load_before" "$commit" "$((SECONDS - started))"
}

# shellcheck disable=SC2317 # called by the EXIT trap
bench_intake_cleanup() {
  local rc=$?
  rm -rf "${BENCH_TMP:-}"
  stop_cluster || true
  stop_component s3proxy 20 || true
  stop_component artemis 30 || true
  stop_postgres_if_ours || true
  return "$rc"
}

setup_tmp_dir_for_bench() {
  BENCH_TMP="$(mktemp -d)"
  # shellcheck disable=SC2034 # read by api() (bin/lib/api.sh), which the clause sync uses
  TMP_DIR="$BENCH_TMP"
  : >"$BENCH_TMP/points.jsonl"
  : >"$BENCH_TMP/drains.jsonl"
}

# pdf_copies N: a folder of N copies of the one-page PDF, each unique (a comment after %%EOF).
pdf_copies() {
  local dir="$BENCH_TMP/pdf-copies-$1" i
  if [[ ! -d $dir ]]; then
    mkdir -p "$dir"
    for ((i = 1; i <= $1; i++)); do
      { cat "$BENCH_INTAKE_PDF"; printf '\n%%fairpact-bench %s-copy-%d\n' "$BENCH_RUN" "$i"; } \
        >"$dir/$(printf 'umowa-%03d.pdf' "$i")"
    done
  fi
  printf '%s' "$dir"
}

# purge_analysis_queues: drops the analysis requests still waiting (the backlog of earlier points)
# and waits until no analysis is PROCESSING, so that a drain starts on an empty queue. The purged
# analyses stay QUEUED in the bench database, which the next run throws away.
purge_analysis_queues() {
  local q removed
  for q in analysis.fast analysis.heavy; do
    removed="$(curl -s -m 30 -u "fairpact:$BROKER_PASSWORD" -H 'Origin: http://127.0.0.1' \
      -H 'Content-Type: application/json' "$CONSOLE_URL/console/jolokia/" \
      -d "$(jq -cn --arg mbean "$(jolokia_queue_mbean "$q")" \
        '{type: "exec", mbean: $mbean, operation: "removeAllMessages()"}')" |
      jq -r '.value // "?"')"
    [[ $removed == 0 ]] || ok "$q: $removed waiting analysis request(s) dropped"
  done
  wait_until 300 "analyses in progress to finish" "" "$LOGS/payara-1.log" no_analysis_processing
}

jolokia_queue_mbean() {
  printf 'org.apache.activemq.artemis:broker="%s",component=addresses,address="%s",subcomponent=queues,routing-type="anycast",queue="%s"' \
    "$BROKER_NAME" "$1" "$1"
}

no_analysis_processing() {
  [[ "$(psql_app "SELECT count(*) FROM analysis WHERE status = 'PROCESSING'")" == 0 ]]
}

queue_depth() {
  jolokia_read "$(jolokia_queue_path "$1" MessageCount)" | jq -r '.value // "?"' 2>/dev/null || echo '?'
}

# bench_drain INSTANCES NAME DIR GLOB: uploads the files of DIR matching GLOB through nginx with 8
# parallel clients (multipart, each with an Idempotency-Key naming this drain), then waits until
# every analysis of them has finished; records the time from the first upload to the last
# completion (completed_at in the database).
bench_drain() {
  local n="$1" name="$2" dir="$3" glob="$4" key="drain-$2-$1" files start uploaded codes
  files="$(find "$dir" -maxdepth 1 -type f -name "$glob" | wc -l)"
  ((files > 0)) || die "bench intake: no $glob files in $dir"
  log "drain: $files $name document(s) with $n instance(s)"
  start="$(date +%s.%N)"
  codes="$(find "$dir" -maxdepth 1 -type f -name "$glob" -printf '%f\n' | sort |
    xargs -P 8 -I{} curl -s -m 120 -o /dev/null -w '%{http_code}\n' \
      -H "Authorization: Bearer $BENCH_TOKEN" -H "Idempotency-Key: $key-{}" \
      -F "file=@$dir/{}" "$API_URL/api/v1/documents" | sort | uniq -c | awk '{print $2 "=" $1}' | paste -sd' ')"
  uploaded="$(date +%s.%N)"
  ok "uploads answered: $codes ($(awk -v a="$start" -v b="$uploaded" 'BEGIN {printf "%.1f", b - a}') s)"
  local row accepted=0 finished=0 failed=0 last=''
  local sql="SELECT count(*), count(*) FILTER (WHERE status IN ('COMPLETED', 'FAILED')),
      count(*) FILTER (WHERE status = 'FAILED'), coalesce(extract(epoch FROM max(completed_at)), 0)
      FROM analysis WHERE tenant = '$BENCH_INTAKE_TENANT' AND idempotency_key LIKE '$key-%'"
  local waited=$SECONDS
  while :; do
    row="$(psql_app "$sql")"
    IFS='|' read -r accepted finished failed last <<<"$row"
    progress_line "drain $name ($n instance(s)): $finished of $accepted analysed ($failed failed)"
    ((finished >= accepted)) && break
    if ((SECONDS - waited > BENCH_DRAIN_LIMIT)); then
      progress_done
      die "drain $name: $finished of $accepted analysed after ${BENCH_DRAIN_LIMIT} s"
    fi
    sleep 1
  done
  progress_done
  jq -cn --argjson instances "$n" --arg name "$name" --argjson files "$files" \
    --argjson accepted "$accepted" --argjson failed "$failed" --arg codes "$codes" \
    --argjson start "$start" --argjson uploaded "$uploaded" --argjson last "$last" '
    {drain: $name, instances: $instances, documents: $files, accepted: $accepted, failed: $failed,
     upload_answers: $codes, upload_s: (($uploaded - $start) * 10 | round / 10),
     drain_s: (($last - $start) * 10 | round / 10),
     documents_per_s: (if $last > $start then ($accepted / ($last - $start) * 100 | round / 100) else null end)}' |
    tee -a "$BENCH_TMP/drains.jsonl" | jq -r '"    \(.accepted) analysed (\(.failed) failed) in \(.drain_s) s: \(.documents_per_s) documents/s"'
}

# bench_wrk INSTANCES CONNECTIONS SECONDS upload|ping [warmup]: one wrk run through nginx; records
# its figures (unless warmup) and prints one line.
bench_wrk() {
  local n="$1" c="$2" seconds="$3" mode="$4" warm="${5:-}" path output json threads=2
  if [[ $mode == upload ]]; then path=/api/v1/documents; else path=/api/v1/ping; fi
  ((c < threads)) && threads="$c"
  output="$(FAIRPACT_BENCH_MODE="$mode" FAIRPACT_BENCH_TOKEN="$BENCH_TOKEN" \
    FAIRPACT_BENCH_PDF="$BENCH_INTAKE_PDF" FAIRPACT_BENCH_RUN="$BENCH_RUN-$n-$c-$mode${warm:+-warmup}" \
    wrk -t "$threads" -c "$c" -d "${seconds}s" --timeout "${timeout}s" -s "$BENCH_INTAKE_LUA" \
    "$API_URL$path" 2>&1)" || { printf '%s\n' "$output" >&2; die "wrk failed"; }
  json="$(sed -n 's/^FAIRPACT-WRK //p' <<<"$output")"
  [[ -n $json ]] || { printf '%s\n' "$output" >&2; die "wrk printed no figures"; }
  [[ -n $warm ]] && return 0
  jq -c --argjson instances "$n" --argjson c "$c" --arg mode "$mode" \
    --arg queue "$(queue_depth analysis.fast)" '
    {instances: $instances, connections: $c, mode: $mode,
     per_s: (.requests / (.duration_us / 1e6) * 10 | round / 10),
     p50_ms: (.p50_us / 100 | round / 10), p95_ms: (.p95_us / 100 | round / 10),
     p99_ms: (.p99_us / 100 | round / 10), requests: .requests, non2xx: .non2xx,
     socket_errors: (.connect_errors + .read_errors + .write_errors), timeouts: .timeouts,
     queue_after: $queue}' <<<"$json" | tee -a "$BENCH_TMP/points.jsonl" |
    jq -r '"    \(.mode) c=\(.connections): \(.per_s)/s, p50 \(.p50_ms) ms, p95 \(.p95_ms) ms, p99 \(.p99_ms) ms, non-2xx \(.non2xx), socket errors \(.socket_errors), timeouts \(.timeouts) (analysis.fast waiting: \(.queue_after))"'
}

# bench_intake_report DURATION TIMEOUT LOAD_BEFORE COMMIT SECONDS: the tables and the JSON line.
bench_intake_report() {
  local duration="$1" timeout="$2" load_before="$3" commit="$4" took="$5"
  printf '\nIntake through nginx (profile bench, commit %s; wrk %s s per point, timeout %s s;\n' \
    "$commit" "$duration" "$timeout"
  printf 'nginx rate limits of the profile: uploads %s burst %s, API %s burst %s: out of the way;\n' \
    "$UPLOAD_RATE" "$UPLOAD_BURST" "$API_RATE" "$API_BURST"
  printf 'analyses per instance: %s on analysis.fast, %s on analysis.heavy;\n' \
    "${MDB_FAST_MAX_SESSION:-4}" "${MDB_HEAVY_MAX_SESSION:-2}"
  printf 'tenant %s without upload quota; the analyses of the uploads run in the background):\n\n' \
    "$BENCH_INTAKE_TENANT"
  jq -rs '
    def cell: "\(.per_s)/s | \(.p50_ms) | \(.p95_ms) | \(.p99_ms) | \(.non2xx + .socket_errors + .timeouts)";
    "| instances | connections | uploads | p50 ms | p95 ms | p99 ms | errors | ping | p50 ms | p95 ms | p99 ms | errors | uploads / ping |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    (group_by([.instances, .connections])[]
      | (map(select(.mode == "upload"))[0]) as $u | (map(select(.mode == "ping"))[0]) as $p
      | "| \($u.instances) | \($u.connections) | \($u | cell) | \($p | cell) | \(if $p.per_s > 0 then ($u.per_s / $p.per_s * 100 | round / 100) else "-" end) |")' \
    "$BENCH_TMP/points.jsonl"
  if [[ -s $BENCH_TMP/drains.jsonl ]]; then
    printf '\nDrains (uploaded by 8 clients, from the first upload until every analysis finished):\n\n'
    jq -rs '
      "| documents | instances | analysed | failed | uploads took | drain | documents/s |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      (.[] | "| \(.documents) \(if .drain == "cuad" then "CUAD contracts" else "one-page PDFs" end) | \(.instances) | \(.accepted) | \(.failed) | \(.upload_s) s | \(.drain_s) s | \(.documents_per_s) |")' \
      "$BENCH_TMP/drains.jsonl"
  fi
  printf '\nErrors: answers other than 2xx, socket errors and wrk timeouts. %d s in all; load average %s before, %s after.\n' \
    "$took" "$load_before" "$(cut -d' ' -f1 /proc/loadavg)"
  jq -cn --slurpfile points "$BENCH_TMP/points.jsonl" --slurpfile drains "$BENCH_TMP/drains.jsonl" \
    --arg commit "$commit" --arg date "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    --argjson duration "$duration" --argjson timeout "$timeout" --arg load_before "$load_before" \
    --arg load_after "$(cut -d' ' -f1 /proc/loadavg)" --argjson processors "$(nproc)" \
    --argjson seconds "$took" --argjson fast "${MDB_FAST_MAX_SESSION:-4}" \
    --argjson heavy "${MDB_HEAVY_MAX_SESSION:-2}" \
    '{benchmark: "intake", commit: $commit, date: $date, wrk_seconds: $duration,
      sessions: {fast: $fast, heavy: $heavy},
      wrk_timeout_s: $timeout, processors: $processors, load_before: $load_before,
      load_after: $load_after, run_seconds: $seconds, points: $points, drains: $drains}'
}
