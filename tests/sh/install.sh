#!/bin/bash
# install.sh ARMSGRAPH SRC BUILD -- `cmake --install` puts the program, the
# library, its headers, a pkg-config file, the dictionaries, the man page and
# the bash completion in place, and a program built against the installed
# library through pkg-config runs. The installed program finds its
# dictionaries in PREFIX/share/armsgraph/data from its own place:
#   - before the source tree's data/ (a dictionary added to the prefix is
#     used), from any folder, and after the prefix is moved elsewhere;
#   - with the source tree and the build folder gone: a copy of the source
#     tree is built, installed and deleted, the prefix moved, and the
#     program still extracts (the configured prefix does not exist either);
#   - $ARMSGRAPH_DATA still wins; the program of the build tree still reads
#     the source tree's data/.
set -u
AG=$(readlink -f "$1")
SRC=$(readlink -f "$2")
build=$3
if grep -q '^AG_SANITIZE:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
    echo "skip: the sanitizer build is not installed (its library needs the sanitizer runtime)"
    exit 77
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
dest=$T/prefix
unset ARMSGRAPH_DATA
cmake --install "$build" --prefix "$dest" >/dev/null || { echo "FAIL: cmake --install"; exit 1; }
status=0
for f in bin/armsgraph lib/libarmsgraph.a lib/pkgconfig/armsgraph.pc include/armsgraph/ag_common.h \
    include/armsgraph/ag_model.h include/armsgraph/ag_ingest.h include/armsgraph/ag_graph.h \
    include/armsgraph/ag_export.h \
    share/armsgraph/data/states.json share/armsgraph/data/actors.json share/armsgraph/data/triggers.json \
    share/man/man1/armsgraph.1 share/bash-completion/completions/armsgraph; do
    [ -f "$dest/$f" ] || { echo "FAIL: $f not installed"; status=1; }
done
"$dest/bin/armsgraph" --version | grep -q '^armsgraph ' || { echo "FAIL: installed program"; status=1; }

# A name only the installed data folder knows ("Vellomar", an alias of North
# Korea): the installed program reads that folder, not the source tree's
# data/, from any folder.
cat >"$dest/share/armsgraph/data/zz-install-test.json" <<'JSON'
[{"actor": "PRK", "kind": "state", "aliases": ["Vellomar"]}]
JSON
printf 'North Korea delivered missiles to Russia.\n' >"$T/a.txt"
printf 'Vellomar delivered missiles to Russia.\n' >"$T/b.txt"
# extracts PROGRAM FILE [ENV...]: run in / with the environment ENV,
# PROGRAM finds in FILE that North Korea (PRK) supplies Russia
extracts() {
    local prog=$1 file=$2 out
    shift 2
    out=$(cd / && env "$@" "$prog" extract "$file" 2>&1)
    case $out in *"supplies  PRK     RUS"*) return 0 ;; esac
    echo "   $prog extract $(basename "$file") ${*:+($*)}: $out"
    return 1
}
extracts "$dest/bin/armsgraph" "$T/b.txt" ||
    { echo "FAIL: the installed program does not read PREFIX/share/armsgraph/data"; status=1; }
extracts "$dest/bin/armsgraph" "$T/a.txt" ||
    { echo "FAIL: installed dictionaries"; status=1; }
# moved elsewhere, the prefix still works
mv "$dest" "$T/moved"
extracts "$T/moved/bin/armsgraph" "$T/b.txt" ||
    { echo "FAIL: a moved prefix: its data folder is not found"; status=1; }
# $ARMSGRAPH_DATA wins over the installed folder
! extracts "$T/moved/bin/armsgraph" "$T/b.txt" "ARMSGRAPH_DATA=$SRC/data" >/dev/null ||
    { echo "FAIL: ARMSGRAPH_DATA does not override the installed data folder"; status=1; }
mv "$T/moved" "$dest"
# the program of the build tree reads the source tree's data/
extracts "$AG" "$T/a.txt" || { echo "FAIL: the build tree's program finds no data"; status=1; }
! extracts "$AG" "$T/b.txt" >/dev/null || { echo "FAIL: the build tree's program reads an installed folder"; status=1; }

# a client through pkg-config
cat >"$T/client.c" <<'C'
#include <ag_common.h>
#include <ag_graph.h>
#include <stdio.h>
int main(void) { char hex[65]; ag_sha256_hex("abc", 3, hex); printf("%s %s\n", hex, ag_kind_name(AG_STATE)); return 0; }
C
sed -i "s|^prefix=.*|prefix=$dest|; s|^libdir=.*|libdir=$dest/lib|; s|^includedir=.*|includedir=$dest/include/armsgraph|" \
    "$dest/lib/pkgconfig/armsgraph.pc"
if PKG_CONFIG_PATH="$dest/lib/pkgconfig" cc -o "$T/client" "$T/client.c" \
    $(PKG_CONFIG_PATH="$dest/lib/pkgconfig" pkg-config --cflags --libs armsgraph) 2>"$T/cc.log"; then
    [ "$("$T/client")" = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad state" ] ||
        { echo "FAIL: client output"; status=1; }
else
    echo "FAIL: client does not build through pkg-config:"; cat "$T/cc.log"; status=1
fi

# ---- the source tree gone -----------------------------------------------------
# Build a copy of the source tree (configured for a prefix that never exists),
# install it, delete the copy and its build folder, move the prefix: the
# program must still find its dictionaries.
mkdir "$T/copy"
cp -R "$SRC/CMakeLists.txt" "$SRC/armsgraph.pc.in" "$SRC/common" "$SRC/graph" "$SRC/ingest" \
    "$SRC/export" "$SRC/cli" "$SRC/data" "$SRC/completion" "$SRC/docs" "$T/copy/" ||
    { echo "FAIL: copying the source tree"; exit 1; }
mkdir "$T/copy/tests" && cp "$SRC/tests/tests.cmake" "$T/copy/tests/"
if ! cmake -S "$T/copy" -B "$T/copy-build" -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_INSTALL_PREFIX="$T/configured-prefix" >"$T/copy.log" 2>&1 ||
    ! cmake --build "$T/copy-build" -j 2 --target armsgraph >>"$T/copy.log" 2>&1 ||
    ! cmake --install "$T/copy-build" --prefix "$T/p2" >>"$T/copy.log" 2>&1; then
    echo "FAIL: building and installing a copy of the source tree:"; tail -20 "$T/copy.log"; exit 1
fi
rm -rf "$T/copy" "$T/copy-build"
mv "$T/p2" "$T/p3"
[ -e "$T/configured-prefix" ] && { echo "FAIL: the configured prefix exists"; status=1; }
extracts "$T/p3/bin/armsgraph" "$T/a.txt" ||
    { echo "FAIL: with the source tree gone, the installed program finds no dictionaries"; status=1; }
[ $status = 0 ] && echo "ok: install layout, data beside the program (moved, source tree gone, ARMSGRAPH_DATA first), pkg-config client"
exit $status
