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

// The packages whose words reach the user: the app, the charts, the PDFs and tables, and the
// model's problems.
var sourceDirs = []string{
	"../../ui", "../../charts", "../../charts/geo", "../../export", "../../data", "../../data/decode",
	"../../data/eura", "../../data/list", "../../data/page", "../../data/load",
}

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
// problem code.
var catalogueArg = map[string]struct {
	index  int
	prefix string
}{
	"T": {0, ""}, "N": {0, ""}, "TN": {0, ""},
	"warn": {1, "problem."}, "NewProblem": {2, "problem."},
	"warnRow": {0, "problem."},
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
	if n < 150 {
		t.Errorf("found only %d ids: are the calls still named T, N, TN, warn and problem?", n)
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

// exempt reports whether a literal in call c is not user-visible text of ours: an id for the
// catalogue, a programmer's error, a format of numbers, a font or a preference key.
func exempt(name string) bool {
	switch name {
	case "T", "N", "TN", "Has", "warn", "NewProblem", "warnRow",
		"New", "Errorf", "panic", "Fatalf", // errors for programmers, and tests' helpers
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
				if !ok || notWords[s] || Has(s) || !wordy.MatchString(s) || insideExempt(stack) || documentWords(dir, s) {
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

// insideExempt reports whether the innermost call around the literal is exempt.
func insideExempt(stack []ast.Node) bool {
	for i := len(stack) - 2; i >= 0; i-- {
		if c, ok := stack[i].(*ast.CallExpr); ok {
			return exempt(callName(c))
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
