#!/bin/bash
# Runs the Flyway command line (default command: migrate) against FLYWAY_URL as FLYWAY_USER; the
# password from FLYWAY_PASSWORD or the file FLYWAY_PASSWORD_FILE (a compose secret).
set -euo pipefail
if [[ -n ${FLYWAY_PASSWORD_FILE:-} ]]; then
  FLYWAY_PASSWORD="$(<"$FLYWAY_PASSWORD_FILE")"
  export FLYWAY_PASSWORD
  unset FLYWAY_PASSWORD_FILE
fi
exec /flyway/flyway "$@"
