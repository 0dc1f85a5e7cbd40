# shellcheck shell=bash
# The command line's own rules: where the commands are, their help (the head comment of each
# command file), and how an argument error is reported. Sourced by bin/fairpact and, through
# command.sh, by every command; needs FAIRPACT_ROOT.
#
# A command file (bin/commands/NAME, `bin/fairpact NAME`; bin/commands/NAME-SUB is
# `bin/fairpact NAME SUB`) starts with a comment block:
#   # Summary: one line, listed by `bin/fairpact help`
#   #
#   # Usage: bin/fairpact NAME ...        (continued on the lines below it, up to an empty `#`)
#   #
#   # The help text: every other line of the block.
# `bin/fairpact NAME --help` (or -h anywhere before a `--`, or `bin/fairpact help NAME`) prints the
# usage and the help text and exits 0 before anything else happens.

COMMANDS_DIR="$FAIRPACT_ROOT/bin/commands"

# Exit code of an argument error: nothing was started.
EXIT_USAGE=2

# command_file WORD [SUB]: the file of command WORD (or WORD-SUB when that exists and SUB is given);
# status 1 when there is none.
command_file() {
  [[ $1 =~ ^[a-z][a-z0-9-]*$ ]] || return 1
  if [[ -n ${2:-} && $2 =~ ^[a-z][a-z0-9-]*$ && -x $COMMANDS_DIR/$1-$2 ]]; then
    printf '%s' "$COMMANDS_DIR/$1-$2"
  elif [[ -x $COMMANDS_DIR/$1 ]]; then
    printf '%s' "$COMMANDS_DIR/$1"
  else
    return 1
  fi
}

# command_name FILE: how the command of FILE is typed (bench-intake: "bench intake").
command_name() {
  local name
  name="$(basename -- "$1")"
  printf '%s' "${name//-/ }"
}

# command_head FILE: the head comment block of FILE (after the #! line), without the leading '# '.
command_head() {
  awk 'NR == 1 && /^#!/ { next }
    /^#/ { if ($0 ~ /^# shellcheck /) next; sub(/^# ?/, ""); print; next }
    { exit }' "$1"
}

command_summary() {
  command_head "$1" | sed -n 's/^Summary: *//p' | head -n 1
}

# command_usage FILE: the Usage: line and the lines that continue it.
command_usage() {
  command_head "$1" | awk '/^Usage:/ { on = 1 } on && /^$/ { exit } on { print }'
}

# command_help FILE: the usage, an empty line, the help text.
command_help() {
  command_usage "$1"
  printf '\n'
  command_head "$1" | awk '
    /^Summary:/ { next }
    /^Usage:/ { skip = 1; next }
    skip && /^$/ { skip = 0; next }
    skip { next }
    { lines[++n] = $0 }
    END { while (n > 0 && lines[n] == "") n--; s = 1; while (s <= n && lines[s] == "") s++
          for (i = s; i <= n; i++) print lines[i] }'
}

# command_list: one line per command, its name and summary.
command_list() {
  local file
  for file in "$COMMANDS_DIR"/*; do
    [[ -x $file ]] || continue
    printf '  %-18s %s\n' "$(command_name "$file")" "$(command_summary "$file")"
  done
}

# help_requested ARGS...: whether -h or --help is among ARGS (before a `--`).
help_requested() {
  local arg
  for arg in "$@"; do
    [[ $arg == -- ]] && return 1
    [[ $arg == -h || $arg == --help ]] && return 0
  done
  return 1
}

# usage_error MESSAGE: refuses the command line: the message and the command's usage on stderr,
# exit 2. Nothing has been started.
usage_error() {
  local name="${COMMAND_FILE:+$(command_name "$COMMAND_FILE")}"
  printf '%serror:%s %s%s\n' "${C_RED:-}" "${C_OFF:-}" "${name:+$name: }" "$1" >&2
  if [[ -n ${COMMAND_FILE:-} ]]; then
    command_usage "$COMMAND_FILE" >&2
    printf '(bin/fairpact %s --help for more)\n' "$name" >&2
  else
    printf 'Usage: bin/fairpact [--profile dev|test] COMMAND [ARGS] (bin/fairpact --help for more)\n' >&2
  fi
  exit "$EXIT_USAGE"
}

# need_value OPTION ARGS...: OPTION (the current argument) needs a value in the next one; a
# missing value, an empty one or another option is an argument error.
need_value() {
  [[ $# -ge 2 && -n $2 && $2 != -* ]] || usage_error "$1 needs a value"
}

# need_number WHAT VALUE: VALUE is a whole number, else an argument error.
need_number() {
  [[ $2 =~ ^[0-9]+$ ]] || usage_error "$1 must be a whole number, not '$2'"
}

# no_arguments ARGS...: the command takes no arguments.
no_arguments() {
  (($# == 0)) || usage_error "unexpected argument '$1' (takes no arguments)"
}
