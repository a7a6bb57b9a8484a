#!/usr/bin/env bash
# wine-check.sh runs the Windows build that scripts/dist.sh left in dist/ under Wine, a stand-in
# for Windows (Wine is not Windows: what only a real Windows shows is listed in the README):
#   - the .exe's version, check and table --format json on a folder given as a Windows path with
#     spaces, Finnish letters and an en dash (Z:\…\Hankkeet 2014–2020\), compared with the Linux
#     binary of the same dist/; one export and one report compared byte for byte;
#   - the same through a network share (\\tiedostopalvelin\yhteiset\…, mapped by Wine's
#     dosdevices/unc) and through a path over 260 characters, and the guard that never writes
#     into the folder being read, by drive path, by share and in another case;
#   - the Windows-only Go tests (guard, loader, folder watcher, folder dialog), cross-compiled
#     and run under Wine with that share;
#   - the MSI: a silent per-user install, an upgrade by a newer MSI, a clean uninstall;
#   - the GUI under Xvfb: the window loads the folder, a screenshot is not blank, and the
#     preferences land in %APPDATA%\fyne\fi.vertailu.app.
# Every run boots a fresh Wine prefix in a temporary folder (with a temporary HOME), so nothing
# of the developer's own Wine or settings takes part. When Wine cannot start, it fails and says
# why; it never skips. OUT (default out/wine) receives the screenshot and the logs.
#
#   scripts/wine-check.sh            (make wine-check; needs make dist and scripts/setup.sh)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
OUT=${OUT:-out/wine}
WINE=${WINE:-/usr/lib/wine/wine64}
WINESERVER=${WINESERVER:-/usr/lib/wine/wineserver}
WAIT=${WAIT:-60}
export LANG=${LANG:-en_US.UTF-8}
started=$SECONDS

die() {
	echo "wine-check: FAIL: $*" >&2
	exit 1
}

field() { # field NAME: the value of NAME in FyneApp.toml's [Details], quotes removed
	awk -F= -v k="$1" '/^\[/ {s = $0} s == "[Details]" && $1 ~ "^[ \t]*" k "[ \t]*$" {
		v = $2; gsub(/^[ \t"]+|[ \t"]+$/, "", v); print v; exit }' FyneApp.toml
}
version=$(field Version)
build=$(field Build)
exe=dist/vertailu-$version-windows-amd64.exe
msi=dist/vertailu-$version-windows-amd64.msi
tarball=dist/vertailu-$version-linux-amd64.tar.xz
dll=out/wine/bcryptprimitives.dll

for tool in "$WINE" "$WINESERVER" Xvfb xdotool import identify wixl go; do
	command -v "$tool" >/dev/null || die "$tool is not installed; run scripts/setup.sh"
done
for f in "$exe" "$msi" "$tarball"; do
	[[ -s $f ]] || die "$f is missing; run make dist first"
done
[[ -s $dll ]] || die "$dll is missing; run scripts/setup.sh (it builds it from scripts/windows/)"

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
	[[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null || true
	"$WINESERVER" -k 2>/dev/null || true
	[[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

# Go keeps its caches and settings where they are, though HOME moves below.
GOCACHE=$(go env GOCACHE) GOMODCACHE=$(go env GOMODCACHE) GOPATH=$(go env GOPATH) GOENV=$(go env GOENV)
export GOCACHE GOMODCACHE GOPATH GOENV
export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
# bcryptprimitives: the stand-in from system32; mscoree, mshtml: no Mono or Gecko installer;
# winemenubuilder: no menu entries written into the (temporary) Linux desktop.
export WINEDLLOVERRIDES="bcryptprimitives=n;mscoree,mshtml=;winemenubuilder.exe=d"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache"
export XDG_DATA_HOME="$work/home/.local/share" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# One X display for every Wine process of the run: Wine's desktop process starts with the first
# of them and keeps the display it found (a later GUI without it cannot make a window). The
# screen is larger than the 1280x800 window, so Wine does not clip the window.
exec 3>"$work/display"
Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 3>&-
for _ in $(seq 50); do [[ -s $work/display ]] && break; sleep 0.1; done
[[ -s $work/display ]] || {
	cat "$work/xvfb.log" >&2
	die "Xvfb did not start"
}
export DISPLAY=":$(cat "$work/display")"

failed=0
step() { # step TITLE: a heading, with the seconds since the start
	echo "wine-check: --- $1 (at $((SECONDS - started)) s)"
}
ok() { echo "ok    $*"; }
bad() {
	echo "FAIL  $*" >&2
	failed=1
}
check() { # check DESCRIPTION COMMAND...
	local what=$1
	shift
	if "$@" >"$work/check.log" 2>&1; then
		ok "$what"
	else
		bad "$what"
		sed 's/^/      /' "$work/check.log" | head -20 >&2
	fi
}
winpath() { # winpath PATH: a Linux path as Wine's Z: drive names it
	local p=${1//\//\\}
	echo "Z:$p"
}
# wine runs a Windows program. A run that Wine itself lost (its server dropped the client,
# "wine client error: … Connection reset by peer", seen once in a busy make test; the program
# never got to say anything) is run once more, and said in the log. The output goes where the
# caller sent it, from the last run only.
wine() {
	local s=0
	"$WINE" "$@" >"$work/wine.out" 2>"$work/wine.err" || s=$?
	if grep -q 'wine client error' "$work/wine.err"; then
		echo "wine-check: Wine lost the client of '$*' (exit $s); running it once more" >&2
		s=0
		"$WINE" "$@" >"$work/wine.out" 2>"$work/wine.err" || s=$?
	fi
	cat "$work/wine.out"
	cat "$work/wine.err" >&2
	return "$s"
}

# --- Wine itself ---------------------------------------------------------------------------
step "a fresh Wine prefix"
t0=$SECONDS
# Making a fresh prefix has once failed in a busy make test with "ShellExecuteEx failed:
# Internal error" (Wine starting wineboot before the prefix it was making was ready); a second
# wineboot in the now-made prefix is said and must succeed.
if ! "$WINE" wineboot --init >"$work/wineboot.log" 2>&1; then
	echo "wine-check: wineboot --init failed once; its log, then once more:" >&2
	sed 's/^/      /' "$work/wineboot.log" >&2
	if ! "$WINE" wineboot --init >"$work/wineboot.log" 2>&1; then
		cat "$work/wineboot.log" >&2
		die "Wine did not start (wineboot --init failed twice in $WINEPREFIX)"
	fi
fi
system32="$WINEPREFIX/drive_c/windows/system32"
[[ -d $system32 ]] || die "wineboot made no $system32"
cp "$dll" "$system32/bcryptprimitives.dll"
echo "wine-check: prefix ready in $((SECONDS - t0)) s ($("$WINE" --version))"
user=$(id -un)
profile="$WINEPREFIX/drive_c/users/$user"
[[ -d $profile ]] || die "no Windows profile for $user in the prefix"

got=$(wine "$exe" version 2>"$work/version.err") || {
	cat "$work/version.err" >&2
	die "the .exe does not run under Wine (if ProcessPrng is named above, the stand-in DLL is not being loaded)"
}
got=${got%$'\r'}
[[ $got == "vertailu $version (build $build)" ]] ||
	die "vertailu.exe version printed '$got', want 'vertailu $version (build $build)'"
ok "vertailu.exe version: $got"

mkdir "$work/linux"
tar -C "$work/linux" -xJf "$tarball"
linux=$(find "$work/linux" -path '*/bin/vertailu' -type f | head -1)
[[ -x $linux ]] || die "no bin/vertailu in $tarball"

# --- the folder a hostile user would have --------------------------------------------------
data="$work/Yhteiset tiedostot"
folder="$data/Hankkeet 2014–2020"
mkdir -p "$folder/Etelä-Pohjanmaa"
samples=(assets/samples/*.txt)
for f in "${samples[@]:0:${#samples[@]}-1}"; do cp "$f" "$folder/"; done
cp "${samples[-1]}" "$folder/Etelä-Pohjanmaa/Ähtäri – hanke.txt"
winfolder="$(winpath "$folder")\\"
code=$(grep -m1 -oP '^Hankekoodi:\s*\K\S+' "${samples[1]}") || die "no Hankekoodi in ${samples[1]}"
export SOURCE_DATE_EPOCH=1700000000 # the PDFs' date: the same bytes on both systems

# same_output LABEL LINUX_ARGS -- WINDOWS_ARGS: stdout and exit status of the Linux binary
# and the .exe are the same (the .exe's line ends as they are: Go writes \n on Windows too).
same_output() {
	local label=$1 lin=() win=() s1=0 s2=0
	shift
	while [[ $1 != -- ]]; do lin+=("$1"); shift; done
	shift
	win=("$@")
	"$linux" "${lin[@]}" >"$work/l.out" 2>"$work/l.err" || s1=$?
	wine "$exe" "${win[@]}" >"$work/w.out" 2>"$work/w.err" || s2=$?
	if [[ $s1 != "$s2" ]]; then
		bad "$label: exit $s2 on Windows, $s1 on Linux"
		sed 's/^/      /' "$work/w.err" | head -10 >&2
	elif ! cmp -s "$work/l.out" "$work/w.out"; then
		bad "$label: output differs from Linux"
		diff "$work/l.out" "$work/w.out" | head -20 | sed 's/^/      /' >&2
	elif [[ ! -s $work/w.out ]]; then
		bad "$label: no output"
	else
		ok "$label: same as Linux ($(wc -l <"$work/w.out") lines, exit $s2)"
	fi
}

# same_file LABEL LINUX_FILE WINDOWS_FILE
same_file() {
	if [[ ! -s $3 ]]; then
		bad "$1: the .exe wrote no $3"
	elif ! cmp -s "$2" "$3"; then
		bad "$1: $(cmp "$2" "$3" 2>&1)"
	else
		ok "$1: byte for byte the Linux file ($(stat -c %s "$3") bytes)"
	fi
}

# refused LABEL OUT_CREATED_IF_WRITTEN WINDOWS_ARGS...: the .exe refuses to write (exit 2,
# "inside the folder being read") and leaves nothing there.
refused() {
	local label=$1 made=$2 s=0
	shift 2
	wine "$exe" "$@" >"$work/w.out" 2>"$work/w.err" || s=$?
	if [[ $s == 2 ]] && grep -q 'inside the folder being read' "$work/w.err" && [[ ! -e $made ]]; then
		ok "$label: refused, nothing written"
	else
		bad "$label: exit $s, wrote ${made}: $([[ -e $made ]] && echo yes || echo no)"
		sed 's/^/      /' "$work/w.err" | head -5 >&2
	fi
}

# --- the command line on a drive path ------------------------------------------------------
step "the command line on $winfolder"
same_output "check" check "$folder" -- check "$winfolder"
same_output "table --format json" table --format json "$folder" -- table --format json "$winfolder"
same_output "table --format json (the embedded samples)" table --format json -- table --format json
mkdir -p "$work/out-linux/export"
"$linux" export --codes "$code" --out "$work/out-linux/export" "$folder" >/dev/null || die "the Linux binary's export failed"
"$linux" report --out "$work/out-linux/report.pdf" "$folder" >/dev/null || die "the Linux binary's report failed"
exported=$(basename "$(ls "$work/out-linux/export"/*.pdf)")
winout="$data/Vienti – äö"
wine "$exe" export --codes "$code" --out "$(winpath "$winout")" "$winfolder" >/dev/null 2>"$work/w.err" || true
same_file "export --codes $code into $(winpath "$winout")" "$work/out-linux/export/$exported" "$winout/$exported"
wine "$exe" report --out "$(winpath "$winout/Vertailuraportti – ä.pdf")" "$winfolder" >/dev/null 2>"$work/w.err" || true
same_file "report" "$work/out-linux/report.pdf" "$winout/Vertailuraportti – ä.pdf"
refused "export into the folder being read" "$folder/ulos" export --out "${winfolder}ulos" "$winfolder"
upper=$(winpath "${folder^^}")
refused "export into it written in capitals ($upper)" "$folder/ULOS" export --out "$upper\\ULOS" "$winfolder"
refused "report into a subfolder of it, with forward slashes" "$folder/Etelä-Pohjanmaa/r.pdf" \
	report --out "Z:$folder/Etelä-Pohjanmaa/r.pdf" "$winfolder"

# --- a network share -----------------------------------------------------------------------
# Wine maps \\SERVER\SHARE to $WINEPREFIX/dosdevices/unc/SERVER/SHARE: a stand-in for SMB, so
# the Windows paths are real but no network is involved.
mkdir -p "$WINEPREFIX/dosdevices/unc/tiedostopalvelin"
ln -s "$data" "$WINEPREFIX/dosdevices/unc/tiedostopalvelin/yhteiset"
share='\\tiedostopalvelin\yhteiset'
uncfolder="$share\\Hankkeet 2014–2020\\"
step "the command line on $uncfolder"
same_output "check" check "$folder" -- check "$uncfolder"
same_output "table --format json" table --format json "$folder" -- table --format json "$uncfolder"
rm -rf "$winout"
wine "$exe" export --codes "$code" --out "$share\\Vienti – äö" "$uncfolder" >/dev/null 2>"$work/w.err" || true
same_file "export onto the share" "$work/out-linux/export/$exported" "$winout/$exported"
refused "export into the shared folder being read" "$folder/ulos" export --out "${uncfolder}ulos" "$uncfolder"
refused "export by drive path into the folder read by share" "$folder/ulos" export --out "${winfolder}ulos" "$uncfolder"
refused "export by share into the folder read by drive path" "$folder/ulos" export --out "${uncfolder}ulos" "$winfolder"

# --- a path over 260 characters ------------------------------------------------------------
long="$data/Pitkät polut"
while (($(winpath "$long" | wc -m) <= 300)); do long="$long/Pohjois-Pohjanmaan hankkeet – pitkä kansion nimi"; done
mkdir -p "$long"
cp "${samples[@]}" "$long/"
winlong=$(winpath "$long")
step "the command line on a path of $(printf %s "$winlong" | wc -m) characters"
same_output "check" check "$long" -- check "$winlong"
same_output "table --format json" table --format json "$long" -- table --format json "$winlong"
"$linux" report --out "$work/out-linux/long.pdf" "$long" >/dev/null || die "the Linux binary's report of $long failed"
refused "report into the long folder being read" "$long/raportti.pdf" report --out "$winlong\\raportti.pdf" "$winlong"
wine "$exe" report --out "$(winpath "$long/../raportti – ä.pdf")" "$winlong" >/dev/null 2>"$work/w.err" || true
same_file "report from it, written beside it" "$work/out-linux/long.pdf" "$(dirname "$long")/raportti – ä.pdf"

# --- Windows-only Go tests -----------------------------------------------------------------
step "Windows-only Go tests, cross-compiled"
t0=$SECONDS
mkdir -p "$work/tests" "$data/gotest"
declare -A runs=(
	[export]='^TestRefuseInside(WindowsPaths|LongPaths|NetworkShare)$'
	[data/load]='^TestLoadFolder(LongPath|NetworkShare)$'
	[ui]='^Test(FolderWatcher|OpenFolderAndDialog)(WindowsPath|NetworkShare)$'
)
for pkg in export data/load ui; do
	GOOS=windows GOARCH=amd64 CGO_ENABLED=0 go test -c -o "$work/tests/${pkg//\//_}.test.exe" "./$pkg" ||
		die "cross-compiling the tests of ./$pkg failed"
done
echo "wine-check: compiled in $((SECONDS - t0)) s"
for pkg in export data/load ui; do
	s=0
	name=${pkg//\//_} # data/load: data_load.test.exe, data_load.test.log
	(cd "$pkg" && VERTAILU_TEST_UNC="$share\\gotest" VERTAILU_TEST_UNC_LOCAL="$(winpath "$data/gotest")" \
		FYNE_CACHE=1h "$WINE" "$work/tests/$name.test.exe" -test.v -test.count=1 -test.run "${runs[$pkg]}") \
		>"$work/$name.test.log" 2>&1 || s=$?
	cp "$work/$name.test.log" "$OUT/$name.test.log"
	passed=$(grep -c '^--- PASS' "$work/$name.test.log" || true)
	if ((s != 0)) || grep -q -e '^--- SKIP' -e '^--- FAIL' "$work/$name.test.log" || ((passed == 0)); then
		bad "go test ./$pkg under Wine (${runs[$pkg]}): exit $s, $passed passed"
		grep -v '^=== RUN' "$work/$name.test.log" | head -30 | sed 's/^/      /' >&2
	else
		ok "go test ./$pkg under Wine: $passed passed ($(grep '^--- PASS' "$work/$name.test.log" | awk '{print $3}' | paste -sd ' '))"
	fi
done

# --- the MSI -------------------------------------------------------------------------------
step "the MSI: install, upgrade, uninstall"
installed="$profile/AppData/Local/Programs/Vertailu/vertailu.exe"
shortcut="$profile/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Vertailu.lnk"
uninstall_key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall'
products() { # the installed Vertailu products' DisplayVersion, one a line
	wine reg query "$uninstall_key" /s 2>/dev/null | tr -d '\r' |
		awk '/^HKEY/ {v = ""} /DisplayName.*Vertailu$/ {n = 1} /DisplayVersion/ {v = $3}
			/^$/ {if (n && v != "") print v; n = 0; v = ""} END {if (n && v != "") print v}'
}
s=0
wine msiexec /i "$(winpath "$root/$msi")" /qn >"$work/msi.log" 2>&1 || s=$?
check "msiexec /i $(basename "$msi") /qn: exit 0 (exit $s)" test "$s" = 0
check "installed into %LOCALAPPDATA%\\Programs\\Vertailu, the very .exe" cmp -s "$installed" "$exe"
check "Start-menu shortcut in the user's own Start menu" test -s "$shortcut"
check "the shortcut points at the installed .exe" grep -aqi 'Programs\\Vertailu\\vertailu.exe' "$shortcut"
check "HKCU\\Software\\Vertailu marks the install (per user)" \
	eval "wine reg query 'HKCU\\Software\\Vertailu' | grep -q InstallDir"
check "one Vertailu installed, version $version" test "$(products)" = "$version"
got=$(wine "$installed" version 2>&1 | tr -d '\r') || true
check "the installed vertailu.exe runs: $got" test "$got" = "vertailu $version (build $build)"
# A newer MSI from the same .wxs (the next patch version) replaces the installed one.
IFS=. read -r major minor patch <<<"$version"
newer="$major.$minor.$((patch + 1))"
mkdir "$work/msi"
cp "$exe" "$work/msi/vertailu.exe"
convert assets/icon.png -define icon:auto-resize=256,64,48,32,16 "$work/msi/vertailu.ico"
(cd "$work/msi" && wixl -a x64 -D Version="$newer" -D Exe=vertailu.exe -D Icon=vertailu.ico \
	-o newer.msi "$root/scripts/windows/vertailu.wxs")
s=0
wine msiexec /i "$(winpath "$work/msi/newer.msi")" /qn >>"$work/msi.log" 2>&1 || s=$?
check "a newer MSI ($newer) installs over it: exit 0 (exit $s)" test "$s" = 0
check "after the upgrade one Vertailu is installed, version $newer" test "$(products)" = "$newer"
s=0
wine msiexec /i "$(winpath "$root/$msi")" /qn >>"$work/msi.log" 2>&1 || s=$?
check "the older MSI ($version) refuses to replace $newer (exit $s)" eval "test $s != 0 && test \"\$(products)\" = $newer"
s=0
wine msiexec /x "$(winpath "$work/msi/newer.msi")" /qn >>"$work/msi.log" 2>&1 || s=$?
check "msiexec /x /qn uninstalls: exit 0 (exit $s)" test "$s" = 0
check "uninstall removed the .exe and its folder" test ! -e "$(dirname "$installed")"
check "uninstall removed the shortcut" test ! -e "$shortcut"
check "uninstall removed HKCU\\Software\\Vertailu" eval "! wine reg query 'HKCU\\Software\\Vertailu' >/dev/null 2>&1"
check "no Vertailu left installed" test -z "$(products)"

# --- the GUI under Xvfb --------------------------------------------------------------------
step "the GUI under Xvfb"
"$WINE" "$exe" -lang fi "$winfolder" >"$work/app.log" 2>&1 &
app_pid=$!
wid=""
title=""
deadline=$((SECONDS + WAIT))
while ((SECONDS < deadline)) && [[ -z $wid ]]; do
	kill -0 "$app_pid" 2>/dev/null || break
	for w in $(xdotool search --name '^Vertailu' 2>/dev/null || true); do
		title=$(xdotool getwindowname "$w" 2>/dev/null || true)
		[[ $title == "Vertailu – "*"Hankkeet 2014–2020"* ]] && wid=$w
	done
	sleep 0.3
done
if [[ -z $wid ]]; then
	bad "no Vertailu window with the folder loaded within ${WAIT} s (last title: '${title}')"
	sed 's/^/      /' "$work/app.log" | head -20 >&2
else
	ok "the window loaded the folder: '$title'"
	xdotool windowmove "$wid" 0 0 windowsize "$wid" 1280 800 >/dev/null 2>&1 || true
	xdotool mousemove 1439 899 >/dev/null 2>&1 || true
	sleep 3 # layout at the new size, charts rendered
	shot="$OUT/vertailu-wine.png"
	# the window alone
	import -window root -crop 1280x800+0+0 +repage "$shot"
	sd=$(identify -format '%[fx:standard_deviation]' "$shot")
	check "screenshot $shot is not blank (standard deviation $sd)" awk -v s="$sd" 'BEGIN { exit !(s >= 0.01) }'
	settings="$profile/AppData/Roaming/fyne/fi.vertailu.app/settings/settings.json"
	json_folder=$(winpath "$folder")
	json_folder=${json_folder//\\/\\\\} # as JSON writes it: each \ doubled
	check "preferences in %APPDATA%\\fyne\\fi.vertailu.app\\settings\\settings.json" test -s "$settings"
	check "they remember the folder by its Windows path" grep -qF "\"lastFolder\": \"$json_folder\"" "$settings"
fi
kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
app_pid=""
cp "$work/app.log" "$OUT/app.log"
check "the app logged no panic" eval "! grep -qi panic '$work/app.log'"

echo "wine-check: done in $((SECONDS - started)) s"
if ((failed)); then
	echo "wine-check: some checks failed (Wine is a stand-in for Windows; see docs/windows.md)" >&2
	exit 1
fi
echo "wine-check: all passed"
