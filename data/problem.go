package data

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// Problem is something wrong in one file, at one line (0 when it concerns the whole file): a
// warning on a loaded file, or why a file was skipped. It carries a code and its arguments;
// the catalogue words it ("problem." + Code) in the reader's language.
type Problem struct {
	File  string
	Sheet string // the sheet of a workbook with several, whose Line it is
	Line  int
	Code  string   // e.g. "date_unreadable"; the catalogue id is "problem.date_unreadable"
	Args  []string // placeholder names and values in pairs: "Value", "31.2.2020"; "Euros" are digits
	// Sources, for a warning that sources differ, is what each source gives (the source its
	// File, Line and "Sheet" argument), worded one by one into the placeholder {{.Sources}}.
	Sources []Problem
}

// Error reads like a compiler's: "file:line: code Name=\"value\"" (the catalogue words the code
// for a reader; this is for logs and tests).
func (p Problem) Error() string {
	msg := p.Code
	for i := 0; i+1 < len(p.Args); i += 2 {
		msg += " " + p.Args[i] + "=" + strconv.Quote(p.Args[i+1])
	}
	switch {
	case p.File == "":
		return fmt.Sprintf("line %d: %s", p.Line, msg)
	case p.Line == 0:
		return p.File + ": " + msg
	case p.Sheet != "":
		return fmt.Sprintf("%s[%s]:%d: %s", p.File, p.Sheet, p.Line, msg)
	default:
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, msg)
	}
}

// problemJSON is a problem in JSON: its sheet, line and code (the commands add the message).
type problemJSON struct {
	Sheet string `json:"sheet,omitempty"`
	Line  int    `json:"line"`
	Code  string `json:"code"`
}

// MarshalJSON writes sheet, line and code.
func (p Problem) MarshalJSON() ([]byte, error) {
	return json.Marshal(problemJSON{Sheet: p.Sheet, Line: p.Line, Code: p.Code})
}

// NotDescriptionError says a file is not a project description and what it seems to be.
type NotDescriptionError struct {
	File   string
	Reason Problem // e.g. code "eura_application": a EURA application form, not a description
}

func (e *NotDescriptionError) Error() string { return e.File + ": skipped: " + e.Reason.Code }
