#!/bin/sh
# Builds CPython 3.13 twice, with its GIL and free-threaded (--disable-gil),
# into a cache directory outside the repository, for the experiments'
# -python peers (make peers; README, "CPython peers"). About 10 minutes on
# 2 cores. Never run by make test.
#
#   RCVM_PEERS    the cache directory (default ~/.cache/rcvm/peers)
#   PY_VERSION    the 3.13 release to build when no Debian source package
#                 is available (default 3.13.0)
#   JOBS          make's -j (default the number of CPUs)
#
# The source is Debian's python3.13 source package: through the system's
# apt where a deb-src line carries it, else through a private apt state
# under the cache directory with trixie's deb-src line (bookworm has no
# python3.13; the system's apt configuration is not touched), else the
# release tarball from python.org (curl or wget), else a tarball already in
# the cache directory. Debian's package is used for its upstream tarball
# (the .orig.tar.xz); Debian's patches assume Debian's packaging rules.
set -eu
CACHE=${RCVM_PEERS:-$HOME/.cache/rcvm/peers}
VERSION=${PY_VERSION:-3.13.0}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
mkdir -p "$CACHE/src"
cd "$CACHE/src"

# debian_source downloads python3.13's source package with the apt options
# given, and prints the upstream tarball's name.
debian_source() {
	apt-get "$@" source -qq --download-only python3.13 >/dev/null 2>&1 || return 1
	ls python3.13_*.orig.tar.xz 2>/dev/null | sort | tail -n 1
}

tarball=$(ls python3.13_*.orig.tar.xz 2>/dev/null | sort | tail -n 1 || true)
if [ -z "$tarball" ] && command -v apt-get >/dev/null 2>&1; then
	tarball=$(debian_source || true)
	if [ -z "$tarball" ]; then
		apt="$CACHE/apt"
		mkdir -p "$apt/lists/partial"
		echo "deb-src http://deb.debian.org/debian trixie main" >"$apt/sources.list"
		set -- -o "Dir::Etc::SourceList=$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null \
			-o "Dir::State::Lists=$apt/lists" -o APT::Sandbox::User="$(id -un)"
		if apt-get "$@" -qq update >/dev/null 2>&1; then
			tarball=$(debian_source "$@" || true)
		fi
		set --
	fi
fi
if [ -n "$tarball" ]; then
	echo "make peers: Debian's source package: $tarball"
	src=$(tar -tJf "$tarball" | head -n 1 | cut -d/ -f1)
	[ -d "$src" ] || tar -xJf "$tarball"
else
	tarball="Python-$VERSION.tar.xz"
	if [ ! -f "$tarball" ]; then
		url="https://www.python.org/ftp/python/$VERSION/$tarball"
		echo "make peers: no Debian source package for python3.13; fetching $url"
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
