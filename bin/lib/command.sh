# shellcheck shell=bash
# The start of every command file of bin/commands/, sourced with the command's arguments:
#   source "$(dirname -- "${BASH_SOURCE[0]}")/../lib/command.sh"
# Answers -h/--help with the command's help and exits 0 before anything else (no profile, no
# state, no build); otherwise loads the shared helpers of bin/lib and the profile chosen with
# `bin/fairpact --profile NAME` (FAIRPACT_PROFILE; default dev) without touching any state.

FAIRPACT_ROOT="$(cd "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)"
LIB="$FAIRPACT_ROOT/bin/lib"
COMMAND_FILE="${BASH_SOURCE[1]}"
# shellcheck source=cli.sh
source "$LIB/cli.sh"
if help_requested "$@"; then
  command_help "$COMMAND_FILE"
  exit 0
fi

# shellcheck source=common.sh
source "$LIB/common.sh"
# shellcheck source=build.sh
source "$LIB/build.sh"
# shellcheck source=postgres.sh
source "$LIB/postgres.sh"
# shellcheck source=broker.sh
source "$LIB/broker.sh"
# shellcheck source=objectstore.sh
source "$LIB/objectstore.sh"
# shellcheck source=payara.sh
source "$LIB/payara.sh"
# shellcheck source=console.sh
source "$LIB/console.sh"
# shellcheck source=nginx.sh
source "$LIB/nginx.sh"
# shellcheck source=cluster.sh
source "$LIB/cluster.sh"
# shellcheck source=profile.sh
source "$LIB/profile.sh"
# shellcheck source=stack.sh
source "$LIB/stack.sh"
# shellcheck source=api.sh
source "$LIB/api.sh"
# shellcheck source=model.sh
source "$LIB/model.sh"
# shellcheck source=quality.sh
source "$LIB/quality.sh"
# shellcheck source=bench-intake.sh
source "$LIB/bench-intake.sh"
# shellcheck source=containers.sh
source "$LIB/containers.sh"
# shellcheck source=deploy-checks.sh
source "$LIB/deploy-checks.sh"
# shellcheck source=batch.sh
source "$LIB/batch.sh"
# shellcheck source=browser.sh
source "$LIB/browser.sh"
# shellcheck source=openapi-lint.sh
source "$LIB/openapi-lint.sh"
# shellcheck source=test-stages.sh
source "$LIB/test-stages.sh"
# shellcheck source=test-lock.sh
source "$LIB/test-lock.sh"
