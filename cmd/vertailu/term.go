package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// termName returns a file or folder name for a terminal: as it is when it is plain, else
// quoted in Go's %q style, so that a name holding a line end or an escape sequence can neither
// forge a line of output nor drive the terminal.
func termName(s string) string {
	if plain(s) {
		return s
	}
	return strconv.Quote(s)
}

// termText returns a message for a terminal with each control character escaped in place
// (\n, \x1b, \u009b) and invalid UTF-8 shown as \xff.
func termText(s string) string {
	if plain(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x` + strconv.FormatUint(uint64(s[i]), 16))
		case isTermControl(r):
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// plain reports whether s is valid UTF-8 without control characters.
func plain(s string) bool {
	return utf8.ValidString(s) && strings.IndexFunc(s, isTermControl) < 0
}

// isTermControl: C0 and C1 controls, DEL, and the format characters that reorder text
// (bidirectional overrides could make a name read as another).
func isTermControl(r rune) bool {
	return unicode.IsControl(r) || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// parseFlags is fs.Parse with its complaint made safe for a terminal: the flag package prints
// an unknown flag's name raw, and a name can hold a line end. The usage follows on fs's
// output, as with fs.Parse.
func parseFlags(fs *flag.FlagSet, args []string) error {
	out, usage := fs.Output(), fs.Usage
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	err := fs.Parse(args)
	fs.SetOutput(out)
	fs.Usage = usage
	if err == nil {
		return nil
	}
	if !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintf(out, "%s: %s\n", fs.Name(), termText(err.Error()))
	}
	if fs.Usage != nil {
		fs.Usage()
	}
	return err
}
