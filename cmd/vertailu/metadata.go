package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"github.com/BurntSushi/toml"

	"vertailu/assets"
)

// A plain `go build` or `go run` carries no packaged metadata: Fyne then looks for
// FyneApp.toml beside the executable or in the working directory, which a built binary cannot
// count on, and without its [Migrations] fyneDo = true Fyne keeps its pre-2.6 thread checks
// and warns at launch. `fyne build` would generate a metadata init like this one; here it is
// read from the embedded copy of FyneApp.toml (see version.go), so every build opts in.
func init() {
	m, err := parseMetadata(fyneAppTOML)
	if err != nil {
		return // TestVersion reports a broken FyneApp.toml; Fyne falls back to its defaults
	}
	app.SetMetadata(m)
}

// parseMetadata reads the [Details] and [Migrations] of a FyneApp.toml.
func parseMetadata(b []byte) (fyne.AppMetadata, error) {
	var f struct {
		Details struct {
			ID, Name, Version string
			Build             int
		}
		Migrations map[string]bool
	}
	if _, err := toml.Decode(string(b), &f); err != nil {
		return fyne.AppMetadata{}, err
	}
	return fyne.AppMetadata{
		ID:         f.Details.ID,
		Name:       f.Details.Name,
		Version:    f.Details.Version,
		Build:      f.Details.Build,
		Icon:       fyne.NewStaticResource("icon.png", assets.Icon),
		Release:    false,
		Custom:     map[string]string{},
		Migrations: f.Migrations,
	}, nil
}
