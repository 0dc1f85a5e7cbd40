# shellcheck shell=bash
# Installing what bin/fairpact needs: apt packages and the Maven build.
# Sourced through bin/lib/command.sh after common.sh.

APT_PACKAGES=(postgresql tesseract-ocr tesseract-ocr-pol tesseract-ocr-eng jq curl openssl gettext-base nginx-light)
RUNTIME_FILES=(payara-micro.jar postgresql.jar s3proxy.jar apache-artemis-bin.tar.gz)

# ---------------------------------------------------------------------------------------------
# apt packages
# ---------------------------------------------------------------------------------------------
ensure_packages() {
  ensure_apt_packages "${APT_PACKAGES[@]}"
}

# ensure_apt_packages PACKAGE...: installs those of the packages that are missing.
ensure_apt_packages() {
  local missing=() p
  for p in "$@"; do
    # shellcheck disable=SC2016 # ${Status} is dpkg-query's format, not a shell variable
    [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" == "install ok installed" ]] || missing+=("$p")
  done
  ((${#missing[@]} == 0)) && return 0
  log "installing apt packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}


# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------
runtime_complete() {
  local f
  for f in "${RUNTIME_FILES[@]}" .built; do
    [[ -f $RUNTIME_DIR/$f ]] || return 1
  done
}

# newer_sources FILE: some source (src/ trees, pom.xml files) changed after FILE was written.
newer_sources() {
  [[ -n "$(find "$FAIRPACT_ROOT" \( -path "$STATE_ROOT" -o -name target -o -name .git \) -prune -o \
    -type f \( -path '*/src/*' -o -name pom.xml \) -newer "$1" -print -quit)" ]]
}

needs_build() {
  local artefacts=("$WAR_FILE" "$RUNTIME_DIR/.built") a
  [[ -n $RAR_FILE ]] && artefacts+=("$RAR_FILE")
  runtime_complete || return 0
  for a in "${artefacts[@]}"; do
    [[ -f $a ]] || return 0
    newer_sources "$a" && return 0
  done
  return 1
}

# mvn_quiet ARGS...: mvn -B -q without the stray colour resets Maven 3.8 prints even in batch mode.
mvn_quiet() {
  mvn -B -q "$@" 2>&1 | sed -u -E 's/(\x1b)?\[0m//g'
}

build_all() {
  log "building: mvn -B -q -DskipTests install"
  (cd "$FAIRPACT_ROOT" && mvn_quiet -DskipTests install) || die "build failed"
  touch "$RUNTIME_DIR/.built"
}

# Only the runtime artefacts (Payara Micro, JDBC driver, s3proxy, Artemis): server-config alone.
build_runtime() {
  log "fetching runtime artefacts: mvn -B -q -f server-config/pom.xml package"
  (cd "$FAIRPACT_ROOT" && mvn_quiet -f server-config/pom.xml package) || die "server-config build failed"
  touch "$RUNTIME_DIR/.built"
}
