#!/bin/bash
# fuzz-short.sh ARMSGRAPH SRC_DIR BUILD_DIR -- builds the libFuzzer targets of
# tests/fuzz with clang (address + undefined sanitizers) and runs each one
# for AG_FUZZ_SECONDS seconds (default 15), all at the same time, starting
# from the seed corpus in tests/fuzz/corpus plus our example articles and
# dictionaries. Fails on any finding and prints how to reproduce it.
#
# Environment:
#   AG_FUZZ_SECONDS   seconds per target (default 15; `./build.sh fuzz 600`
#                     runs ten minutes each)
#   AG_FUZZ_BUILD     build folder of the fuzz targets (default BUILD_DIR/fuzz)
#   AG_FUZZ_TARGETS   targets to run (default: every fuzz_* built)
#   AG_FUZZ_FORCE=1   run even in a sanitizer build (it is skipped there: the
#                     targets carry the sanitizers themselves, and the plain
#                     pass already runs them)
# Exit 77 (skip) when clang or its libFuzzer runtime is missing.
set -u
SRC=$(cd "$2" && pwd) || exit 1
BUILD=$(cd "$3" && pwd) || exit 1
SECONDS_EACH=${AG_FUZZ_SECONDS:-15}
FB=${AG_FUZZ_BUILD:-$BUILD/fuzz}

if [ "${AG_FUZZ_FORCE:-}" != 1 ] && grep -q '^AG_SANITIZE:BOOL=ON' "$BUILD/CMakeCache.txt" 2>/dev/null; then
    echo "skip: sanitizer build (the fuzz targets run in the plain pass)"
    exit 77
fi
if ! command -v clang >/dev/null 2>&1; then
    echo "skip: clang is not installed"
    exit 77
fi
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf '%s\n' '#include <stdint.h>' '#include <stddef.h>' \
    'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }' \
    >"$probe/p.c"
if ! clang -fsanitize=fuzzer,address,undefined "$probe/p.c" -o "$probe/p" >/dev/null 2>&1; then
    echo "skip: clang's libFuzzer runtime is missing (Debian package libclang-rt-14-dev)"
    exit 77
fi

mkdir -p "$FB"
if ! cmake -S "$SRC" -B "$FB" -DCMAKE_C_COMPILER=clang -DAG_FUZZ=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$FB/configure.log" 2>&1; then
    cat "$FB/configure.log"
    exit 1
fi
if ! cmake --build "$FB" --target fuzz_targets -j "$(nproc 2>/dev/null || echo 2)" \
    >"$FB/build.log" 2>&1; then
    tail -40 "$FB/build.log"
    exit 1
fi

targets=${AG_FUZZ_TARGETS:-}
if [ -z "$targets" ]; then
    for f in "$FB"/fuzz_*; do
        [ -x "$f" ] && [ -f "$f" ] && targets="$targets $(basename "$f" | sed 's/^fuzz_//')"
    done
fi

export ARMSGRAPH_DATA="$SRC/data"
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export TMPDIR=${TMPDIR:-/tmp}

# extra seeds we wrote ourselves: the example articles and dictionaries
extra_seeds() {
    case $1 in
    article | extract) ls "$SRC"/examples/articles/*.txt 2>/dev/null ;;
    jsonl) ls "$SRC"/examples/articles/*.jsonl 2>/dev/null ;;
    dict) ls "$SRC"/data/*.json 2>/dev/null ;;
    esac
}

pids=""
for t in $targets; do
    corpus="$FB/corpus/$t"
    art="$FB/artifacts/$t"
    mkdir -p "$corpus" "$art"
    cp "$SRC/tests/fuzz/corpus/$t"/* "$corpus"/ 2>/dev/null
    for f in $(extra_seeds "$t"); do
        # seeds over 64 KiB only slow the short runs down
        [ "$(stat -c %s "$f")" -le 65536 ] && cp "$f" "$corpus/seed-$(basename "$f")"
    done
    "$FB/fuzz_$t" -max_total_time="$SECONDS_EACH" -timeout=20 -rss_limit_mb=2048 \
        -max_len=16384 -print_final_stats=1 -artifact_prefix="$art/" "$corpus" \
        >"$FB/fuzz_$t.log" 2>&1 &
    pids="$pids $!:$t"
done

status=0
for pt in $pids; do
    pid=${pt%%:*}
    t=${pt#*:}
    if wait "$pid"; then
        runs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1 runs in \2 s/p' "$FB/fuzz_$t.log")
        echo "fuzz_$t: no finding ($runs, corpus $(ls "$FB/corpus/$t" | wc -l) inputs)"
    else
        status=1
        echo "fuzz_$t: FINDING"
        grep -E 'ERROR|SUMMARY|property failed|runtime error' "$FB/fuzz_$t.log" | head -10
        grep -A12 '^==[0-9]*==ERROR' "$FB/fuzz_$t.log" | grep -E '#[0-9]+ ' | head -12
        grep 'Test unit written to' "$FB/fuzz_$t.log"
        echo "reproduce: ARMSGRAPH_DATA=$SRC/data $FB/fuzz_$t ARTIFACT (log: $FB/fuzz_$t.log)"
    fi
done
exit $status
