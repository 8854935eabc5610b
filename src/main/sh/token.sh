#!/usr/bin/env bash
# Prints a bearer token for an active worker, signed with the DEVELOPMENT key, carrying that worker's roles:
#   make token USER=sian.morgan
#   curl -H "Authorization: Bearer $(make -s token USER=sian.morgan)" localhost:8080/api/cases
# Only the local, dev and test profiles trust this key; production refuses to start with it.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
KEY="$ROOT/src/test/resources/dev-only-keys/private.pem"
ISSUER="${CASEWORK_JWT_ISSUER:-https://casework.invalid/dev}"
AUDIENCE="${CASEWORK_JWT_AUDIENCE:-casework}"
USERNAME="${1:-}"

die() { echo "token: $*" >&2; exit 1; }

[[ "$USERNAME" =~ ^[A-Za-z0-9._@-]+$ ]] || die "give a worker's username: make token USER=sian.morgan"
command -v openssl >/dev/null || die "openssl is needed to sign the token"

url="${CASEWORK_DB_URL:-jdbc:postgresql://127.0.0.1:5432/casework}"
url="${url#jdbc:}"
url="${url/postgresql:\/\//postgresql://${CASEWORK_DB_USER:-casework}@}"
roles="$(PGPASSWORD="${CASEWORK_DB_PASSWORD:-casework}" psql "${url%%\?*}" -Atqc \
  "select string_agg('\"' || r.role || '\"', ',' order by r.role) from worker w join worker_role r on r.worker_id = w.id
   where lower(w.username) = lower('$USERNAME') and w.active")" \
  || die "cannot read the workers from the database; run make run first"
[ -n "$roles" ] || die "no active worker is called '$USERNAME'; the demo has e.g. sian.morgan (team lead), aled.jones (worker), admin"

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","aud":"%s","sub":"%s","upn":"%s","groups":[%s],"iat":%d,"exp":%d}' \
  "$ISSUER" "$AUDIENCE" "$USERNAME" "$USERNAME" "$roles" "$now" "$((now + 8 * 3600))" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$KEY" -binary | b64url)
echo "$header.$payload.$signature"
