# shellcheck shell=bash
# Detection quality from the command line: train the clause model, evaluate the engine on labelled
# data, benchmark its speed. Runs the main classes of analysis-tools (org.fairpact.analysis.cli)
# with that module's runtime classpath, which holds the analysis engine's jar; no server needed.
# Sourced by bin/fairpact after common.sh. Each command's help is the comment block above its
# cmd_ function (`bin/fairpact train --help`), printed without building anything.

ENGINE_DIR="$FAIRPACT_ROOT/analysis-engine"
TOOLS_DIR="$FAIRPACT_ROOT/analysis-tools"
TOOLS_CLASSPATH_FILE="$TOOLS_DIR/target/runtime-classpath.txt"
TOOLS_STAMP="$TOOLS_DIR/target/.quality-built"
SHARED_DATA="${FAIRPACT_SHARED_DATA:-$FAIRPACT_ROOT/../shared/data}"
MODELS_DIR="$FAIRPACT_ROOT/models"

# tools_sources_changed: a source or POM of the engine or the tools is newer than the last build.
tools_sources_changed() {
  [[ -f $TOOLS_STAMP && -f $TOOLS_CLASSPATH_FILE ]] || return 0
  [[ -n "$(find "$ENGINE_DIR/src/main" "$ENGINE_DIR/pom.xml" "$TOOLS_DIR/src/main" \
    "$TOOLS_DIR/pom.xml" "$FAIRPACT_ROOT/pom.xml" -newer "$TOOLS_STAMP" -type f -print -quit)" ]]
}

# ensure_tools: builds analysis-tools and the engine under it (-am) when sources changed, and
# caches the tools' runtime classpath (the engine's jar and every library the tools need).
ensure_tools() {
  tools_sources_changed || return 0
  log "building the analysis tools and engine"
  # a relative output file is resolved per module, so each module of the reactor writes its own
  (cd "$FAIRPACT_ROOT" && mvn -B -q -pl analysis-tools -am -DskipTests package \
    dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile=target/runtime-classpath.txt 2>&1 | sed -u -E 's/(\x1b)?\[0m//g') \
    || die "building analysis-tools failed"
  [[ -s $TOOLS_CLASSPATH_FILE ]] || die "no runtime classpath written to $TOOLS_CLASSPATH_FILE"
  touch "$TOOLS_STAMP"
}

# tools_classpath: analysis-tools' classes and its runtime classpath (after ensure_tools).
tools_classpath() {
  printf '%s:%s' "$TOOLS_DIR/target/classes" "$(cat "$TOOLS_CLASSPATH_FILE")"
}

# run_tools_main [PREFIX...] -- CLASS ARGS...: runs a main class of org.fairpact.analysis.cli,
# optionally under a command prefix (such as taskset) and with $FAIRPACT_JAVA_OPTS.
run_tools_main() {
  local prefix=()
  while [[ $1 != -- ]]; do
    prefix+=("$1")
    shift
  done
  shift
  local class="$1"
  shift
  ensure_tools
  # shellcheck disable=SC2086 # FAIRPACT_JAVA_OPTS holds several options
  "${prefix[@]}" java ${FAIRPACT_JAVA_OPTS:-} -cp "$(tools_classpath)" \
    "org.fairpact.analysis.cli.$class" "$@"
}

# has_option NAME ARGS...: whether --NAME is among ARGS.
has_option() {
  local name="$1" arg
  shift
  for arg in "$@"; do
    [[ $arg == "--$name" ]] && return 0
  done
  return 1
}

# command_help NAME [FILE]: the comment block right above cmd_NAME in FILE (default: this file),
# without the '# '.
command_help() {
  awk -v fn="cmd_$1()" '
    /^#/ { block = block substr($0, 3) "\n"; next }
    index($0, fn) == 1 { printf "%s", block; exit }
    { block = "" }' "${2:-${BASH_SOURCE[0]}}"
}

# wants_help ARGS...: whether -h or --help is among ARGS.
wants_help() {
  local arg
  for arg in "$@"; do
    [[ $arg == -h || $arg == --help ]] && return 0
  done
  return 1
}

# Usage: bin/fairpact train [--data DIR] [--out FILE|DIR]
#        bin/fairpact train --verifier [--data DIR]
# Trains the clause model on the train splits of DIR (default ../shared/data: pac/ and
# claudette-tos/), the bundled register's clauses and the team's written train split
# (datasets/pl-rewordings/train.csv), tunes it on their dev/validation splits together with the
# bundled register's evidence, and writes it to FILE, or to DIR/clause-model-<version>.zip made CURRENT there
# (default: models/). Prints the file, the version and one line of JSON with the dev figures.
# --verifier: derives the synonym list from Debian's mythes-pl thesaurus (installed if missing)
# and trains the engine's pair verifier on the bundled register and
# datasets/pl-rewordings/train.csv, writing both as engine resources (see docs/quality.md).
cmd_train() {
  if wants_help "$@"; then command_help train; return 0; fi
  local data="$SHARED_DATA" out="$MODELS_DIR" verifier=
  while (($#)); do
    case "$1" in
      --data) data="${2:?--data needs a folder}"; shift 2 ;;
      --out) out="${2:?--out needs a file or folder}"; shift 2 ;;
      --verifier) verifier=1; shift ;;
      *) die "train: unknown argument '$1' (usage: train [--verifier] [--data DIR] [--out FILE|DIR])" ;;
    esac
  done
  if [[ -n $verifier ]]; then
    train_verifier "$data"
    return
  fi
  [[ -d $data/pac && -d $data/claudette-tos ]] || die "train: $data holds no pac/ and claudette-tos/"
  [[ $out == "$MODELS_DIR" ]] && mkdir -p "$MODELS_DIR"
  log "training the clause model from $data"
  run_tools_main -- TrainModel "$data" "$out" "$FAIRPACT_ROOT/datasets/pl-rewordings/train.csv"
}

# train_verifier DATA: the synonym list, then the pair verifier, into the engine's resources.
train_verifier() {
  local data="$1" resources="$FAIRPACT_ROOT/analysis-engine/src/main/resources/org/fairpact/analysis"
  local register="$resources/register/register-2024-02.csv" thesaurus=/usr/share/mythes/th_pl_PL_v2.dat
  [[ -f $data/pac/train.csv ]] || die "train --verifier: $data holds no pac/train.csv"
  if [[ ! -f $thesaurus ]]; then
    log "installing the Polish thesaurus (mythes-pl)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mythes-pl
  fi
  log "deriving the synonym list from $thesaurus"
  run_tools_main -- SynonymList "$thesaurus" "$register" "$data/pac/train.csv" \
    "$resources/verification/synonyms-pl.tsv"
  # the verifier reads the list from the engine's classes: rebuild before training on it
  rm -f "$TOOLS_STAMP"
  log "training the pair verifier"
  run_tools_main -- TrainVerifier "$register" "$FAIRPACT_ROOT/datasets/pl-rewordings/train.csv" \
    "$resources/verification/verifier-pl.json"
  rm -f "$TOOLS_STAMP"
}

# Usage: bin/fairpact eval pac|unfair-tos|register|rewordings FILE [--model FILE|DIR] [--split NAME]
#                          [--sample N] [--outside FILE[,FILE]]
# Runs the engine as production does (the model loaded, the bundled register indexed) over a
# labelled file: a PAC csv, an UNFAIR-ToS jsonl (--split: only that split), a register export
# (csv or xlsx; N entries reworded, default all, against the clauses outside the register: the
# safe clauses of PAC dev and train unless --outside names others) or a rewordings csv
# (text,accept,level: clauses numbered into Polish terms of service; per level the share flagged,
# with a right register entry among the evidence and first; e.g. datasets/pl-rewordings/dev.csv). --model: a model file or a
# model folder (default models/). Prints a table, then one line of JSON with the figures (see
# docs/quality.md).
cmd_eval() {
  if wants_help "$@"; then command_help eval; return 0; fi
  (($# >= 2)) || die "usage: eval pac|unfair-tos|register|rewordings FILE [--model FILE|DIR] [--split NAME]"
  local args=("$@")
  if [[ $1 != register ]] && ! has_option model "$@"; then
    args=(--model "$MODELS_DIR" "${args[@]}")
  fi
  # clauses outside the register: the safe clauses of PAC dev and train (2,794)
  if [[ $1 == register ]] && ! has_option outside "$@" && [[ -f $SHARED_DATA/pac/dev.csv ]]; then
    args=(--outside "$SHARED_DATA/pac/dev.csv,$SHARED_DATA/pac/train.csv" "${args[@]}")
  fi
  run_tools_main -- Evaluate "${args[@]}"
}

# Usage: bin/fairpact bench [DIR] [--model FILE|DIR] [--warmup N] [--repeat N]
#        bin/fairpact bench --polish [--model FILE|DIR] [--warmup N] [--repeat N]
#        bin/fairpact bench --ocr [TEXT_FILE [PAGES]]
#        bin/fairpact bench intake [OPTIONS]   (see bin/fairpact bench intake --help)
# Engine speed over the *.txt contracts of DIR (default: the CUAD contracts of ../shared/data) on
# one thread, pinned to one core where taskset exists, against baselines in the same run (see
# docs/benchmarks.md). --polish: over 100 Polish terms of service made of PAC's real contract
# clauses and register clauses (written to .fairpact/bench/polish). --ocr: OCR of a text scanned
# as PAGES page images (default: the example contract as 4 pages), pages in parallel on all cores
# against one page at a time. intake: uploads and analyses through nginx on a cluster of its own
# (bin/lib/bench-intake.sh).
cmd_bench() {
  if [[ ${1:-} == intake ]]; then
    shift
    cmd_bench_intake "$@"
    return
  fi
  if wants_help "$@"; then command_help bench; return 0; fi
  if [[ ${1:-} == --ocr ]]; then
    shift
    command -v tesseract >/dev/null || die "bench --ocr needs tesseract (bin/fairpact up installs it)"
    run_tools_main -- OcrBenchmark "${1:-$FAIRPACT_ROOT/examples/umowa-sprzedazy-konsumenckiej.txt}" \
      "${2:-4}"
    return
  fi
  if [[ ${1:-} == --polish ]]; then
    shift
    local polish="$FAIRPACT_ROOT/.fairpact/bench/polish"
    [[ -d $SHARED_DATA/pac ]] || die "bench --polish needs $SHARED_DATA/pac"
    run_tools_main -- PolishContracts "$SHARED_DATA/pac" "$polish" >/dev/null
    set -- "$@" "$polish"
  fi
  local args=("$@") pin=() positional=0 i
  for ((i = 1; i <= $#; i++)); do
    if [[ ${!i} == --* ]]; then
      ((i++))
    else
      positional=1
    fi
  done
  has_option model "$@" || args=(--model "$MODELS_DIR" "${args[@]}")
  ((positional)) || args+=("$SHARED_DATA/cuad-contracts")
  command -v taskset >/dev/null && pin=(taskset -c 0)
  FAIRPACT_JAVA_OPTS="-XX:ActiveProcessorCount=1 ${FAIRPACT_JAVA_OPTS:-}" \
    run_tools_main "${pin[@]}" -- Benchmark "${args[@]}"
}
