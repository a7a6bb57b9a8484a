package main

import (
	_ "embed"
	"fmt"
	"io"

	"github.com/BurntSushi/toml"

	"vertailu/assets/words"
)

// The repository root's FyneApp.toml is the one source of the version. go:embed cannot reach
// above this folder, and `fyne package` reads the file from the main package's folder anyway,
// so this folder keeps a copy; version_test.go fails when the two differ.
//
//go:generate cp ../../FyneApp.toml FyneApp.toml

//go:embed FyneApp.toml
var fyneAppTOML []byte

func init() { register("version", "cli.summary.version", runVersion) }

// appVersion is the part of FyneApp.toml that names a release.
type appVersion struct {
	Version string
	Build   int
}

// String is the line `vertailu version` prints, always in English: scripts/dist-check.sh and
// scripts/wine-check.sh compare it.
func (v appVersion) String() string {
	return words.EN.T("cli.version", "Version", v.Version, "Build", v.Build)
}

// parseVersion reads [Details] Version and Build from a FyneApp.toml.
func parseVersion(data []byte) (appVersion, error) {
	var meta struct{ Details appVersion }
	if _, err := toml.Decode(string(data), &meta); err != nil {
		return appVersion{}, fmt.Errorf("FyneApp.toml: %w", err)
	}
	if meta.Details.Version == "" {
		return appVersion{}, problem("cli.version.missing")
	}
	return meta.Details, nil
}

func runVersion(args []string, stdout, stderr io.Writer) int {
	say := voice{name: "version", lang: words.EN, w: stderr}
	if len(args) > 0 {
		say.line("cli.version.usage")
		return 2
	}
	v, err := parseVersion(fyneAppTOML)
	if err != nil {
		say.sayError(err)
		return 1
	}
	fmt.Fprintln(stdout, v)
	return 0
}
