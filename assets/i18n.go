package assets

import "embed"

// Translations holds the app's go-i18n translation files, i18n/en.json and i18n/fi.json. The
// Finnish file also translates Fyne's own dialog strings, which Fyne does not ship in Finnish.
//
//go:embed i18n/*.json
var Translations embed.FS
