# shellcheck shell=bash
# Detection quality from the command line: train the clause model, evaluate the engine on labelled
# data, benchmark its speed. Runs the main classes of analysis-tools (org.fairpact.analysis.cli)
# with that module's runtime classpath, which holds the analysis engine's jar; no server needed.
# Sourced through bin/lib/command.sh after common.sh. The commands' help is at the head of
# bin/commands/train, eval and bench; their arguments are checked here before anything is built.

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

# cmd_train [--data DIR] [--out FILE|DIR] [--verifier]: see bin/commands/train.
cmd_train() {
  local data="$SHARED_DATA" out="$MODELS_DIR" verifier=
  while (($#)); do
    case "$1" in
      --data) need_value "$@"; data="$2"; shift 2 ;;
      --out) need_value "$@"; out="$2"; shift 2 ;;
      --verifier) verifier=1; shift ;;
      *) usage_error "unknown argument '$1'" ;;
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

# cmd_eval DATASET FILE [OPTIONS]: see bin/commands/eval. The arguments are checked here (the tools
# are built before they would be checked in Java); the options go on to Evaluate as they are.
cmd_eval() {
  local operands=() i
  for ((i = 1; i <= $#; i++)); do
    case "${!i}" in
      --model | --split | --outside | --sample)
        need_value "${@:i}"
        if [[ ${!i} == --sample ]]; then
          local next=$((i + 1))
          need_number --sample "${!next}"
        fi
        ((i++)) || true
        ;;
      -*) usage_error "unknown option '${!i}'" ;;
      *) operands+=("${!i}") ;;
    esac
  done
  ((${#operands[@]} == 2)) || usage_error "expects DATASET and FILE"
  case "${operands[0]}" in
    pac | unfair-tos | register | rewordings) ;;
    *) usage_error "unknown dataset '${operands[0]}' (pac, unfair-tos, register or rewordings)" ;;
  esac
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

# cmd_bench [DIR|--polish|--ocr ...] [OPTIONS]: see bin/commands/bench (bench intake:
# bin/commands/bench-intake, cmd_bench_intake).
cmd_bench() {
  if [[ ${1:-} == --ocr ]]; then
    shift
    (($# <= 2)) || usage_error "bench --ocr takes at most TEXT_FILE and PAGES"
    [[ ${1:-} != -* ]] || usage_error "unknown option '$1' of bench --ocr"
    [[ -z ${2:-} ]] || need_number PAGES "$2"
    command -v tesseract >/dev/null || die "bench --ocr needs tesseract (bin/fairpact up installs it)"
    run_tools_main -- OcrBenchmark "${1:-$FAIRPACT_ROOT/examples/umowa-sprzedazy-konsumenckiej.txt}" \
      "${2:-4}"
    return
  fi
  local args=() pin=() dirs=0 polish=no i next
  for ((i = 1; i <= $#; i++)); do
    case "${!i}" in
      --polish) polish=yes; continue ;;
      --model | --warmup | --repeat)
        need_value "${@:i}"
        next=$((i + 1))
        [[ ${!i} == --model ]] || need_number "${!i}" "${!next}"
        args+=("${!i}" "${!next}")
        ((i++)) || true
        continue
        ;;
      -*) usage_error "unknown option '${!i}'" ;;
    esac
    ((dirs == 0)) || usage_error "one DIR at a time"
    dirs=1
    args+=("${!i}")
  done
  [[ $polish == no || $dirs == 0 ]] || usage_error "--polish takes no DIR"
  if [[ $polish == yes ]]; then
    local polish_dir="$FAIRPACT_ROOT/.fairpact/bench/polish"
    [[ -d $SHARED_DATA/pac ]] || die "bench --polish needs $SHARED_DATA/pac"
    run_tools_main -- PolishContracts "$SHARED_DATA/pac" "$polish_dir" >/dev/null
    args+=("$polish_dir")
    dirs=1
  fi
  set -- "${args[@]+"${args[@]}"}"
  has_option model "$@" || args=(--model "$MODELS_DIR" "${args[@]+"${args[@]}"}")
  ((dirs)) || args+=("$SHARED_DATA/cuad-contracts")
  command -v taskset >/dev/null && pin=(taskset -c 0)
  FAIRPACT_JAVA_OPTS="-XX:ActiveProcessorCount=1 ${FAIRPACT_JAVA_OPTS:-}" \
    run_tools_main "${pin[@]}" -- Benchmark "${args[@]}"
}
