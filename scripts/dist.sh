#!/usr/bin/env bash
# dist.sh builds Vertailu's installable artefacts into dist/ from the working tree, then checks
# them with scripts/dist-check.sh:
#   vertailu-VERSION-linux-amd64.tar.xz    `fyne package`: binary, .desktop file, icon, Makefile
#   vertailu-VERSION-windows-amd64.exe     `fyne package` cross-compiled with cgo through
#                                          mingw-w64: icon, version resource and manifest
#   vertailu-VERSION-windows-amd64.msi     that same .exe in a per-user Windows Installer
#                                          package (wixl, scripts/windows/vertailu.wxs)
# VERSION and the build number come from the root FyneApp.toml. Run scripts/setup.sh first.
#
# fyne package runs in a temporary copy of the tree: it reads FyneApp.toml from the main
# package's folder, leaves fyne.syso and a generated .go file there while it builds (a
# concurrent `go build` in the checkout would pick them up) and bumps Build in that
# FyneApp.toml afterwards. None of that should touch the checkout.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

field() { # field NAME: the value of NAME in FyneApp.toml's [Details], quotes removed
	awk -F= -v k="$1" '/^\[/ {s = $0} s == "[Details]" && $1 ~ "^[ \t]*" k "[ \t]*$" {
		v = $2; gsub(/^[ \t"]+|[ \t"]+$/, "", v); print v; exit }' FyneApp.toml
}
version=$(field Version)
build=$(field Build)
name=$(field Name) # fyne package names the tarball and the .exe after it
if [[ -z $version || -z $build || -z $name ]]; then
	echo "dist: FyneApp.toml lacks [Details] Name, Version or Build" >&2
	exit 1
fi
if [[ ! $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
	echo "dist: Version $version is not MAJOR.MINOR.PATCH, which an MSI's ProductVersion must be" >&2
	exit 1
fi
for tool in x86_64-w64-mingw32-gcc xz tar wixl convert; do
	command -v "$tool" >/dev/null || { echo "dist: $tool missing; run scripts/setup.sh" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src" "$work/bin" dist

# The working tree without what git ignores (dist/, binaries, failed test output).
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	git ls-files -z --cached --others --exclude-standard |
		while IFS= read -r -d '' f; do [[ -e $f ]] && printf '%s\0' "$f"; done |
		tar --null -T - -cf - | tar -C "$work/src" -xf -
else
	tar --exclude=./.git --exclude=./dist -cf - . | tar -C "$work/src" -xf -
fi

# The fyne CLI at the version go.mod pins (tool directive).
go build -o "$work/bin/fyne" fyne.io/tools/cmd/fyne
fyne=("$work/bin/fyne" package --release --src cmd/vertailu --icon "$work/src/assets/icon.png")

# fyne package reads FyneApp.toml from the main package's folder, which has none in the checkout
# (cmd/vertailu/appmeta.go says what the root's says, checked by its test), and bumps Build in
# it: the root's is copied there before each run, so both artefacts carry the committed version.
restore() { cp FyneApp.toml "$work/src/FyneApp.toml" && cp FyneApp.toml "$work/src/cmd/vertailu/FyneApp.toml"; }

start=$SECONDS
echo "dist: linux/amd64 ..." >&2
restore
(cd "$work/src" && GOOS=linux GOARCH=amd64 CGO_ENABLED=1 "${fyne[@]}" --os linux)
# The tarball's Makefile (fyne tools v1.7.2) names the icon without its .png, so its `make
# install` and `make user-install` stop at the icon (fyne-io/tools#139): fix that line, repack.
mkdir "$work/pkg"
tar -C "$work/pkg" -xJf "$work/src/$name.tar.xz"
sed -i -E '/^Icon := ".*\.png"$/! s/^(Icon := "[^"]*)"$/\1.png"/' "$work/pkg/vertailu/Makefile"
tar -C "$work/pkg" --owner=0 --group=0 --numeric-owner -cJf "dist/vertailu-$version-linux-amd64.tar.xz" vertailu
echo "dist: linux/amd64 done in $((SECONDS - start)) s" >&2

# fyne package compiles C with -fstack-protector-strong -D_FORTIFY_SOURCE=3 but adds no matching
# linker flag for Windows: link mingw's libssp statically (-lssp alone would pick the import
# library and make the .exe depend on libssp-0.dll).
start=$SECONDS
echo "dist: windows/amd64 ..." >&2
restore
(cd "$work/src" && GOOS=windows GOARCH=amd64 CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc \
	CGO_LDFLAGS="${CGO_LDFLAGS:-} -l:libssp.a" "${fyne[@]}" --os windows)
mv "$work/src/cmd/vertailu/$name.exe" "dist/vertailu-$version-windows-amd64.exe"
echo "dist: windows/amd64 done in $((SECONDS - start)) s" >&2

# The MSI: the .exe above and the icon as .ico (Start menu, Apps & features), version from
# FyneApp.toml. wixl reads the files named in the .wxs relative to where it runs.
start=$SECONDS
echo "dist: windows/amd64 msi ..." >&2
mkdir "$work/msi"
cp "dist/vertailu-$version-windows-amd64.exe" "$work/msi/vertailu.exe"
convert assets/icon.png -define icon:auto-resize=256,64,48,32,16 "$work/msi/vertailu.ico"
(cd "$work/msi" && wixl -a x64 -D Version="$version" -D Exe=vertailu.exe -D Icon=vertailu.ico \
	-o vertailu.msi "$root/scripts/windows/vertailu.wxs")
mv "$work/msi/vertailu.msi" "dist/vertailu-$version-windows-amd64.msi"
echo "dist: windows/amd64 msi done in $((SECONDS - start)) s" >&2

bash scripts/dist-check.sh dist
