#!/usr/bin/env bash
# docker/base-images.sh: makes sure the public base images docker/ builds FROM exist in podman's
# store under their usual names. Where Docker Hub answers they are pulled; where no image registry
# is reachable (this kind of machine), local stand-ins are built from the apt mirror instead
# (../shared/docs/containers.md): a Debian bookworm root file system made with debootstrap, imported
# as localhost/debian:bookworm, and on it one small image per base image, tagged with the usual
# name, so that `FROM eclipse-temurin:17-jre` in docker/*/Dockerfile resolves without a pull.
# Idempotent and cached: an image that exists is left alone (--rebuild: build the stand-ins again).
#
# Usage: docker/base-images.sh [--rebuild]
# Environment: FAIRPACT_BASE_IMAGES=auto|pull|standin (default auto: pull when Docker Hub answers).
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

FAIRPACT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../bin/lib/common.sh
source "$FAIRPACT_ROOT/bin/lib/common.sh"
BASE_DIR="$FAIRPACT_ROOT/docker/base"

# The usual name, and the stand-in's Containerfile in docker/base/.
BASE_IMAGES=(
  "docker.io/library/eclipse-temurin:17-jre jre.Containerfile"
  "docker.io/library/maven:3.9-eclipse-temurin-17 maven.Containerfile"
  "docker.io/library/postgres:15 postgres.Containerfile"
  "docker.io/library/nginx:1.22 nginx.Containerfile"
  "docker.io/prom/prometheus:v2.42.0 prometheus.Containerfile"
)
DEBIAN_IMAGE=localhost/debian:bookworm

image_exists() { podman image exists "$1"; }

registry_reachable() {
  local code
  code="$(curl -s -m 5 -o /dev/null -w '%{http_code}' https://registry-1.docker.io/v2/ 2>/dev/null || true)"
  [[ $code == 401 || $code == 200 ]]
}

# apt_mirror: the first URI of the host's Debian sources (deb822 or one-line format).
apt_mirror() {
  local mirror=''
  mirror="$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)"
  [[ -n $mirror ]] || mirror="$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)"
  printf '%s' "${mirror:-http://deb.debian.org/debian}"
}

# debian_image: localhost/debian:bookworm from the apt mirror, with the host's apt sources, apt
# settings and the CA certificates HTTPS egress is trusted through (containers.md, section 2).
debian_image() {
  image_exists "$DEBIAN_IMAGE" && { ok "$DEBIAN_IMAGE exists"; return 0; }
  command -v debootstrap >/dev/null || die "debootstrap is not installed (bin/fairpact containers up installs it)"
  local work rootfs mirror started=$SECONDS
  work="$(mktemp -d /var/tmp/fairpact-debootstrap.XXXXXX)"
  rootfs="$work/rootfs"
  mirror="$(apt_mirror)"
  log "building $DEBIAN_IMAGE with debootstrap from $mirror (about 30 s)"
  if ! nice debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1; then
    tail -n 20 "$work/debootstrap.log" >&2
    rm -rf "$work"
    die "debootstrap failed"
  fi
  rm -f "$rootfs/etc/apt/sources.list"
  if compgen -G '/etc/apt/sources.list.d/*.sources' >/dev/null; then
    cp /etc/apt/sources.list.d/*.sources "$rootfs/etc/apt/sources.list.d/"
  else
    cp /etc/apt/sources.list "$rootfs/etc/apt/sources.list"
  fi
  cp /etc/apt/apt.conf.d/* "$rootfs/etc/apt/apt.conf.d/" 2>/dev/null || true
  mkdir -p "$rootfs/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$rootfs/usr/local/share/ca-certificates/" 2>/dev/null || true
  cat >"$rootfs/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache ""; Dir::Cache::srcpkgcache "";
EOF
  echo 'Acquire::Languages "none";' >"$rootfs/etc/apt/apt.conf.d/docker-no-languages"
  echo 'Acquire::GzipIndexes "true";' >"$rootfs/etc/apt/apt.conf.d/docker-gzip-indexes"
  rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/cache/apt/archives/*.deb
  : >"$rootfs/etc/resolv.conf"
  tar -C "$rootfs" -c . | podman import --change 'CMD ["/bin/bash"]' - "$DEBIAN_IMAGE" >/dev/null
  rm -rf "$work"
  ok "$DEBIAN_IMAGE built ($((SECONDS - started)) s)"
}

# standin NAME CONTAINERFILE: builds the stand-in and tags it with the usual name.
standin() {
  local name="$1" file="$2" started=$SECONDS
  log "building a stand-in for $name ($file)"
  nice podman build --format docker -q -f "$BASE_DIR/$file" -t "$name" "$BASE_DIR" >/dev/null ||
    die "building the stand-in for $name failed"
  ok "$name (stand-in) built ($((SECONDS - started)) s)"
}

main() {
  local rebuild=no mode="${FAIRPACT_BASE_IMAGES:-auto}" entry name file missing=()
  case "${1:-}" in
    '') ;;
    --rebuild) rebuild=yes ;;
    -h | --help) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; return 0 ;;
    *) die "unknown argument '$1' (docker/base-images.sh --help)" ;;
  esac
  command -v podman >/dev/null || die "podman is not installed (bin/fairpact containers up installs it)"
  for entry in "${BASE_IMAGES[@]}"; do
    read -r name file <<<"$entry"
    if [[ $rebuild == yes ]] || ! image_exists "$name"; then missing+=("$entry"); fi
  done
  if ((${#missing[@]} == 0)); then
    ok "base images present: $(for e in "${BASE_IMAGES[@]}"; do printf '%s ' "${e%% *}"; done)"
    return 0
  fi
  if [[ $mode == auto ]]; then
    if registry_reachable; then mode=pull; else mode=standin; fi
  fi
  if [[ $mode == standin ]]; then
    debian_image
  fi
  for entry in "${missing[@]}"; do
    read -r name file <<<"$entry"
    if [[ $mode == pull ]]; then
      log "pulling $name"
      podman pull -q "$name" >/dev/null || die "podman pull $name failed"
    else
      standin "$name" "$file"
    fi
  done
}

main "$@"
