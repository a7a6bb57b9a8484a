package words

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The packages whose words reach the user: the app, the charts, the PDFs and tables, the
// model's problems, and the command line.
var sourceDirs = []string{
	"../../ui", "../../charts", "../../charts/geo", "../../export", "../../data", "../../data/decode",
	"../../data/eura", "../../data/list", "../../data/page", "../../data/load", cmdDir,
}

// cmdDir is the command line: every error it makes reaches the user, so errors.New and
// fmt.Errorf are no exception there.
const cmdDir = "../../cmd/vertailu"

// parseSources parses the non-test Go files of dir.
func parseSources(t *testing.T, dir string) (*token.FileSet, []*ast.File) {
	t.Helper()
	fset := token.NewFileSet()
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no Go files in %s: %v", dir, err)
	}
	var files []*ast.File
	for _, n := range names {
		if strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, n, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return fset, files
}

// callName is the name of the function a call calls: "T" for T(…) and for l.T(…).
func callName(c *ast.CallExpr) string {
	switch f := c.Fun.(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		return f.Sel.Name
	}
	return ""
}

func stringLit(e ast.Expr) (string, bool) {
	b, ok := e.(*ast.BasicLit)
	if !ok || b.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(b.Value)
	return s, err == nil
}

// catalogueArg says which argument of a call names a catalogue id, and with what prefix:
// T, N and TN take the id first; the readers' warn, warnRow and NewProblem take a
// problem code; the command line's say, sayN, line and problem take an id first, and register
// a command's summary second.
var catalogueArg = map[string]struct {
	index  int
	prefix string
}{
	"T": {0, ""}, "N": {0, ""}, "TN": {0, ""},
	"warn": {1, "problem."}, "NewProblem": {2, "problem."},
	"warnRow": {0, "problem."},

	"say": {0, ""}, "sayN": {0, ""}, "line": {0, ""}, "problem": {0, ""}, "register": {1, ""},
}

// TestEveryWordInTheCatalogue: every literal id the sources hand to the catalogue, and every
// problem code the parser raises, is in it. (A missing one would show as its id.)
func TestEveryWordInTheCatalogue(t *testing.T) {
	n := 0
	for _, dir := range sourceDirs {
		fset, files := parseSources(t, dir)
		for _, f := range files {
			ast.Inspect(f, func(node ast.Node) bool {
				c, ok := node.(*ast.CallExpr)
				if !ok {
					return true
				}
				arg, ok := catalogueArg[callName(c)]
				if !ok || len(c.Args) <= arg.index {
					return true
				}
				if id, ok := stringLit(c.Args[arg.index]); ok {
					n++
					if !Has(arg.prefix + id) {
						t.Errorf("%s: %q is not in the catalogue", fset.Position(c.Pos()), arg.prefix+id)
					}
				}
				return true
			})
		}
	}
	if n < 300 {
		t.Errorf("found only %d ids: are the calls still named T, N, TN, warn, NewProblem, say, line and problem?", n)
	}
}

// wordy matches a literal that reads as words: two words, one capitalised word, or a word
// beside a format verb ("%d projects").
var wordy = regexp.MustCompile(`\p{L}{2,}[ ,:;!?…–]+\p{L}{2,}|^\p{Lu}\p{Ll}{2,}$|%[a-z] \p{L}{3,}|\p{L}{3,} %[a-z]`)

// notWords are literals that read as words but are not shown as such, or are not translated:
// names, and the language choice, which shows each language in itself.
var notWords = map[string]bool{
	"Vertailu": true, "Suomi": true, "English": true, "DejaVu": true,
}

// exempt reports whether a literal in the call name, in the package dir, is not user-visible
// text of ours: an id for the catalogue, a programmer's error (but in the command line, whose
// errors all reach the user), a format of numbers, a font, a preference key, a flag set's name,
// or what a log line is searched for.
func exempt(dir, name string) bool {
	switch name {
	case "New", "Errorf":
		return dir != cmdDir
	case "T", "N", "TN", "Has", "warn", "NewProblem", "warnRow",
		"say", "sayN", "line", "problem", "register",
		"NewFlagSet", "Contains",
		"panic", "Fatalf", // errors for programmers, and tests' helpers
		"LogError",    // Fyne's log, for developers
		"Join",        // paths ("Documents")
		"pdfSyntax",   // the PDF file format's own words
		"FieldByName", // a Go field's name, read by reflection
		"SetFont", "AddUTF8FontFromBytes", "SetCreator", "SetProducer", "Getenv", "Setenv":
		return true
	}
	return false
}

// TestNoWordsBypassTheCatalogue: no literal in the user-facing packages reads as words unless
// it goes to the catalogue or is a known exception. Comments, imports and tags do not count.
func TestNoWordsBypassTheCatalogue(t *testing.T) {
	for _, dir := range sourceDirs {
		fset, files := parseSources(t, dir)
		for _, f := range files {
			var stack []ast.Node
			ast.Inspect(f, func(node ast.Node) bool {
				if node == nil {
					stack = stack[:len(stack)-1]
					return true
				}
				stack = append(stack, node)
				switch node.(type) {
				case *ast.ImportSpec, *ast.Field:
					stack = stack[:len(stack)-1]
					return false
				}
				s, ok := stringLit(nodeExpr(node))
				// A literal that is a catalogue id is one: tables of ids (column headers) are
				// worded where they are shown.
				if !ok || notWords[s] || Has(s) || !wordy.MatchString(s) || insideExempt(dir, stack) || documentWords(dir, s) {
					return true
				}
				t.Errorf("%s: %q bypasses the catalogue", fset.Position(node.Pos()), s)
				return true
			})
		}
	}
}

func nodeExpr(n ast.Node) ast.Expr {
	e, _ := n.(ast.Expr)
	return e
}

// insideExempt reports whether the innermost call around the literal is exempt; a conversion
// ([]byte("…")) is no call of its own.
func insideExempt(dir string, stack []ast.Node) bool {
	for i := len(stack) - 2; i >= 0; i-- {
		if c, ok := stack[i].(*ast.CallExpr); ok {
			if _, conversion := c.Fun.(*ast.ArrayType); conversion {
				continue
			}
			return exempt(dir, callName(c))
		}
	}
	return false
}

// documentWords reports whether s, in the model, its readers or the map's areas, is a word of
// the documents themselves (a Finnish label, heading or value the parser reads, a header of a
// list, a place's name in the boundaries) or a placeholder's name, not a word shown: the model
// and its readers speak in codes, worded by the catalogue where they are shown.
func documentWords(dir, s string) bool {
	inModel := strings.Contains(dir, "/data") || strings.HasSuffix(dir, "charts/geo")
	return inModel && !strings.ContainsAny(s, "{}")
}

// printCalls are the calls that write to standard output or error, or to the log.
var printCalls = map[string]bool{
	"Print": true, "Printf": true, "Println": true, "Fprint": true, "Fprintf": true, "Fprintln": true,
	"Fatal": true, "Fatalf": true, "Fatalln": true,
}

// bareLetters finds a letter a literal would print: what is left of it without its format
// verbs and the program's name.
var (
	formatVerb  = regexp.MustCompile(`%[-+# 0-9.*]*[a-zA-Z]|\bvertailu\b`)
	bareLetters = regexp.MustCompile(`\p{L}`)
)

// TestCommandLinePrintsNoBareWords: no literal the command line hands to a print call holds a
// letter but for its format verbs and the program's name; the wordy test above misses a single
// lower-case word ("done"), which would still reach a user unworded. Keys a table prints as its
// header are data (a slice of keys), not literals printed.
func TestCommandLinePrintsNoBareWords(t *testing.T) {
	fset, files := parseSources(t, cmdDir)
	n := 0
	for _, f := range files {
		ast.Inspect(f, func(node ast.Node) bool {
			c, ok := node.(*ast.CallExpr)
			if !ok || !printCalls[callName(c)] {
				return true
			}
			n++
			for _, a := range c.Args {
				if s, ok := stringLit(a); ok && bareLetters.MatchString(formatVerb.ReplaceAllString(s, "")) {
					t.Errorf("%s: %q is printed without the catalogue", fset.Position(a.Pos()), s)
				}
			}
			return true
		})
	}
	if n < 20 {
		t.Errorf("found only %d print calls in %s: are they still fmt's?", n, cmdDir)
	}
}
