# shellcheck shell=bash
# API clients of bin/fairpact: tokens (RS256 JWT signed with openssl), analyze, sync.
# Sourced through bin/lib/command.sh after common.sh and services.sh.

# ---------------------------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------------------------
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# make_token ROLE TENANT SUBJECT TTL_SECONDS: prints a JWT signed with the profile's private key.
make_token() {
  local role="$1" tenant="$2" subject="$3" ttl="$4" now jti issuer header claims input signature
  ensure_jwt_keys >&2 # stdout is the token
  issuer="$JWT_ISSUER"
  if [[ -f $ENV_FILE ]]; then
    issuer="$(sed -n 's/^MP_JWT_VERIFY_ISSUER=//p' "$ENV_FILE")"
    issuer="${issuer:-$JWT_ISSUER}"
  fi
  now="$(date +%s)"
  jti="$(cat /proc/sys/kernel/random/uuid)"
  header="$(jq -cn '{alg: "RS256", typ: "JWT", kid: "fairpact"}')"
  claims="$(jq -cn --arg iss "$issuer" --arg sub "$subject" --arg role "$role" --arg tenant "$tenant" \
    --argjson iat "$now" --argjson exp "$((now + ttl))" --arg jti "$jti" \
    '{iss: $iss, sub: $sub, upn: $sub, groups: [$role], tenant: $tenant, iat: $iat, exp: $exp, jti: $jti}')"
  input="$(printf '%s' "$header" | b64url).$(printf '%s' "$claims" | b64url)"
  signature="$(printf '%s' "$input" | openssl dgst -sha256 -sign "$JWT_DIR/private.pem" -binary | b64url)"
  printf '%s.%s\n' "$input" "$signature"
}

cmd_token() {
  local role='' tenant='' subject='' ttl=3600
  while (($#)); do
    case "$1" in
      --role) need_value "$@"; role="$2"; shift 2 ;;
      --tenant) need_value "$@"; tenant="$2"; shift 2 ;;
      --subject) need_value "$@"; subject="$2"; shift 2 ;;
      --ttl) need_value "$@"; ttl="$2"; shift 2 ;;
      *) usage_error "unknown argument '$1'" ;;
    esac
  done
  [[ -n $role && -n $tenant ]] || usage_error "--role and --tenant are needed"
  need_number --ttl "$ttl"
  make_token "$role" "$tenant" "${subject:-$role@$tenant}" "$ttl"
}

# ---------------------------------------------------------------------------------------------
# HTTP
# ---------------------------------------------------------------------------------------------
# api METHOD PATH TOKEN [curl args]: calls the API (Accept: $API_ACCEPT, default JSON); sets
# HTTP_CODE, BODY (text), HEADERS (file) and leaves the raw answer in $TMP_DIR/body.
api() {
  local method="$1" path="$2" token="$3"
  shift 3
  HEADERS="$TMP_DIR/headers"
  HTTP_CODE="$(curl -s -m 120 -o "$TMP_DIR/body" -D "$HEADERS" -w '%{http_code}' -X "$method" \
    -H "Authorization: Bearer $token" -H "Accept: ${API_ACCEPT:-application/json}" "$@" "$API_URL$path")" || HTTP_CODE=000
  BODY="$(tr -d '\0' <"$TMP_DIR/body" 2>/dev/null || true)" # a PDF's NULs would upset bash
}

# api_error WHAT: prints the problem+json title/detail of the last answer (or its raw start).
api_error() {
  local what="$1" text=''
  if [[ $HTTP_CODE == 000 ]]; then
    die "$what: no answer from $API_URL (is it up? bin/fairpact status)"
  fi
  text="$(jq -r 'select(type == "object") | [(.title // empty), (.detail // empty)] | join(": ")' <<<"$BODY" 2>/dev/null || true)"
  if [[ -z $text && $BODY == *'<title>'* ]]; then
    text="$(sed -n 's:.*<title>\(.*\)</title>.*:\1:p' <<<"$BODY" | head -n 1) (not an API answer: is the application deployed?)"
  fi
  [[ -n $text ]] || text="$(head -c 300 <<<"$BODY" | tr '\n' ' ')"
  die "$what: HTTP $HTTP_CODE ${text:+- $text}"
}

setup_tmp() {
  TMP_DIR="$(mktemp -d)"
  # shellcheck disable=SC2064 # expand now: the path is fixed
  trap "rm -rf '$TMP_DIR'" EXIT
}

# progress_line TEXT: one self-overwriting line on a terminal, one line per change otherwise.
LAST_PROGRESS=''
progress_line() {
  [[ $1 == "$LAST_PROGRESS" ]] && return 0
  LAST_PROGRESS="$1"
  if [[ -t 1 ]]; then printf '\r\e[K%s' "$1"; else printf '%s\n' "$1"; fi
}
progress_done() { if [[ -t 1 && -n $LAST_PROGRESS ]]; then printf '\n'; fi; LAST_PROGRESS=''; }

# ---------------------------------------------------------------------------------------------
# analyze FILE
# ---------------------------------------------------------------------------------------------
ANALYZE_TIMEOUT=600

cmd_analyze() {
  local file='' lang='' tenant="${FAIRPACT_TENANT:-demo}"
  while (($#)); do
    case "$1" in
      --lang) need_value "$@"; lang="$2"; shift 2 ;;
      --tenant) need_value "$@"; tenant="$2"; shift 2 ;;
      -*) usage_error "unknown option '$1'" ;;
      *) [[ -z $file ]] || usage_error "one file at a time"; file="$1"; shift ;;
    esac
  done
  [[ -n $file ]] || usage_error "FILE is needed"
  [[ -z $lang || $lang == pl || $lang == en ]] || usage_error "--lang must be pl or en (default: detected from the text)"
  [[ -f $file && -r $file ]] || die "no readable file '$file'"
  setup_tmp

  local token name mime id
  token="$(make_token integrator "$tenant" "cli@$tenant" 3600)"
  name="$(basename -- "$file")"
  mime="$(file --brief --mime-type -- "$file" 2>/dev/null || echo application/octet-stream)"
  api POST "/api/v1/documents?filename=$(jq -rn --arg n "$name" '$n | @uri')${lang:+&lang=$lang}" "$token" \
    -H "Content-Type: $mime" --data-binary "@$file"
  [[ $HTTP_CODE == 202 ]] || api_error "upload of $name"
  id="$(jq -r '.analysisId' <<<"$BODY")"
  log "submitted $name ($mime): analysis $id, document $(jq -r '.documentId' <<<"$BODY")"
  local location
  location="$(sed -n 's/^[Ll]ocation: *//p' "$HEADERS" | tr -d '\r')"
  [[ -n $location ]] && ok "Location: $location"

  local start=$SECONDS status=''
  while :; do
    api GET "/api/v1/analyses/$id" "$token"
    [[ $HTTP_CODE == 200 ]] || { progress_done; api_error "status of analysis $id"; }
    status="$(jq -r '.status' <<<"$BODY")"
    progress_line "$(jq -r '"\(.status)  \(.progress // 0)%  clauses \(.clausesDone // 0)/\(.clausesTotal // "?")  findings \(.findingsCount // 0)"' <<<"$BODY")"
    case "$status" in
      COMPLETED | FAILED) break ;;
    esac
    if ((SECONDS - start >= ANALYZE_TIMEOUT)); then
      progress_done
      die "analysis $id still $status after ${ANALYZE_TIMEOUT}s (check again: curl -H 'Authorization: Bearer ...' $API_URL/api/v1/analyses/$id)"
    fi
    sleep 1
  done
  progress_done

  if [[ $status == FAILED ]]; then
    die "analysis $id FAILED: $(jq -r '.failureReason // "no reason given"' <<<"$BODY")"
  fi
  api GET "/api/v1/analyses/$id/findings" "$token"
  [[ $HTTP_CODE == 200 ]] || api_error "findings of analysis $id"
  print_findings <<<"$BODY"
  printf '\nThe readable report: bin/fairpact%s report %s%s [--pdf]\n' \
    "$([[ $PROFILE == dev ]] || printf ' --profile %s' "$PROFILE")" "$id" \
    "$([[ $tenant == "${FAIRPACT_TENANT:-demo}" ]] || printf ' --tenant %s' "$tenant")"
}

# print_findings: the findings JSON on stdin as a readable summary: per finding its register
# evidence (with the wording the clause shares with an entry it does not copy outright) and, where the classifier judged the clause, its probability, categories and the words
# that weighed most.
print_findings() {
  jq -r '
    def two: (. * 100 | round) as $n
      | "\($n / 100 | floor).\(($n % 100) | tostring | if length < 2 then "0" + . else . end)";
    def cut($n): if length > $n then .[0:$n] + "..." else . end;
    (.findings // []) as $f
    | "Analysis \(.analysisId) (language \(.language // "?")): \($f | length) risky clause(s)",
      ($f | sort_by(.page // 0, .start // 0)[]
        | "",
          "[\(.risk // "?")] page \(.page // "?"), clause \(.clauseIndex // "?"), score \(.score // 0 | two)\(if .basis == "CLASSIFIER" then "  (classifier)" elif .basis == "CLAUSE_TYPE" then "  (clause type: \(.clauseType.label // "?"))" else "" end)",
          "  \"\((.excerpt // "") | gsub("\\s+"; " ") | cut(120))\"",
          (.evidence // [] | .[]
            | "    Nr \(.registerNumber // "?")  \(.caseSignature // "?")  \(.court // "?")  \(.judgmentDate // "?")  sim \(.similarity // 0 | two)",
              (if (.sameWording // []) | length > 0
               then "      same wording: Nr \(.sameWording | map(tostring) | .[0:12] | join(", "))\(if (.sameWording | length) > 12 then " and \((.sameWording | length) - 12) more" else "" end)"
               else empty end),
              (if (.similarity // 0) < 0.995 and ((.sharedWording // []) | length > 0)
               then "      shares: \(.sharedWording | map("\"\(.)\"") | join(" / ") | cut(160))"
               else empty end)),
          (.classifier // empty
            | "    classifier: probability \(.probability // 0 | two)\(if (.categories // []) | length > 0 then ", category \(.categories | join(", "))" else "" end)",
              (if (.explanation // []) | length > 0
               then "    because of: \(.explanation[0:5] | map("\"\(.text)\" \(.weight // 0 | two)") | join(", "))"
               else empty end)))'
}

# ---------------------------------------------------------------------------------------------
# report ANALYSIS_ID
# ---------------------------------------------------------------------------------------------
cmd_report() {
  local id='' format=html out='' tenant="${FAIRPACT_TENANT:-demo}"
  while (($#)); do
    case "$1" in
      --pdf) format=pdf; shift ;;
      --out) need_value "$@"; out="$2"; shift 2 ;;
      --tenant) need_value "$@"; tenant="$2"; shift 2 ;;
      -*) usage_error "unknown option '$1'" ;;
      *) [[ -z $id ]] || usage_error "one analysis at a time"; id="$1"; shift ;;
    esac
  done
  [[ -n $id ]] || usage_error "ANALYSIS_ID is needed"
  [[ $id =~ ^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$ ]] \
    || usage_error "ANALYSIS_ID must be an analysis id (a UUID, as analyze printed it)"
  out="${out:-fairpact-report-$id.$format}"
  [[ -d "$(dirname -- "$out")" ]] || die "no directory for '$out'"
  setup_tmp

  local token media=text/html
  [[ $format == pdf ]] && media=application/pdf
  token="$(make_token integrator "$tenant" "cli@$tenant" 600)"
  API_ACCEPT="$media" api GET "/api/v1/analyses/$id/report" "$token"
  [[ $HTTP_CODE == 200 ]] || api_error "report of analysis $id"
  cp -- "$TMP_DIR/body" "$out"
  ok "report of analysis $id ($media, $(wc -c <"$out") bytes): $out"
}

# ---------------------------------------------------------------------------------------------
# sync
# ---------------------------------------------------------------------------------------------
SYNC_TIMEOUT=1800

# allowed_sync_source SOURCE: prints the source a sync may read. A local file is read from the
# profile's sources directory only (fairpact.sync.source.directories): a file from elsewhere is
# copied there first. URLs are printed as they are (the allow-list decides).
allowed_sync_source() {
  local source="$1"
  if [[ $source =~ ^[A-Za-z][A-Za-z0-9+.-]*:// ]]; then
    printf '%s\n' "$source"
    return 0
  fi
  [[ -f $source ]] || die "no file '$source'"
  source="$(realpath -- "$source")"
  mkdir -p "$SYNC_SOURCES_DIR"
  local sources_dir
  sources_dir="$(realpath -- "$SYNC_SOURCES_DIR")"
  if [[ $source != "$sources_dir"/* ]]; then
    cp -- "$source" "$sources_dir/$(basename -- "$source")"
    source="$sources_dir/$(basename -- "$source")"
    log "copied the source to $source" >&2
  fi
  printf '%s\n' "$source"
}

cmd_sync() {
  local source=''
  while (($#)); do
    case "$1" in
      --source) need_value "$@"; source="$2"; shift 2 ;;
      *) usage_error "unknown argument '$1'" ;;
    esac
  done
  [[ -n $source ]] && source="$(allowed_sync_source "$source")"
  [[ -n ${TMP_DIR:-} ]] || setup_tmp

  local token body id status
  token="$(make_token admin system "cli-admin" 3600)"
  if [[ -n $source ]]; then body="$(jq -cn --arg s "$source" '{source: $s}')"; else body='{}'; fi
  # Right after boot the first request can meet an application that is still initialising (a 500
  # with no body was seen once, when `up` started the sync on an empty register): a few bounded
  # retries, 2 s apart, before giving up.
  local attempt
  for attempt in 1 2 3 4 5; do
    api POST /api/v1/admin/clause-sync "$token" -H 'Content-Type: application/json' --data "$body"
    [[ $HTTP_CODE == 5?? ]] || break
    warn "starting the clause sync: HTTP $HTTP_CODE (attempt $attempt of 5)"
    sleep 2
  done
  [[ $HTTP_CODE == 202 ]] || api_error "starting the clause sync"
  id="$(jq -r '.executionId' <<<"$BODY")"
  log "clause sync started: execution $id${source:+ from $source}"

  local start=$SECONDS
  while :; do
    api GET "/api/v1/admin/clause-sync/$id" "$token"
    [[ $HTTP_CODE == 200 ]] || { progress_done; api_error "status of sync execution $id"; }
    status="$(jq -r '.status' <<<"$BODY")"
    progress_line "$(jq -r '"\(.status)  read \(.counts.read // 0)  added \(.counts.added // 0)  updated \(.counts.updated // 0)"' <<<"$BODY")"
    case "$status" in
      COMPLETED | FAILED | STOPPED | ABANDONED) break ;;
    esac
    if ((SECONDS - start >= SYNC_TIMEOUT)); then
      progress_done
      die "sync execution $id still $status after ${SYNC_TIMEOUT}s"
    fi
    sleep 2
  done
  progress_done
  jq -r '"sync \(.executionId) \(.status) (\(.startTime // "?") .. \(.endTime // "?"))",
    "  read \(.counts.read // 0), added \(.counts.added // 0), updated \(.counts.updated // 0), unchanged \(.counts.unchanged // 0), deactivated \(.counts.deactivated // 0), skipped \(.counts.skipped // 0)"' <<<"$BODY"
  [[ $status == COMPLETED ]] || die "clause sync ended $status"
}
