// Package assets holds what Vertailu embeds in its binary: the sample folder of project
// descriptions, the charts' Roboto font (also the PDFs' regular text), the icon and the
// translations.
package assets

import (
	"embed"
	"io/fs"
)

//go:embed samples/*.txt
var samples embed.FS

// Samples returns the embedded sample folder: five real project descriptions.
func Samples() fs.FS {
	sub, err := fs.Sub(samples, "samples")
	if err != nil {
		panic(err) // the embed pattern above guarantees the folder
	}
	return sub
}

// SamplesName is how the embedded sample folder is named to the user.
const SamplesName = "(sample folder)"

// Icon is the application icon (512×512 PNG), also named by FyneApp.toml for packaging.
//
//go:embed icon.png
var Icon []byte

// RegionsGeo is the boundaries of Finland's 19 regions, MunicipalitiesGeo those of its 309
// municipalities (2023), in scripts/geogen's format (see geo/README.md; © National Land Survey
// of Finland, CC BY 4.0, geo/LICENSE-CC-BY-4.0.txt).
//
//go:embed geo/regions.json
var RegionsGeo []byte

// MunicipalitiesGeo: see RegionsGeo.
//
//go:embed geo/municipalities.json
var MunicipalitiesGeo []byte

// Roboto is Roboto Medium 2.134 (© Google, Apache License 2.0: fonts/Roboto-LICENSE.txt), the
// font of every chart: drawn in PNGs, named in SVGs and embedded in PDFs, where it is also the
// exports' regular text. It is byte for byte the font go-chart v2 embedded (the charts library
// before go-analyze's chartdraw, whose own Roboto has no Cyrillic), so labels and PDF text keep
// their metrics and scripts.
//
//go:embed fonts/Roboto-Medium.ttf
var Roboto []byte
