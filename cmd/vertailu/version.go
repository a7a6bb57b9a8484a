package main

import (
	"fmt"
	"io"

	"vertailu/assets/words"
)

func init() { register("version", "cli.summary.version", runVersion) }

// appVersion is the part of the app's metadata that names a release.
type appVersion struct {
	Version string
	Build   int
}

// String is the line `vertailu version` prints, always in English: scripts/dist-check.sh and
// scripts/wine-check.sh compare it.
func (v appVersion) String() string {
	return words.EN.T("cli.version", "Version", v.Version, "Build", v.Build)
}

func runVersion(args []string, stdout, stderr io.Writer) int {
	say := voice{name: "version", lang: words.EN, w: stderr}
	if len(args) > 0 {
		say.line("cli.version.usage")
		return 2
	}
	fmt.Fprintln(stdout, appVersion{Version: appMeta.Version, Build: appMeta.Build})
	return 0
}
