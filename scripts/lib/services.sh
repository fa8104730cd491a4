# Private PostgreSQL and Redis servers on loopback for the test suite: own data directories,
# free ports, stopped by stop_services (scripts/test traps EXIT).

SERVICES_DIR=""

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
        || shuf -i 20000-60000 -n 1
}

start_postgres() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    local dir="$SERVICES_DIR/postgres" port
    port=$(free_port)
    mkdir -p "$dir"
    chown postgres:postgres "$dir"
    runuser -u postgres -- "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >/dev/null
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        start >/dev/null
    export PROSTREAM_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true"
    POSTGRES_BIN="$bin"
    echo "PostgreSQL on 127.0.0.1:$port" >&2
}

start_redis() {
    local dir="$SERVICES_DIR/redis" port
    port=$(free_port)
    mkdir -p "$dir"
    redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --dir "$dir" \
        --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/log" >/dev/null
    export PROSTREAM_TEST_REDIS="127.0.0.1:$port"
    echo "Redis on 127.0.0.1:$port" >&2
}

stop_services() {
    [ -n "$SERVICES_DIR" ] || return 0
    if [ -n "${POSTGRES_BIN:-}" ] && [ -d "$SERVICES_DIR/postgres/data" ]; then
        runuser -u postgres -- "$POSTGRES_BIN/pg_ctl" -D "$SERVICES_DIR/postgres/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    if [ -f "$SERVICES_DIR/redis/redis.pid" ]; then
        kill "$(cat "$SERVICES_DIR/redis/redis.pid")" 2>/dev/null || true
    fi
    rm -rf "$SERVICES_DIR"
}
