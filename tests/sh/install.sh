#!/bin/bash
# install.sh ARMSGRAPH SRC BUILD -- `cmake --install` puts the program, the
# library, its headers, a pkg-config file, the dictionaries, the man page and
# the bash completion in place, and a program built against the installed
# library through pkg-config runs.
set -u
build=$3
if grep -q '^AG_SANITIZE:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
    echo "skip: the sanitizer build is not installed (its library needs the sanitizer runtime)"
    exit 77
fi
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
cmake --install "$build" --prefix "$dest" >/dev/null || { echo "FAIL: cmake --install"; exit 1; }
status=0
for f in bin/armsgraph lib/libarmsgraph.a lib/pkgconfig/armsgraph.pc include/armsgraph/ag_common.h \
    include/armsgraph/ag_ingest.h include/armsgraph/ag_graph.h include/armsgraph/ag_export.h \
    share/armsgraph/data/states.json share/armsgraph/data/actors.json share/armsgraph/data/triggers.json \
    share/man/man1/armsgraph.1 share/bash-completion/completions/armsgraph; do
    [ -f "$dest/$f" ] || { echo "FAIL: $f not installed"; status=1; }
done
"$dest/bin/armsgraph" --version | grep -q '^armsgraph ' || { echo "FAIL: installed program"; status=1; }
# the installed dictionaries load when pointed at
echo "North Korea delivered missiles to Russia." >"$dest/a.txt"
ARMSGRAPH_DATA="$dest/share/armsgraph/data" "$dest/bin/armsgraph" extract "$dest/a.txt" | grep -q 'supplies  PRK' ||
    { echo "FAIL: installed dictionaries"; status=1; }
# a client through pkg-config
cat >"$dest/client.c" <<'C'
#include <ag_common.h>
#include <stdio.h>
int main(void) { char hex[65]; ag_sha256_hex("abc", 3, hex); printf("%s\n", hex); return 0; }
C
sed -i "s|^prefix=.*|prefix=$dest|; s|^libdir=.*|libdir=$dest/lib|; s|^includedir=.*|includedir=$dest/include/armsgraph|" \
    "$dest/lib/pkgconfig/armsgraph.pc"
if PKG_CONFIG_PATH="$dest/lib/pkgconfig" cc -o "$dest/client" "$dest/client.c" \
    $(PKG_CONFIG_PATH="$dest/lib/pkgconfig" pkg-config --cflags --libs armsgraph) 2>"$dest/cc.log"; then
    [ "$("$dest/client")" = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad ] ||
        { echo "FAIL: client output"; status=1; }
else
    echo "FAIL: client does not build through pkg-config:"; cat "$dest/cc.log"; status=1
fi
[ $status = 0 ] && echo "ok: install layout, dictionaries, pkg-config client"
exit $status
