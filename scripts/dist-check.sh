#!/usr/bin/env bash
# dist-check.sh checks the artefacts scripts/dist.sh leaves in DIR (default dist/) against the
# root FyneApp.toml: the Linux tarball holds the binary, .desktop file and icon with the right
# name, ID and version; the Windows .exe is a PE32+ x86-64 GUI program with icon, version
# resource and manifest; both binaries embed the sample folder and the translations; the MSI
# (read with msitools' msiinfo and msiextract) is a per-user package of that very .exe with the
# version, the fixed UpgradeCode, a Start-menu shortcut with the icon and a clean uninstall.
# It prints one line per check and exits 1 if any failed.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dir=${1:-dist}

field() { # field NAME: the value of NAME in FyneApp.toml's [Details], quotes removed
	awk -F= -v k="$1" '/^\[/ {s = $0} s == "[Details]" && $1 ~ "^[ \t]*" k "[ \t]*$" {
		v = $2; gsub(/^[ \t"]+|[ \t"]+$/, "", v); print v; exit }' FyneApp.toml
}
version=$(field Version)
build=$(field Build)
name=$(field Name)
id=$(field ID)
combined="$version.$build" # how fyne package writes it into Windows resources
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || combined="$version.0.$build"

failed=0
check() { # check DESCRIPTION COMMAND...: run COMMAND, report the outcome
	local what=$1
	shift
	if "$@" >/dev/null 2>&1; then
		echo "ok    $what"
	else
		echo "FAIL  $what" >&2
		failed=1
	fi
}
has() { LC_ALL=C grep -aqF -- "$2" "$1"; } # has FILE TEXT: FILE contains TEXT

# embeds: the binary carries the sample folder and the translations. go:embed stores files
# verbatim, so lines of the source files appear as they are.
embeds() { # embeds LABEL BINARY
	local label=$1 bin=$2 f line
	check "$label embeds sample S22829" has "$bin" "Hankekoodi: S22829"
	for f in assets/samples/*.txt; do
		line=$(grep -m1 '^Hankekoodi:' "$f") || line=$(grep -m1 -E '.{20}' "$f")
		check "$label embeds $f" has "$bin" "$line"
	done
	local i18n=(assets/words/*.json assets/words/fyne/*.json)
	if [[ ! -e ${i18n[0]} ]]; then
		check "$label embeds translations (no assets/words/*.json)" false
		return
	fi
	for f in "${i18n[@]}"; do
		# a few of the file's longer lines, spread over it: values, not just keys
		while IFS= read -r line; do
			check "$label embeds $f: ${line:0:50}" has "$bin" "$line"
		done < <(grep -E '.{16}' "$f" | awk '{a[NR] = $0} END {for (i = 1; i <= NR; i += (NR > 4 ? int(NR / 4) : 1)) print a[i]}')
	done
}

installs_system() { # installs_system PKGDIR
	local root="$tmp/root"
	make -s -C "$1" install DESTDIR="$root" PREFIX=/usr &&
		test -x "$root/usr/bin/vertailu" &&
		test -s "$root/usr/share/applications/$id.desktop" &&
		cmp -s "$root/usr/share/pixmaps/$id.png" assets/icon.png
}
installs_user() { # installs_user PKGDIR
	local home="$tmp/home"
	mkdir -p "$home"
	HOME=$home make -s -C "$1" user-install &&
		test -x "$home/.local/bin/vertailu" &&
		grep -qx "Exec=$home/.local/bin/vertailu" "$home/.local/share/applications/$id.desktop" &&
		cmp -s "$home/.local/share/icons/$id.png" assets/icon.png
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Linux
tarball="$dir/vertailu-$version-linux-amd64.tar.xz"
check "$tarball exists" test -s "$tarball"
if [[ -s $tarball ]]; then
	tar -C "$tmp" -xJf "$tarball"
	bin=$(find "$tmp" -path '*/bin/vertailu' -type f | head -1)
	desktop=$(find "$tmp" -path "*/share/applications/$id.desktop" | head -1)
	icon=$(find "$tmp" -path "*/share/pixmaps/$id.png" | head -1)
	check "tarball has bin/vertailu" test -x "$bin"
	check "tarball has share/applications/$id.desktop" test -s "$desktop"
	check "tarball has share/pixmaps/$id.png" test -s "$icon"
	if [[ -n $bin ]]; then
		check "bin/vertailu is an ELF x86-64 executable" grep -q 'ELF 64-bit.*x86-64' <(file -b "$bin")
		check "bin/vertailu version prints 'vertailu $version (build $build)'" \
			test "$("$bin" version 2>/dev/null)" = "vertailu $version (build $build)"
		embeds "linux binary" "$bin"
	fi
	if [[ -n $desktop ]]; then
		check ".desktop Name=$name" grep -qx "Name=$name" "$desktop"
		check ".desktop Exec=vertailu" grep -qE '^Exec=vertailu( |$)' "$desktop"
		check ".desktop Icon=$id" grep -qx "Icon=$id" "$desktop"
	fi
	[[ -n $icon ]] && check "packaged icon is assets/icon.png" cmp -s "$icon" assets/icon.png
	# The two ways the README installs it: the tarball's Makefile, system-wide and per user.
	pkg=$(find "$tmp" -mindepth 2 -maxdepth 2 -name Makefile -printf '%h\n' | head -1)
	if [[ -n $pkg ]]; then
		check "make install puts binary, .desktop and icon under PREFIX" installs_system "$pkg"
		check "make user-install puts them under ~/.local" installs_user "$pkg"
	else
		check "tarball has a Makefile" false
	fi
fi

# Windows
exe="$dir/vertailu-$version-windows-amd64.exe"
check "$exe exists" test -s "$exe"
if [[ -s $exe ]]; then
	check "exe is PE32+ x86-64 (file: $(file -b "$exe"))" grep -q 'PE32+ executable.*x86-64' <(file -b "$exe")
	check "exe is a GUI program (no console window)" grep -q '(GUI)' <(file -b "$exe")
	# resource types: the entries of the top-level table in objdump's .rsrc dump (3 spaces in)
	x86_64-w64-mingw32-objdump -p "$exe" 2>/dev/null |
		awk '/The .rsrc Resource Directory section/ {r = 1} r && /^[0-9a-f]+   Entry: ID: 0x/ {
			sub(/,.*/, ""); sub(/.*ID: 0x0*/, ""); print }' >"$tmp/rsrc" # hex
	# a lone .exe must not need mingw's runtime DLLs (libssp-0, libgcc_s, libwinpthread)
	check "exe needs no DLL beyond Windows' own" \
		eval '! x86_64-w64-mingw32-objdump -p "$exe" | grep -qiE "DLL Name: lib"'
	check "exe has an icon resource (types 3, 14)" grep -qx e "$tmp/rsrc"
	check "exe has a version resource (type 16)" grep -qx 10 "$tmp/rsrc"
	check "exe has a manifest (type 24)" grep -qx 18 "$tmp/rsrc"
	check "exe manifest names $name $combined" \
		has "$exe" "version=\"$combined\" processorArchitecture=\"*\" name=\"$name\""
	strings -el "$exe" >"$tmp/utf16"
	check "exe version resource: ProductName $name" grep -qx "$name" "$tmp/utf16"
	check "exe version resource: ProductVersion $combined" grep -qx "$combined" "$tmp/utf16"
	# `vertailu version` says cmd/vertailu/appmeta.go's version, which its test holds to
	# FyneApp.toml's; scripts/wine-check.sh runs it under Wine and compares.
	check "exe carries the version $version" has "$exe" "$version"
	embeds exe "$exe"
fi

# Windows Installer package
# UpgradeCode: Vertailu's for good (scripts/windows/vertailu.wxs). A different one would make a
# newer MSI install beside an older one instead of replacing it.
upgrade_code='{0CECC721-B9F7-482D-B4BF-49DF143CD216}'
msi="$dir/vertailu-$version-windows-amd64.msi"
msi_abs="$(cd "$(dirname "$msi")" && pwd)/$(basename "$msi")"
# table NAME: its rows. In $tmp: exporting a table with a binary column (Icon) writes its streams
# into a folder of the table's name in the working directory.
table() { (cd "$tmp" && msiinfo export "$msi_abs" "$1" 2>/dev/null) | tr -d '\r' | tail -n +4; }
row() { table "$1" | grep -qxF -- "$2"; }                          # row TABLE ROW: that exact row
prop() { table Property | awk -F'\t' -v k="$1" '$1 == k { print $2 }'; }
T=$'\t'
installs_per_user() {
	row Directory "INSTALLDIR${T}UserProgramsFolder${T}Vertailu" &&
		row Directory "UserProgramsFolder${T}LocalAppDataFolder${T}Programs" &&
		test -z "$(prop ALLUSERS)"
}
one_exe() { # the File table: vertailu.exe alone, in a component of INSTALLDIR
	test "$(table File | cut -f3)" = vertailu.exe &&
		table Component | grep -q "^VertailuExe${T}[^${T}]*${T}INSTALLDIR${T}"
}
shortcut() {
	table Shortcut | grep -q "^VertailuShortcut${T}ProgramMenuFolder${T}Vertailu${T}StartMenuShortcut${T}\[INSTALLDIR\]vertailu\.exe${T}.*${T}vertailu\.ico${T}" &&
		table Icon | grep -q "^vertailu\.ico${T}" && test "$(prop ARPPRODUCTICON)" = vertailu.ico
}
hkcu_keys() { # every component's key path is an HKCU value (Root 1), as per-user ones must be
	test "$(table Component | wc -l)" -eq "$(table Registry | awk -F'\t' '$2 == 1' | wc -l)" &&
		! table Component | awk -F'\t' '$4 != 260' | grep -q .
}
icon_ok() { # the Icon table's stream, which table Icon writes to $tmp/Icon/
	table Icon >/dev/null &&
		file -b "$tmp/Icon/Icon.vertailu.ico" | grep -q '^MS Windows icon resource.*256x256'
}
check "$msi exists" test -s "$msi"
if [[ -s $msi ]]; then
	msiinfo suminfo "$msi" >"$tmp/suminfo" 2>&1
	check "msi is a Windows Installer database for x64" grep -qx 'Template: x64;1033' "$tmp/suminfo"
	# Word Count (msiinfo calls it "Source"): bit 2 compressed, bit 8 no elevation needed
	words=$(awk '/^Source:/ { print $2 }' "$tmp/suminfo")
	check "msi needs no administrator rights (word count ${words:-?} has bit 8)" test $((${words:-0} & 8)) -eq 8
	check "msi installs per user into %LOCALAPPDATA%\\Programs\\Vertailu, no ALLUSERS" installs_per_user
	check "msi ProductName $name" test "$(prop ProductName)" = "$name"
	check "msi ProductVersion $version (FyneApp.toml)" test "$(prop ProductVersion)" = "$version"
	check "msi UpgradeCode $upgrade_code" test "$(prop UpgradeCode)" = "$upgrade_code"
	check "msi replaces older versions (MajorUpgrade)" \
		row Upgrade "$upgrade_code${T}${T}$version${T}${T}1${T}${T}WIX_UPGRADE_DETECTED"
	check "msi refuses to replace a newer version" \
		row LaunchCondition "NOT WIX_DOWNGRADE_DETECTED${T}A newer version of Vertailu is already installed."
	check "msi holds one file, vertailu.exe, in INSTALLDIR" one_exe
	check "msi Start-menu shortcut to [INSTALLDIR]vertailu.exe with the icon" shortcut
	check "msi components: 64-bit, keyed by HKCU values" hkcu_keys
	check "msi uninstall removes the install folder" row RemoveFile "RemoveInstallDir${T}VertailuExe${T}${T}INSTALLDIR${T}2"
	mkdir "$tmp/msi"
	msiextract -C "$tmp/msi" "$msi" >/dev/null 2>&1
	check "msiextract: only vertailu.exe inside" test "$(find "$tmp/msi" -type f -printf '%f\n')" = vertailu.exe
	check "msi icon is a Windows icon with a 256x256 image (from assets/icon.png)" icon_ok
	check "msiextract: its vertailu.exe is $exe, byte for byte" \
		cmp -s "$(find "$tmp/msi" -type f -name vertailu.exe | head -1)" "$exe"
fi

if ((failed)); then
	echo "dist-check: some checks failed" >&2
	exit 1
fi
echo "dist-check: all passed"
