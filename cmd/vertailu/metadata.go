package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"vertailu/assets"
)

// A plain `go build` or `go run` carries no packaged metadata: Fyne then looks for
// FyneApp.toml beside the executable or in the working directory, which a built binary cannot
// count on, and without its [Migrations] fyneDo = true Fyne keeps its pre-2.6 thread checks
// and warns at launch. `fyne build` would generate a metadata init like this one; here it is
// the root FyneApp.toml's (appmeta.go), so every build opts in.
func init() { app.SetMetadata(metadata()) }

// metadata is appMeta with the app's icon.
func metadata() fyne.AppMetadata {
	m := appMeta
	m.Icon = fyne.NewStaticResource("icon.png", assets.Icon)
	m.Custom = map[string]string{}
	return m
}
