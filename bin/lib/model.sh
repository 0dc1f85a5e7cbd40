# shellcheck shell=bash
# bin/fairpact model: the trained clause models in the object store (see objectstore.sh for the
# layout). Sourced through bin/lib/command.sh after common.sh and objectstore.sh.

# The profile's s3proxy must run: its keys are read from the profile's secrets.
require_object_store() {
  pid_of s3proxy >/dev/null || die "the object store of profile $PROFILE is not running (bin/fairpact up first)"
  S3_ACCESS_KEY="$(<"$SECRETS/s3.access-key")"
  S3_SECRET_KEY="$(<"$SECRETS/s3.secret-key")"
}

# model list: the model objects, newest first, the current one marked.
model_list() {
  local xml current
  xml="$(curl -sf -m 30 --aws-sigv4 "aws:amz:us-east-1:s3" --user "$S3_ACCESS_KEY:$S3_SECRET_KEY" \
    -H 'x-amz-content-sha256: UNSIGNED-PAYLOAD' \
    "http://127.0.0.1:$S3_PORT/$S3_BUCKET?prefix=$MODEL_PREFIX%2F")" || die "listing s3://$S3_BUCKET/$MODEL_PREFIX/ failed"
  current="$(s3_get "$MODEL_PREFIX/CURRENT" 2>/dev/null | tr -d '[:space:]' || true)"
  printf 's3://%s/%s/ (CURRENT: %s)\n' "$S3_BUCKET" "$MODEL_PREFIX" "${current:-none}"
  local line name modified size
  tr -d '\n' <<<"$xml" | sed 's:<Contents>:\n<Contents>:g' | { grep '^<Contents>' || true; } |
    while read -r line; do
      name="$(sed -n 's:.*<Key>'"$MODEL_PREFIX"'/\([^<]*\)</Key>.*:\1:p' <<<"$line")"
      modified="$(sed -n 's:.*<LastModified>\([^<]*\)</LastModified>.*:\1:p' <<<"$line")"
      size="$(sed -n 's:.*<Size>\([^<]*\)</Size>.*:\1:p' <<<"$line")"
      if [[ $name == clause-model-*.zip ]]; then printf '%s %s %s\n' "$modified" "$name" "$size"; fi
    done | sort -r | while read -r modified name size; do
      printf '  %s %-40s %10s bytes  %s\n' "$([[ $name == "$current" ]] && echo '*' || echo ' ')" \
        "$name" "$size" "$modified"
    done
}

cmd_model() {
  local sub="${1:-}"
  (($#)) && shift
  case "$sub" in
    list)
      (($# == 0)) || usage_error "list takes no arguments"
      require_object_store
      model_list
      ;;
    publish)
      local file='' make_current=current
      while (($#)); do
        case "$1" in
          --no-current) make_current=keep; shift ;;
          -*) usage_error "unknown option '$1'" ;;
          *) [[ -z $file ]] || usage_error "one FILE at a time"; file="$1"; shift ;;
        esac
      done
      [[ -n $file ]] || usage_error "publish needs a FILE"
      [[ -f $file ]] || die "no file '$file'"
      require_object_store
      publish_model "$file" "$make_current"
      log "instances load the current model when they start: bin/fairpact${PROFILE:+ --profile $PROFILE} restart --rolling"
      ;;
    current)
      (($# == 1)) || usage_error "current needs one NAME or VERSION"
      require_object_store
      local name="$1"
      [[ $name == clause-model-*.zip ]] || name="clause-model-$name.zip"
      s3_object_exists "$MODEL_PREFIX/$name" || die "no object s3://$S3_BUCKET/$MODEL_PREFIX/$name (bin/fairpact model list)"
      set_current_model "$name"
      log "instances load the current model when they start: bin/fairpact${PROFILE:+ --profile $PROFILE} restart --rolling"
      ;;
    '') usage_error "list, publish or current is needed" ;;
    *) usage_error "unknown model command '$sub'" ;;
  esac
}
