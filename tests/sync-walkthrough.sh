#!/usr/bin/env bash
# The sync protocol v1 (docs/protocol.md) by hand, with curl, against a real hub on this machine:
#
#   1. make a demo hub database in a temporary directory     (syncsites-server demo)
#   2. serve it on 127.0.0.1, on a free port                   (syncsites-server serve --listen 127.0.0.1:0)
#   3. handshake as a site: its secret, once; a session token back
#   4. push two records: one accepted, one refused with a reason
#   5. pull the first records routed to the site
#   6. report how the session went
#   7. stop the server (SIGTERM)
#
# Usage:  tests/sync-walkthrough.sh [path/to/syncsites-server]
#         (default: $SYNCSITES_SERVER, else syncsites-server on the PATH)
# Needs curl and python3 (to print JSON and to read one field out of it). Talks to 127.0.0.1 only.
set -euo pipefail

server=${1:-${SYNCSITES_SERVER:-syncsites-server}}
work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -TERM "$pid"; wait "$pid" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }
show() { python3 -m json.tool; }                                   # pretty-prints the JSON on stdin
field() { python3 -c 'import json, sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
# Ids of named things (sites, stores, items) are UUID v5 of "kind:name" (src/core/StableId.cpp).
stable_id() { python3 -c 'import uuid, sys; print(uuid.uuid5(uuid.UUID("6f1c2a8e-3b57-4d0e-9a61-2c4f7e8b9d13"), sys.argv[1]))' "$1"; }
# POST JSON (from stdin) with the session token; fails on an HTTP error but still prints its body.
post() { curl -sS --fail-with-body -H 'Expect:' -H 'Content-Type: application/json' ${token:+-H "Authorization: Bearer $token"} --data-binary @- "$hub$1"; }

step "1. A demo hub with 200 generated records (--hash-cost 19: Argon2id with 19 MiB, the floor and the default)"
"$server" demo --db "$work/hub.sqlite" --records 200 --credentials-out "$work/credentials.json" --hash-cost 19
site="Sefa District Hospital"
secret=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["sites"][sys.argv[2]])' "$work/credentials.json" "$site")

step "2. Serve it on 127.0.0.1; port 0 picks a free port, written to the port file"
"$server" serve --db "$work/hub.sqlite" --listen 127.0.0.1:0 --port-file "$work/port" &
pid=$!
for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.1; done
hub="http://127.0.0.1:$(cat "$work/port")"
echo "GET $hub/healthz"
curl -sS --fail-with-body "$hub/healthz" | show

step "3. Handshake as \"$site\": the slow secret check happens once; the answer carries the session token"
installation=$(python3 -c 'import uuid; print(uuid.uuid4())')   # this installation: the site is bound to it
token=""
post /api/v1/sync/handshake > "$work/handshake.json" <<EOF
{"protocol": {"min": 1, "max": 1}, "site": "$site", "secret": "$secret",
 "installation_id": "$installation", "app_version": "walkthrough"}
EOF
show < "$work/handshake.json"
token=$(field token < "$work/handshake.json")

step "4. Push: a stock line of SEF-PHA (Active on Sefa: accepted) and one of CWS (not Sefa's store: refused)"
mine=$(python3 -c 'import uuid; print(uuid.uuid4())')
theirs=$(python3 -c 'import uuid; print(uuid.uuid4())')
item=$(stable_id item:PARA500)
post /api/v1/sync/push <<EOF | show
{"category": "core", "batch_id": "walkthrough-1", "records": [
  {"table": "stock_line", "id": "$mine", "action": "upsert",
   "data": {"store_id": "$(stable_id store:SEF-PHA)", "item_id": "$item", "batch": "W-1",
            "expiry_date": "2027-06-30", "pack_size": 10, "available_packs": 25}},
  {"table": "stock_line", "id": "$theirs", "action": "upsert",
   "data": {"store_id": "$(stable_id store:CWS)", "item_id": "$item", "batch": "W-2",
            "expiry_date": "2027-06-30", "pack_size": 10, "available_packs": 5}}]}
EOF

step "5. Pull the first 3 records routed to the site (a new site gets everything it should hold)"
# The cursor travels in the address, so a pull carries a Target-Digest: sha-256 of "GET <target>" (a damaged cursor is
# refused, never served from the wrong place).
target='/api/v1/sync/pull?category=core&cursor=0&limit=3'
digest=$(printf 'GET %s' "$target" | openssl dgst -sha256 -binary | base64)
curl -sS --fail-with-body -H "Authorization: Bearer $token" -H "Target-Digest: sha-256=:$digest:" "$hub$target" | show

step "6. Report the session to the hub (the supervisors' dashboard reads these)"
now=$(date -u +%Y-%m-%dT%H:%M:%S.000Z)
post /api/v1/sync/report <<EOF | show
{"started_at": "$now", "finished_at": "$now", "outcome": "partial", "pushed": 1, "rejected": 1, "pulled": 3}
EOF

step "7. Stop the server: SIGTERM lets requests in flight finish"
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
pid=""
echo "server exited with $status"
exit "$status"
