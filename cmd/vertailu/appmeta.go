package main

import "fyne.io/fyne/v2"

// appMeta is the [Details] and [Migrations] of the repository root's FyneApp.toml, the one
// source of the app's name, ID, version and build: go:embed cannot reach above this folder, so
// they are written here, and TestAppMetaIsFyneAppTOML fails when the two differ. `fyne package`
// reads the file itself (scripts/dist.sh gives it the root's).
var appMeta = fyne.AppMetadata{
	ID:         "fi.vertailu.app",
	Name:       "Vertailu",
	Version:    "0.1.0",
	Build:      1,
	Migrations: map[string]bool{"fyneDo": true},
}
