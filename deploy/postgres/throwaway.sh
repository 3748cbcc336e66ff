# A throwaway PostgreSQL cluster on loopback, for the tests (.ci/run) and the scale-out demo (deploy/scale-out/run).
# Source this file, then:
#   postgres_install                      installs Debian's PostgreSQL 15 when its binaries are missing
#   postgres_start PORT [server options]  initdb in a temporary folder, start on 127.0.0.1:PORT; sets POSTGRES_CONNECTION
#   postgres_stop                         stops the cluster and deletes its folder
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user the package creates.

POSTGRES_BIN=/usr/lib/postgresql/15/bin

postgres_install() {
  if [ ! -x "$POSTGRES_BIN/initdb" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15 >/dev/null
  fi
}

_postgres_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postgres_start() {
  local port="$1"; shift
  POSTGRES_FOLDER="$(mktemp -d /tmp/leaveblazor-postgres.XXXXXX)"
  local password
  password="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  printf '%s\n' "$password" > "$POSTGRES_FOLDER/password"
  chmod 600 "$POSTGRES_FOLDER/password"
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres: "$POSTGRES_FOLDER"; fi

  _postgres_as_owner "$POSTGRES_BIN/initdb" -D "$POSTGRES_FOLDER/data" -U leaveblazor --pwfile="$POSTGRES_FOLDER/password" \
    -A scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >"$POSTGRES_FOLDER/initdb.log" 2>&1 ||
    { cat "$POSTGRES_FOLDER/initdb.log" >&2; return 1; }
  _postgres_as_owner "$POSTGRES_BIN/pg_ctl" -D "$POSTGRES_FOLDER/data" -l "$POSTGRES_FOLDER/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $POSTGRES_FOLDER -c max_connections=300 $*" start >/dev/null ||
    { cat "$POSTGRES_FOLDER/server.log" >&2; return 1; }
  export POSTGRES_CONNECTION="Host=127.0.0.1;Port=$port;Username=leaveblazor;Password=$password"
  export POSTGRES_PORT="$port"
}

postgres_stop() {
  if [ -n "${POSTGRES_FOLDER:-}" ] && [ -d "$POSTGRES_FOLDER/data" ]; then
    _postgres_as_owner "$POSTGRES_BIN/pg_ctl" -D "$POSTGRES_FOLDER/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$POSTGRES_FOLDER"
  fi
}

# A free port on loopback, from 200 ports up from the one given. Keep them below 32768: the kernel hands out ports above
# it to anything that asks for "any free port" (Kestrel, MailDev, outgoing connections), which could take one between
# this check and the server's bind.
free_port() {
  local port
  for port in $(seq "${1:-15432}" "$(( ${1:-15432} + 200 ))"); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}
