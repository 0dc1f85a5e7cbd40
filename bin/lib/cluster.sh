# shellcheck shell=bash
# The cluster: N Payara Micro instances in one data grid behind nginx. Starting, scaling, rolling
# restarts, stopping. run/instances holds the wanted number of instances, run/upstream the ones
# nginx sends requests to.
# Sourced through bin/lib/command.sh after payara.sh and nginx.sh.

wanted_instances() {
  local n
  n="$(cat "$RUN/instances" 2>/dev/null || true)"
  [[ $n =~ ^[0-9]+$ ]] && ((n > 0)) || n="$INSTANCES"
  printf '%s' "$n"
}

# valid_instance_count N: N is a number of instances the profile allows (1..MAX_INSTANCES).
valid_instance_count() {
  [[ $1 =~ ^[1-9][0-9]{0,2}$ ]] && (($1 <= MAX_INSTANCES))
}

check_instance_count() {
  valid_instance_count "$1" && return 0
  die "the number of instances must be 1..$MAX_INSTANCES (MAX_INSTANCES of profile $PROFILE), not '$1'"
}

# start_instances I...: starts the given instances and waits until each is ready. The first one
# is started alone until its data grid member listens, so the others join it instead of forming
# grids of their own and merging later; the rest start together.
start_instances() {
  (($#)) || return 0
  local members i first="$1"
  members="$(($(printf '%s\n' "$@" "$(wanted_instances)" | sort -n | tail -n 1)))"
  if ! pid_of "payara-$first" >/dev/null; then
    launch_instance "$first" "$members"
    # The grid member listens a few seconds after the JVM starts; if no grid existed yet, this
    # instance forms it.
    wait_until 120 "$(instance_name "$first") data grid port" "$(<"$RUN/payara-$first.pid")" \
      "$(instance_log "$first")" port_open "$(instance_grid_port "$first")"
  fi
  shift
  for i in "$@"; do
    launch_instance "$i" "$members"
  done
  for i in "$first" "$@"; do
    await_instance "$i"
  done
}

# scale_to N: instances 1..N run, are ready and are in rotation; higher ones are taken out of
# nginx first and then stopped gracefully. Instances of 1..N that died are started again.
scale_to() {
  local n="$1" i running missing=() extra=() keep=()
  check_instance_count "$n"
  running="$(running_instances)"
  for ((i = 1; i <= n; i++)); do
    grep -qx "$i" <<<"$running" || missing+=("$i")
    keep+=("$i")
  done
  for i in $running; do
    ((i > n)) && extra+=("$i")
  done
  printf '%s\n' "$n" >"$RUN/instances"
  ensure_payara_files
  # A dead instance is out of rotation until it is ready again.
  if ((${#missing[@]})); then
    local before
    before="$(rotation)"
    # shellcheck disable=SC2046 # one number a line
    set_rotation $(rotation | grep -vxF -f <(printf '%s\n' "${missing[@]}"))
    if [[ "$(rotation)" != "$before" ]] && pid_of nginx >/dev/null; then reload_nginx; fi
    start_instances "${missing[@]}"
  fi
  # Everything of 1..N in rotation (and nothing beyond N), then the others go.
  set_rotation "${keep[@]}"
  if pid_of nginx >/dev/null; then reload_nginx; else start_nginx; fi
  if ((${#extra[@]})); then
    for i in "${extra[@]}"; do
      stop_instance "$i"
    done
  fi
  ok "cluster of profile $PROFILE: $n instance(s): $(printf 'fairpact-%s ' "${keep[@]}")"
}

# rolling_restart: one instance at a time: out of nginx, reload (old workers finish their
# requests), graceful stop (in-flight requests finish within --shutdowngrace), start, ready, back.
rolling_restart() {
  local n i others
  n="$(wanted_instances)"
  ((n >= 2)) || warn "one instance: it is unavailable while it restarts (scale to 2 or more for no downtime)"
  pid_of nginx >/dev/null || die "nginx is not running (run \`up\` first)"
  ensure_payara_files
  for ((i = 1; i <= n; i++)); do
    log "rolling restart: $(instance_name "$i") ($i of $n)"
    others="$(rotation | grep -vx "$i" || true)"
    if [[ -z $others ]]; then
      warn "no other instance in rotation: requests fail until $(instance_name "$i") is back"
    fi
    # shellcheck disable=SC2086 # one number a line
    set_rotation $others
    reload_nginx
    stop_instance "$i"
    start_instances "$i"
    # shellcheck disable=SC2086
    set_rotation $others "$i"
    reload_nginx
  done
  ok "rolling restart of $n instance(s) done"
}

stop_cluster() {
  local i pid pids=()
  stop_nginx
  # All instances get SIGTERM together, then each is waited for (bounded) and killed if needed.
  for i in $(running_instances); do
    pid="$(pid_of "payara-$i")" && { kill -TERM "$pid" 2>/dev/null || true; pids+=("$i"); }
  done
  for i in "${pids[@]}"; do
    stop_instance "$i"
  done
  rm -f "$RUN/upstream"
  # The single instance of earlier versions of bin/fairpact (run/payara.pid).
  stop_component payara 60
}

cluster_status_lines() {
  local i pid state health port body members token
  token="$(make_token admin system cli-admin 300 2>/dev/null || true)"
  # shellcheck disable=SC2046 # one number a line
  for i in $(printf '%s\n' $(running_instances) $(seq 1 "$(wanted_instances)") | sort -n -u); do
    port="$(instance_port "$i")"
    if pid="$(pid_of "payara-$i")"; then
      state=running
      if body="$(curl -s -m 3 "$(instance_url "$i")/health/ready")" && [[ -n $body ]]; then
        health="ready: $(jq -r '.status // "?"' <<<"$body" 2>/dev/null || echo '?')"
      else
        health='ready: no answer'
      fi
      members="$(curl -s -m 3 -H "Authorization: Bearer $token" \
        "$(instance_url "$i")/api/v1/admin/cluster" 2>/dev/null |
        jq -r 'if type == "object" and (.members | type) == "array" then "grid: \(.members | length) member(s)" else empty end' 2>/dev/null || true)"
      # Until the application lists the members: the size Payara last logged for the data grid.
      [[ -n $members ]] || members="$(grep -o 'DG Size: [0-9]*' "$(instance_log "$i")" 2>/dev/null |
        tail -n 1 | sed 's/DG Size: /grid: /; s/$/ member(s) (log)/' || true)"
      [[ -n $members ]] && health+=", $members"
    else
      state=stopped pid=- health=''
    fi
    if in_rotation "$i"; then health+="${health:+, }in nginx"; else health+="${health:+, }not in nginx"; fi
    status_line "$(instance_name "$i")" "$state" "$pid" "$port" "$health"
  done
}
