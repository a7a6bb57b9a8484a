package ui

import (
	"strings"

	"vertailu/data"
)

// oneLine folds line breaks and runs of spaces so a table cell stays one line.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\t") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// itoa writes a count with the thousands grouped as the interface language writes them
// ("1 234" / "1,234").
func itoa(n int) string { return data.FormatCount(n, langCode()) }

// langCode is the interface language's code ("fi" or "en"), for data's formatters.
func langCode() string { return string(uiLang()) }
