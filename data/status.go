package data

import (
	"strings"

	"vertailu/assets/words"
)

// statusKeys are the status values the service writes, folded, and their catalogue keys.
var statusKeys = map[string]string{
	"toiminta päättynyt": "status.ended",
	"toiminnassa":        "status.running",
	"keskeytynyt":        "status.interrupted",
}

// StatusText words a project's status in lang: a known value through the catalogue, any other
// as written. In Finnish a known value also stays as written.
func StatusText(s, lang string) string {
	if words.Of(lang) == words.FI {
		return s
	}
	if key, ok := statusKeys[strings.ToLower(strings.TrimSpace(s))]; ok {
		return words.EN.T(key)
	}
	return s
}
