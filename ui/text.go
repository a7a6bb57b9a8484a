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

// itoa writes a count with Finnish thousands separators.
func itoa(n int) string { return data.Thousands(int64(n)) }
