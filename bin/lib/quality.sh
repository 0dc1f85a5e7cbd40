# shellcheck shell=bash
# Detection quality from the command line: train the clause model, evaluate the engine on labelled
# data, benchmark its speed. Runs the analysis engine's main classes (org.fairpact.analysis.cli)
# with the module's runtime classpath; no server needed. Sourced by bin/fairpact after common.sh.

ENGINE_DIR="$FAIRPACT_ROOT/analysis-engine"
ENGINE_CLASSPATH_FILE="$ENGINE_DIR/target/runtime-classpath.txt"
ENGINE_STAMP="$ENGINE_DIR/target/.quality-built"
SHARED_DATA="${FAIRPACT_SHARED_DATA:-$FAIRPACT_ROOT/../shared/data}"
MODELS_DIR="$FAIRPACT_ROOT/models"

# engine_sources_changed: a source or POM of the engine is newer than the last build here.
engine_sources_changed() {
  [[ -f $ENGINE_STAMP && -f $ENGINE_CLASSPATH_FILE ]] || return 0
  [[ -n "$(find "$ENGINE_DIR/src/main" "$ENGINE_DIR/pom.xml" "$FAIRPACT_ROOT/pom.xml" \
    -newer "$ENGINE_STAMP" -type f -print -quit)" ]]
}

# ensure_engine: compiles the engine and caches its runtime classpath when sources changed.
ensure_engine() {
  engine_sources_changed || return 0
  log "building the analysis engine"
  (cd "$FAIRPACT_ROOT" && mvn -B -q -pl analysis-engine -DskipTests package \
    dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$ENGINE_CLASSPATH_FILE" 2>&1 | sed -u -E 's/(\x1b)?\[0m//g') \
    || die "building analysis-engine failed"
  [[ -s $ENGINE_CLASSPATH_FILE ]] || die "no runtime classpath written to $ENGINE_CLASSPATH_FILE"
  touch "$ENGINE_STAMP"
}

# run_engine_main [PREFIX...] -- CLASS ARGS...: runs a main class of org.fairpact.analysis.cli,
# optionally under a command prefix (such as taskset) and with $FAIRPACT_JAVA_OPTS.
run_engine_main() {
  local prefix=()
  while [[ $1 != -- ]]; do
    prefix+=("$1")
    shift
  done
  shift
  local class="$1"
  shift
  ensure_engine
  # shellcheck disable=SC2086 # FAIRPACT_JAVA_OPTS holds several options
  "${prefix[@]}" java ${FAIRPACT_JAVA_OPTS:-} \
    -cp "$ENGINE_DIR/target/classes:$(cat "$ENGINE_CLASSPATH_FILE")" \
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

# bin/fairpact train [--data DIR] [--out FILE|DIR]
cmd_train() {
  local data="$SHARED_DATA" out="$MODELS_DIR"
  while (($#)); do
    case "$1" in
      --data) data="${2:?--data needs a folder}"; shift 2 ;;
      --out) out="${2:?--out needs a file or folder}"; shift 2 ;;
      *) die "train: unknown argument '$1' (usage: train [--data DIR] [--out FILE|DIR])" ;;
    esac
  done
  [[ -d $data/pac && -d $data/claudette-tos ]] || die "train: $data holds no pac/ and claudette-tos/"
  [[ $out == "$MODELS_DIR" ]] && mkdir -p "$MODELS_DIR"
  log "training the clause model from $data"
  run_engine_main -- TrainModel "$data" "$out"
}

# bin/fairpact eval DATASET FILE [--model FILE|DIR] [--split NAME] [--sample N] [--outside FILE[,FILE]]
cmd_eval() {
  (($# >= 2)) || die "usage: eval pac|unfair-tos|register FILE [--model FILE|DIR] [--split NAME]"
  local args=("$@")
  if [[ $1 != register ]] && ! has_option model "$@"; then
    args=(--model "$MODELS_DIR" "${args[@]}")
  fi
  # clauses outside the register: the safe clauses of PAC dev and train (2,794)
  if [[ $1 == register ]] && ! has_option outside "$@" && [[ -f $SHARED_DATA/pac/dev.csv ]]; then
    args=(--outside "$SHARED_DATA/pac/dev.csv,$SHARED_DATA/pac/train.csv" "${args[@]}")
  fi
  run_engine_main -- Evaluate "${args[@]}"
}

# bin/fairpact bench [DIR] [--model FILE|DIR] [--warmup N] [--repeat N]: one thread, pinned to one
# core where taskset exists (default DIR: the shared CUAD contracts).
# bin/fairpact bench --ocr [TEXT_FILE [PAGES]]: OCR of scanned pages, in parallel on all cores
# against one page at a time (default: the example contract as 4 pages).
cmd_bench() {
  if [[ ${1:-} == --ocr ]]; then
    shift
    command -v tesseract >/dev/null || die "bench --ocr needs tesseract (bin/fairpact up installs it)"
    run_engine_main -- OcrBenchmark "${1:-$FAIRPACT_ROOT/examples/umowa-sprzedazy-konsumenckiej.txt}" \
      "${2:-4}"
    return
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
    run_engine_main "${pin[@]}" -- Benchmark "${args[@]}"
}
