#!/bin/sh
# build.sh -- the two commands of the README, and a few more.
#
#   ./build.sh demo    install what is missing, build, run the main job on
#                      examples/ (ingest, path, central, DOT, SVG, GEXF) into out/
#   ./build.sh test    install what is missing, build twice (plain, and with
#                      AddressSanitizer + UBSan) and run every test in both
#   ./build.sh deps    only install the Debian packages
#   ./build.sh build   only build (build/)
#   ./build.sh fuzz [SECONDS]
#                      build the libFuzzer targets with clang (build-fuzz/)
#                      and run each for SECONDS (default 600), all at once
set -eu
cd "$(dirname "$0")"

# Debian packages the build, the demo and the tests need.
PACKAGES="gcc make cmake pkg-config libigraph-dev libcjson-dev libsqlite3-dev nettle-dev libutf8proc-dev
graphviz libxml2-utils python3 clang libclang-rt-14-dev parallel python3-networkx
python3-numpy python3-scipy python3-pandas
sqlite3 time valgrind util-linux"

missing_packages() {
    # node and npm (for the GEXF read-back test) may come from elsewhere
    command -v npm >/dev/null 2>&1 || printf '%s ' nodejs npm
    for p in $PACKAGES; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            printf '%s ' "$p"
        fi
    done
}

deps() {
    miss=$(missing_packages)
    [ -z "$miss" ] && return 0
    if [ "$(id -u)" != 0 ]; then
        echo "armsgraph needs these Debian packages; as root, run:" >&2
        echo "  apt-get update && apt-get install -y $miss" >&2
        exit 1
    fi
    echo "installing: $miss" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $miss >&2
}

jobs=$(nproc 2>/dev/null || echo 2)

build() {
    cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build build -j "$jobs"
}

build_asan() {
    cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DAG_SANITIZE=ON >/dev/null
    cmake --build build-asan -j "$jobs"
}

demo() {
    sh examples/run-demo.sh build/armsgraph out
}

test_all() {
    build
    (cd build && ctest --output-on-failure -j "$jobs")
    build_asan
    (cd build-asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --output-on-failure -j "$jobs")
}

case "${1:-}" in
deps) deps ;;
build) deps; build ;;
demo) deps; build; demo ;;
test) deps; test_all ;;
fuzz)
    deps
    mkdir -p build-fuzz
    AG_FUZZ_SECONDS=${2:-600} AG_FUZZ_BUILD=build-fuzz AG_FUZZ_FORCE=1 \
        bash tests/sh/fuzz-short.sh none . build-fuzz
    ;;
*)
    echo "usage: ./build.sh demo|test|deps|build|fuzz [SECONDS]" >&2
    exit 2
    ;;
esac
