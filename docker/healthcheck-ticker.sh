#!/usr/bin/env bash
# Runs the healthchecks of one compose project's containers every 2 s. Podman schedules
# healthchecks with systemd timers; without systemd they never run by themselves and a container's
# health stays "starting" (../shared/docs/containers.md, section 4), so depends_on
# `condition: service_healthy` would wait forever. bin/fairpact containers starts this while it
# brings the stack up and stops it (by its PID) afterwards.
# Usage: docker/healthcheck-ticker.sh PROJECT
set -uo pipefail
case "${1:-}" in
  '' | -h | --help) sed -n '2,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac
project="$1"
while :; do
  for id in $(podman ps -q --filter "label=com.docker.compose.project=$project"); do
    # Only containers that have a healthcheck (the others answer with an error).
    if [[ -n "$(podman inspect --format '{{if .Config.Healthcheck}}x{{end}}' "$id" 2>/dev/null)" ]]; then
      podman healthcheck run "$id" >/dev/null 2>&1
    fi
  done
  sleep 2
done
