#!/bin/sh
# Builds CPython 3.13 twice, with its GIL and free-threaded (--disable-gil),
# into a cache directory outside the repository, for the experiments'
# -python peers (make peers; README, "CPython peers"). About 10 minutes on
# 2 cores. Never run by make test.
#
#   RCVM_PEERS    the cache directory (default ~/.cache/rcvm/peers)
#   PY_VERSION    the 3.13 release to build when no Debian source package
#                 is available (default 3.13.0)
#
# The source is Debian's package where apt has a deb-src line that carries
# python3.13 (apt-get source python3.13; bookworm has none: add trixie's
# deb-src, or let the script fall back), else the release tarball from
# python.org (curl or wget), else a tarball already in the cache directory.
set -eu
CACHE=${RCVM_PEERS:-$HOME/.cache/rcvm/peers}
VERSION=${PY_VERSION:-3.13.0}
JOBS=$(nproc 2>/dev/null || echo 2)
mkdir -p "$CACHE/src"
cd "$CACHE/src"

src=""
if apt-cache showsrc python3.13 >/dev/null 2>&1 && apt-get source -qq python3.13 >/dev/null 2>&1; then
	src=$(find . -maxdepth 1 -type d -name 'python3.13-*' | sort | tail -n 1)
	echo "make peers: Debian's source package: $src"
else
	tarball="Python-$VERSION.tar.xz"
	if [ ! -f "$tarball" ]; then
		url="https://www.python.org/ftp/python/$VERSION/$tarball"
		echo "make peers: no Debian source package for python3.13 (no deb-src line carries it); fetching $url"
		if command -v curl >/dev/null 2>&1; then
			curl -fsSLo "$tarball" "$url"
		elif command -v wget >/dev/null 2>&1; then
			wget -qO "$tarball" "$url"
		else
			echo "make peers: neither curl nor wget; put $tarball in $CACHE/src" >&2
			exit 1
		fi
	fi
	tar -xJf "$tarball"
	src="Python-$VERSION"
fi

# One build per flavour, each from a clean copy of the source.
for flavour in gil nogil; do
	prefix="$CACHE/3.13"
	flags=""
	if [ "$flavour" = nogil ]; then
		prefix="$CACHE/3.13t"
		flags="--disable-gil"
	fi
	if [ -x "$prefix/bin/python3.13" ] || [ -x "$prefix/bin/python3.13t" ]; then
		echo "make peers: $prefix is built"
		continue
	fi
	rm -rf "build-$flavour"
	cp -a "$src" "build-$flavour"
	(
		cd "build-$flavour"
		# shellcheck disable=SC2086
		./configure -q --prefix="$prefix" $flags
		make -s -j"$JOBS"
		make -s altinstall
	) >"$CACHE/build-$flavour.log" 2>&1 || {
		echo "make peers: the $flavour build failed; see $CACHE/build-$flavour.log" >&2
		exit 1
	}
	rm -rf "build-$flavour"
done

echo "make peers: done. Run the experiments beside them with"
echo "  bin/rcvm experiment overhead scaling -python python3.11,$CACHE/3.13/bin/python3.13,$CACHE/3.13t/bin/python3.13t"
