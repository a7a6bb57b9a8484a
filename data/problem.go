package data

import (
	"encoding/json"
	"fmt"
	"strconv"

	"vertailu/assets/words"
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

// problem makes a Problem of code with args in name, value pairs.
func problem(file string, line int, code string, args ...string) Problem {
	return Problem{File: file, Line: line, Code: code, Args: args}
}

// Message words the problem in lang ("fi" or "en"), without file and line.
func (p Problem) Message(lang string) string {
	args := make([]any, len(p.Args))
	count := -1
	for i, a := range p.Args {
		args[i] = a
		if i%2 == 1 && p.Args[i-1] == "Count" {
			count, _ = strconv.Atoi(a)
		}
		if i%2 == 1 {
			args[i] = argText(p.Args[i-1], a, lang)
		}
	}
	if len(p.Sources) > 0 {
		args = append(args, "Sources", sourcesText(p.Sources, lang))
	}
	if count >= 0 { // a message with plural forms
		return words.Of(lang).N("problem."+p.Code, count, args...)
	}
	return words.Of(lang).T("problem."+p.Code, args...)
}

// argText is the value of the argument name as a reader of lang reads it: "Euros" are whole
// euros given as digits ("1 234 €" / "1,234 €"), others are as they are.
func argText(name, value, lang string) string {
	if name == "Euros" {
		if v, err := strconv.ParseInt(value, 10, 64); err == nil {
			return FormatEuro(KnownInt(v), lang)
		}
	}
	return value
}

// Error reads like a compiler's, in English: "file:line: message".
func (p Problem) Error() string {
	msg := p.Message("en")
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

// Place words where in its file the problem is, in lang: "line 12", "sheet Uusimaa, line 12",
// or "" for the whole file.
func (p Problem) Place(lang string) string {
	switch {
	case p.Line == 0:
		return ""
	case p.Sheet != "":
		return words.Of(lang).T("sheet {{.Sheet}}, line {{.Line}}", "Sheet", p.Sheet, "Line", strconv.Itoa(p.Line))
	}
	return words.Of(lang).T("line {{.Line}}", "Line", strconv.Itoa(p.Line))
}

// problemJSON is a problem as table --format json writes it: the line, the code and the
// English message.
type problemJSON struct {
	Sheet   string `json:"sheet,omitempty"`
	Line    int    `json:"line"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

// MarshalJSON writes line, code and the English message.
func (p Problem) MarshalJSON() ([]byte, error) {
	return json.Marshal(problemJSON{Sheet: p.Sheet, Line: p.Line, Code: p.Code, Message: p.Message("en")})
}

// NotDescriptionError says a file is not a project description and what it seems to be.
type NotDescriptionError struct {
	File   string
	Reason Problem // e.g. code "eura_application": a EURA application form, not a description
}

func (e *NotDescriptionError) Error() string { return e.File + ": skipped: " + e.Reason.Message("en") }
