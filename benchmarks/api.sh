#!/usr/bin/env bash
# API benchmark (not a test; never run by CI): an open-model load test with Gatling. Seeds 10,000
# members, 100,000 questions (80,000 ongoing, 20,000 closed) and 1,000,000 answers into the test
# database, starts the app on it and runs benchmarks/src/test/java/.../ApiSimulation.java: requests
# arrive at constant rates (Poisson arrivals) whatever the earlier ones do, so a slow app shows as
# latency instead of slowing the load down. Each of these, in turn, is warmed up and then measured
# on a ladder of rates:
#   GET /actuator/health      the framework's floor
#   GET /votes?page=0&size=20 page 0 as a rotating member (the page carries the caller's answers)
#   GET /votes/{id}           a random question as a random member
#   POST /votes/{id}/choice   each request a member's first answer to an ongoing question
#   GET /leaderboard?order=skill  the best 20 by skill (every seeded member is ranked by skill)
#   GET /stats/calibration    the crowd's calibration (300 seeded buckets) as a rotating member
#   SESSION                   the frontend's real calls (spec/api.md): main page (GET /votes, /user,
#                             /acc-percent, /coins), a question, an answer to it, my page (GET /user,
#                             /user/created-votes, /user/participated-votes); its rates count sessions
# Output (stdout; diagnostics go to stderr), see the README's "Benchmarks" section:
#   warmup endpoint=E rate=R from_s=A to_s=B p50_ms=.. p99_ms=.. max_ms=.. errors=.. cpu_ms_per_req=..
#   warmup endpoint=E stable_after_s=N
#   api endpoint=E rate=R p50_ms=.. p99_ms=.. max_ms=.. errors=.. cpu_ms_per_req=..      (each step)
#   capacity endpoint=E rps=.. floor_rps=.. ratio=..
#   startup_s=.. rss_mb=..
# and Gatling's HTML report under benchmarks/target/gatling/.
#
# Settings (environment; defaults are the full benchmark's, about 25 minutes):
#   BENCH_RATES=250,500,1000,2000,4000   requests/s of each single endpoint's ladder
#   BENCH_SESSION_RATES=25,50,100,200,400  sessions/s of the session's ladder (9 requests each)
#   BENCH_STEP_SECONDS=30                 length of each step of a ladder
#   BENCH_WARMUP_SECONDS=90, BENCH_WARMUP_RATE=500, BENCH_SESSION_WARMUP_RATE=50
#                                         each endpoint's warm-up before its ladder, reported in 5 s windows
#   BENCH_ENDPOINTS=health,list,get,answer,skill,calibration,session   which ones run (health first: the floor)
#   BENCH_THINK_MS=1000                   a session's pause between pages
#   BENCH_OVERLOAD_MS=1000                a step with over 1% of its requests failed or slower than
#                                         this ends its endpoint's ladder (the higher rates print skipped=1)
#   BENCH_APP_JAVA_OPTS                   JVM options of the app (none by default)
#   BENCH_PORT                            the app's port (default: a free random one)
#   BENCH_START_TIMEOUT=300               seconds the app may take to answer its health check
#   BENCH_SKIP_BUILD=1                    run the existing jar and benchmark classes as they are
#   BENCH_KEEP_DATA=1                     keep the seeded rows afterwards
# A quick smoke run: BENCH_RATES=100,200 BENCH_SESSION_RATES=5,10 BENCH_STEP_SECONDS=10 \
#   BENCH_WARMUP_SECONDS=10 BENCH_WARMUP_RATE=100 BENCH_SESSION_WARMUP_RATE=5 benchmarks/api.sh
#
# The database is the tests' (WHALING_TEST_DB_URL / _USER / _PASSWORD, defaults as in TestDatabase;
# jdbc:mysql: and jdbc:mariadb: URLs both work). The benchmark empties the application's tables
# before and after, so give it a database nobody else is using, e.g.
#   WHALING_TEST_DB_URL=jdbc:mariadb://127.0.0.1:3306/whaling_bench benchmarks/api.sh
# Upbit and Kakao point at a closed loopback port. Everything (app, MariaDB, Gatling) shares this
# machine's cores: compare figures only between runs on the same machine.
set -euo pipefail
cd "$(dirname "$0")/.."

MEMBERS=10000
VOTES=100000
FINISHED=20000
PER_VOTE=10
JAR=bootstrap/target/whaling.jar
BENCH=benchmarks
RUN_DIR="$BENCH/target/api-run"
START_TIMEOUT="${BENCH_START_TIMEOUT:-300}"

RATES="${BENCH_RATES:-250,500,1000,2000,4000}"
SESSION_RATES="${BENCH_SESSION_RATES:-25,50,100,200,400}"
STEP_SECONDS="${BENCH_STEP_SECONDS:-30}"
WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-90}"
WARMUP_RATE="${BENCH_WARMUP_RATE:-500}"
SESSION_WARMUP_RATE="${BENCH_SESSION_WARMUP_RATE:-50}"
ENDPOINTS="${BENCH_ENDPOINTS:-health,list,get,answer,skill,calibration,session}"
THINK_MS="${BENCH_THINK_MS:-1000}"
OVERLOAD_MS="${BENCH_OVERLOAD_MS:-1000}"
GAP_SECONDS=2
for value in "$START_TIMEOUT" "$STEP_SECONDS" "$WARMUP_SECONDS" "$WARMUP_RATE" "$SESSION_WARMUP_RATE" "$THINK_MS" "$OVERLOAD_MS"; do
    [[ "$value" =~ ^[0-9]+$ ]] || { echo "api.sh: not a whole number: $value" >&2; exit 1; }
done
for value in "$RATES" "$SESSION_RATES"; do
    [[ "$value" =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]] || { echo "api.sh: not a list of rates: $value" >&2; exit 1; }
done

DB_URL="${WHALING_TEST_DB_URL:-jdbc:mysql://127.0.0.1:3306/whaling_test}"
DB_USER="${WHALING_TEST_DB_USER:-whaling}"
DB_PASSWORD="${WHALING_TEST_DB_PASSWORD:-whaling}"
if [[ ! "$DB_URL" =~ ^jdbc:(mysql|mariadb)://([^:/?]+)(:([0-9]+))?/([^?/]+) ]]; then
    echo "api.sh: cannot read host and database from WHALING_TEST_DB_URL=$DB_URL" >&2
    exit 1
fi
DB_KIND="${BASH_REMATCH[1]}" DB_HOST="${BASH_REMATCH[2]}" DB_PORT="${BASH_REMATCH[4]:-3306}" DB_NAME="${BASH_REMATCH[5]}"
case "$DB_HOST" in
    127.0.0.1|localhost) ;;
    *) echo "api.sh: the benchmark empties its database; it only runs against a loopback server, not $DB_HOST" >&2
       exit 1 ;;
esac
DRIVER=com.mysql.cj.jdbc.Driver
[[ "$DB_KIND" == mariadb ]] && DRIVER=org.mariadb.jdbc.Driver

SQL_CLIENT="$(command -v mariadb || command -v mysql || true)"
for tool in java mvn curl timeout getconf "$SQL_CLIENT"; do
    if [[ -z "$tool" ]] || ! command -v "$tool" >/dev/null; then
        echo "api.sh: missing tool ${tool:-mariadb/mysql client}" >&2
        exit 1
    fi
done
port_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
PORT="${BENCH_PORT:-}"
if [[ -z "$PORT" ]]; then
    for _ in $(seq 1 20); do
        PORT=$((20000 + RANDOM % 40000))
        port_free "$PORT" && break
    done
fi
if ! port_free "$PORT"; then
    echo "api.sh: port $PORT is in use; set BENCH_PORT" >&2
    exit 1
fi

WORK="$(mktemp -d)"
APP_PID=""
GATLING_PID=""
SEEDED=""
sql() {
    MYSQL_PWD="$DB_PASSWORD" timeout 600 "$SQL_CLIENT" --protocol=TCP -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" \
        --default-character-set=utf8mb4 "$DB_NAME" "$@"
}
stop() { # pid: TERM, then KILL after 30 s
    kill "$1" 2>/dev/null || return 0
    for _ in $(seq 1 30); do
        kill -0 "$1" 2>/dev/null || return 0
        sleep 1
    done
    kill -9 "$1" 2>/dev/null || true
}
cleanup() {
    # timeout(1) passes the TERM on to Maven and the Gatling JVM it forked (its own process group).
    [[ -n "$GATLING_PID" ]] && stop "$GATLING_PID"
    [[ -n "$APP_PID" ]] && stop "$APP_PID"
    if [[ -n "$SEEDED" && -z "${BENCH_KEEP_DATA:-}" ]]; then
        sql -e "SET foreign_key_checks = 0; TRUNCATE TABLE point_ledger; TRUNCATE TABLE calibration_buckets; TRUNCATE TABLE answers;
                TRUNCATE TABLE votes; TRUNCATE TABLE coins; TRUNCATE TABLE members;" >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Both builds inside their reactors (never `mvn install`): the app jar with the modules it needs (-am;
# forceCreation, or the jar plugin keeps bootstrap's jar when its own classes did not change and the
# app would run with the other modules as an older build left them), then the benchmark module and
# its unit tests. Maven's output only when it fails.
if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then
    echo "api.sh: building the app and the benchmark" >&2
    if ! timeout 1800 mvn -B -q -pl bootstrap -am -DskipTests -Dmaven.jar.forceCreation=true package \
            >"$WORK/build.log" 2>&1 \
        || ! timeout 1200 mvn -B -q -f "$BENCH/pom.xml" test >>"$WORK/build.log" 2>&1; then
        cat "$WORK/build.log" >&2
        exit 1
    fi
fi
if [[ ! -s "$JAR" ]]; then
    echo "api.sh: $JAR is missing (build without BENCH_SKIP_BUILD)" >&2
    exit 1
fi
rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR"

# A secret of this run only: the app verifies what MintTokens signs.
WHALING_JWT_SECRET="$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
export WHALING_JWT_SECRET

started_at="$(date +%s%N)"
# shellcheck disable=SC2086 # BENCH_APP_JAVA_OPTS holds several options
SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME="$DB_USER" SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
SPRING_DATASOURCE_DRIVER_CLASS_NAME="$DRIVER" WHALING_KAKAO_CLIENT_ID=bench \
    java ${BENCH_APP_JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=mysql \
        --server.address=127.0.0.1 --server.port="$PORT" \
        --whaling.jobs.enabled=false \
        --whaling.upbit.base-url=http://127.0.0.1:9 \
        --whaling.kakao.auth-base-url=http://127.0.0.1:9 --whaling.kakao.api-base-url=http://127.0.0.1:9 \
        >"$RUN_DIR/app.log" 2>&1 &
APP_PID=$!

# Started means migrated (Flyway runs before the web server opens).
status=""
deadline=$((SECONDS + START_TIMEOUT))
while (( SECONDS < deadline )); do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        echo "api.sh: the app exited during start-up:" >&2
        tail -n 60 "$RUN_DIR/app.log" >&2
        exit 1
    fi
    status="$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health" || true)"
    [[ "$status" == 200 ]] && break
    sleep 0.1
done
if [[ "$status" != 200 ]]; then
    echo "api.sh: the app did not become healthy within $START_TIMEOUT s (last status: $status):" >&2
    tail -n 60 "$RUN_DIR/app.log" >&2
    exit 1
fi
startup_s="$(awk -v a="$started_at" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')"

SEEDED=1
seed_start=$SECONDS
{
    echo "SET @members = $MEMBERS, @votes = $VOTES, @finished = $FINISHED, @per_vote = $PER_VOTE;"
    cat "$BENCH/api/seed.sql"
} | sql --table >"$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log" >&2; exit 1; }
echo "api.sh: seeded in $((SECONDS - seed_start)) s:" >&2
tail -n 4 "$WORK/seed.log" >&2

timeout 120 java "$BENCH/api/MintTokens.java" "$MEMBERS" 14400 "$WORK/tokens.txt"

# The tokens must open the API, or every "authenticated" figure below would be a 401's.
token1="$(head -n 1 "$WORK/tokens.txt")"
status="$(curl -s -o "$WORK/user.json" -m 10 -w '%{http_code}' -H "Authorization: Bearer $token1" \
    "http://127.0.0.1:$PORT/user")"
if [[ "$status" != 200 ]]; then
    echo "api.sh: GET /user with a minted token answered $status: $(cat "$WORK/user.json")" >&2
    exit 1
fi

# How long the plan takes at best; Gatling gets twice that plus 10 minutes before it is stopped.
count() { tr ',' '\n' <<<"$1" | grep -c .; }
single=0 sessions=0
for endpoint in ${ENDPOINTS//,/ }; do
    if [[ "$endpoint" == session ]]; then
        sessions=$((sessions + 1))
    else
        single=$((single + 1))
    fi
done
plan_s=$(( (single * $(count "$RATES") + sessions * $(count "$SESSION_RATES")) * (STEP_SECONDS + GAP_SECONDS) \
    + (single + sessions) * WARMUP_SECONDS ))
echo "api.sh: running Gatling for about $(( (plan_s + 59) / 60 )) min (log: $RUN_DIR/gatling.log)" >&2

timeout --kill-after=30 $((2 * plan_s + 600)) mvn -B -f "$BENCH/pom.xml" gatling:test \
    -Dbench.baseUrl="http://127.0.0.1:$PORT" -Dbench.appPid="$APP_PID" -Dbench.clockTicks="$(getconf CLK_TCK)" \
    -Dbench.tokens="$WORK/tokens.txt" -Dbench.out="$PWD/$RUN_DIR" \
    -Dbench.members="$MEMBERS" -Dbench.votes="$VOTES" -Dbench.finished="$FINISHED" -Dbench.perVote="$PER_VOTE" \
    -Dbench.endpoints="$ENDPOINTS" -Dbench.rates="$RATES" -Dbench.sessionRates="$SESSION_RATES" \
    -Dbench.stepSeconds="$STEP_SECONDS" -Dbench.gapSeconds="$GAP_SECONDS" -Dbench.warmupSeconds="$WARMUP_SECONDS" \
    -Dbench.warmupRate="$WARMUP_RATE" -Dbench.sessionWarmupRate="$SESSION_WARMUP_RATE" \
    -Dbench.thinkMillis="$THINK_MS" -Dbench.overloadMillis="$OVERLOAD_MS" \
    >"$RUN_DIR/gatling.log" 2>&1 &
GATLING_PID=$!
gatling_status=0
wait "$GATLING_PID" || gatling_status=$?
GATLING_PID=""
if (( gatling_status != 0 )); then
    tail -n 40 "$RUN_DIR/gatling.log" >&2
    echo "api.sh: Gatling failed (exit $gatling_status; 124: stopped after its time budget)" >&2
    exit 1
fi
if ! kill -0 "$APP_PID" 2>/dev/null; then
    echo "api.sh: the app died during the run:" >&2
    tail -n 60 "$RUN_DIR/app.log" >&2
    exit 1
fi

report="$(ls -td "$BENCH"/target/gatling/apisimulation-*/ 2>/dev/null | head -n 1)"
if [[ -z "$report" || ! -s "$report/index.html" || ! -s "$RUN_DIR/report.txt" ]]; then
    echo "api.sh: Gatling left no HTML report or the simulation no report.txt; its log: $RUN_DIR/gatling.log" >&2
    exit 1
fi
sed 's/^/api.sh: /' "$RUN_DIR/notes.txt" >&2
cat "$RUN_DIR/report.txt"

rss_kb="$(awk '/^VmHWM:/ { print $2 }' "/proc/$APP_PID/status")"
echo "startup_s=$startup_s rss_mb=$((rss_kb / 1024))"
echo "api.sh: HTML report: ${report}index.html" >&2
