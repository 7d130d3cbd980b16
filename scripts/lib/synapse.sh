# shellcheck shell=bash
# A local Synapse for tests and trying the bot by hand: installed from PyPI into a virtualenv
# under target/, configured with SQLite on a free loopback port. Sourced by scripts/test and
# scripts/dev-homeserver; not run on its own.

SYNAPSE_VERSION="${SYNAPSE_VERSION:-1.163.2}"
SYNAPSE_VENV="${SYNAPSE_VENV:-$PWD/target/synapse-venv}"

synapse_install() {
  if [ -x "$SYNAPSE_VENV/bin/python" ] &&
    "$SYNAPSE_VENV/bin/python" -c "import sys, importlib.metadata as m; sys.exit(m.version('matrix-synapse') != '$SYNAPSE_VERSION')" 2>/dev/null; then
    return 0
  fi
  echo "installing Synapse $SYNAPSE_VERSION into $SYNAPSE_VENV (about a minute, once)"
  rm -rf "$SYNAPSE_VENV"
  python3 -m venv "$SYNAPSE_VENV"
  "$SYNAPSE_VENV/bin/pip" install --quiet --disable-pip-version-check "matrix-synapse==$SYNAPSE_VERSION"
}

# synapse_configure DIR: writes DIR/homeserver.yaml for server name "localhost" on a free port.
synapse_configure() {
  local dir="$1"
  mkdir -p "$dir"
  SYNAPSE_PORT=$("$SYNAPSE_VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  (cd "$dir" && "$SYNAPSE_VENV/bin/python" -m synapse.app.homeserver --server-name localhost \
    --config-path homeserver.yaml --generate-config --report-stats=no >/dev/null)
  "$SYNAPSE_VENV/bin/python" - "$dir/homeserver.yaml" "$SYNAPSE_PORT" "$dir" <<'PY'
import sys, yaml
path, port, d = sys.argv[1], int(sys.argv[2]), sys.argv[3]
c = yaml.safe_load(open(path))
c["listeners"] = [{"port": port, "bind_addresses": ["127.0.0.1"], "type": "http", "tls": False,
                   "x_forwarded": False, "resources": [{"names": ["client"], "compress": False}]}]
c["database"] = {"name": "sqlite3", "args": {"database": f"{d}/homeserver.db"}}
c["media_store_path"] = f"{d}/media"
c["trusted_key_servers"] = []
c["suppress_key_server_warning"] = True
c["bcrypt_rounds"] = 4
c["enable_registration"] = True
c["enable_registration_without_verification"] = True
c["caches"] = {"sync_response_cache_duration": 0}
c["presence"] = {"enabled": False}
c["url_preview_enabled"] = False
c["report_stats"] = False
lifted = {"per_second": 1000, "burst_count": 1000}
for k in ["rc_message", "rc_registration", "rc_admin_redaction", "rc_3pid_validation", "rc_presence"]:
    c[k] = dict(lifted)
c["rc_login"] = {"address": dict(lifted), "account": dict(lifted), "failed_attempts": dict(lifted)}
c["rc_joins"] = {"local": dict(lifted), "remote": dict(lifted)}
c["rc_joins_per_room"] = dict(lifted)
c["rc_invites"] = {"per_room": dict(lifted), "per_user": dict(lifted), "per_issuer": dict(lifted)}
c["rc_key_requests"] = dict(lifted)
yaml.safe_dump(c, open(path, "w"))
PY
  SYNAPSE_DIR="$dir"
  SYNAPSE_URL="http://127.0.0.1:$SYNAPSE_PORT"
}

synapse_start() {
  (cd "$SYNAPSE_DIR" && exec "$SYNAPSE_VENV/bin/python" -m synapse.app.homeserver -c homeserver.yaml \
    >"$SYNAPSE_DIR/synapse.log" 2>&1) &
  SYNAPSE_PID=$!
  local i
  for i in $(seq 1 120); do
    if "$SYNAPSE_VENV/bin/python" -c "import urllib.request,sys; urllib.request.urlopen('$SYNAPSE_URL/_matrix/client/versions', timeout=1)" 2>/dev/null; then
      echo "Synapse $SYNAPSE_VERSION is up at $SYNAPSE_URL (pid $SYNAPSE_PID, data in $SYNAPSE_DIR)"
      return 0
    fi
    if ! kill -0 "$SYNAPSE_PID" 2>/dev/null; then
      echo "Synapse exited while starting; its log:" >&2
      tail -50 "$SYNAPSE_DIR/synapse.log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "Synapse did not answer within 60 s; its log:" >&2
  tail -50 "$SYNAPSE_DIR/synapse.log" >&2
  return 1
}

# synapse_register USER PASSWORD [--admin]
synapse_register() {
  local admin="--no-admin"
  [ "${3:-}" = "--admin" ] && admin="--admin"
  "$SYNAPSE_VENV/bin/register_new_matrix_user" -c "$SYNAPSE_DIR/homeserver.yaml" \
    -u "$1" -p "$2" "$admin" "$SYNAPSE_URL" >/dev/null
}

synapse_stop() {
  if [ -n "${SYNAPSE_PID:-}" ] && kill -0 "$SYNAPSE_PID" 2>/dev/null; then
    kill "$SYNAPSE_PID" 2>/dev/null || true
    local i
    for i in $(seq 1 20); do
      kill -0 "$SYNAPSE_PID" 2>/dev/null || break
      sleep 0.25
    done
    kill -9 "$SYNAPSE_PID" 2>/dev/null || true
  fi
  SYNAPSE_PID=""
}
