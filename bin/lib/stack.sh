# shellcheck shell=bash
# What several commands do with a profile's whole stack: load the register on first start, wait for
# the instances' register indexes, stop everything in reverse order.
# Sourced through command.sh after the component helpers (postgres, broker, objectstore, cluster...).

# sync_if_register_empty: the clause sync, when the register of the profile's database is empty.
sync_if_register_empty() {
  local count
  if ! count="$(psql_app 'SELECT count(*) FROM register_entry' 2>/dev/null)"; then
    warn "no table register_entry in $DB_NAME (migrations missing?): clause sync skipped"
    return 0
  fi
  if [[ $count == 0 ]]; then
    log "the clause register is empty: running the clause sync"
    if (cmd_sync); then
      await_register_indexes
    else
      warn "the clause sync failed; run it again with: bin/fairpact sync"
    fi
  else
    ok "clause register: $count entries"
  fi
}

# await_register_indexes: after the first sync, every instance rebuilds its matching index from
# the new register (lemmatising it takes a few seconds); until then it would analyse against an
# empty register, so `up` returns only once each has logged an index of the entries.
await_register_indexes() {
  local i
  for i in $(running_instances); do
    wait_until 120 "$(instance_name "$i") register index" "$(pid_of "payara-$i")" \
      "$(instance_log "$i")" grep -q 'register index holds [1-9]' "$(instance_log "$i")"
    ok "$(instance_name "$i") register index built"
  done
}

# warn_console_down: scale/restart with the console wanted but the DAS not running.
warn_console_down() {
  if console_wanted && ! pid_of console >/dev/null; then
    warn "Payara Server (the console) is not running: instances started now do not show up in it; bin/fairpact up --console starts it and restarts the instances"
  fi
}

# stop_stack: stops what `up` (or `test`) started, by recorded PID, in reverse order; PostgreSQL
# only if it was started by bin/fairpact.
stop_stack() {
  stop_cluster
  stop_console
  stop_component s3proxy 20
  stop_component artemis 30
  stop_postgres_if_ours
}
