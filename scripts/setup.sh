#!/usr/bin/env bash
# setup.sh prepares a Debian machine to build, test and package Vertailu: the cgo headers Fyne
# needs, the tools the tests and the dist checks call, the Windows cross compiler, Wine (the
# tests run the Windows build under it), msitools and wixl (the MSI), and the Go modules. It
# installs only what is missing and prints nothing when all is already there.
set -euo pipefail

packages=(
	gcc libc6-dev make libgl1-mesa-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
	libwayland-dev libxkbcommon-dev wayland-protocols
	xvfb xauth imagemagick poppler-utils qpdf xdotool file xz-utils gcc-mingw-w64-x86-64 pkg-config
	wine64 msitools wixl
)

missing=()
for p in "${packages[@]}"; do
	dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done

if ((${#missing[@]} > 0)); then
	if [[ $(id -u) -eq 0 ]]; then
		sudo=()
	elif command -v sudo >/dev/null; then
		sudo=(sudo)
	else
		echo "setup: missing packages ${missing[*]}; run as root or install sudo" >&2
		exit 1
	fi
	echo "setup: installing ${missing[*]}" >&2
	log=$(mktemp)
	trap 'rm -f "$log"' EXIT
	if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >"$log" 2>&1 ||
		! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
			apt-get install -y -q --no-install-recommends "${missing[@]}" >>"$log" 2>&1; then
		cat "$log" >&2
		echo "setup: apt-get failed" >&2
		exit 1
	fi
fi

cd "$(dirname "$0")/.."
go mod download

# The stand-in bcryptprimitives.dll that scripts/wine-check.sh puts into its Wine prefix (see
# scripts/windows/bcryptprimitives.c), built when missing or older than its source.
dll=out/wine/bcryptprimitives.dll
dll_src=(scripts/windows/bcryptprimitives.c scripts/windows/bcryptprimitives.def)
if [[ ! -s $dll || ${dll_src[0]} -nt $dll || ${dll_src[1]} -nt $dll ]]; then
	mkdir -p "$(dirname "$dll")"
	x86_64-w64-mingw32-gcc -shared -O2 -o "$dll" "${dll_src[@]}" -ladvapi32
fi
