package export

import (
	"bytes"
	"context"
	"flag"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"vertailu/assets"
	"vertailu/data"
	"vertailu/data/load"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// seeds loads the five embedded sample descriptions.
func seeds(t testing.TB) []*data.Project {
	t.Helper()
	res, err := load.FS(context.Background(), assets.Samples(), assets.SamplesName, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	store := data.NewStore()
	store.Set(res)
	ps := store.Projects()
	if len(ps) != 5 {
		t.Fatalf("loaded %d seeds, want 5", len(ps))
	}
	return ps
}

var pageObject = regexp.MustCompile(`/Type\s*/Page[^s]`)

// pageCount counts the page objects of a PDF (not the /Pages tree).
func pageCount(b []byte) int { return len(pageObject.FindAll(b, -1)) }

// hasRaster reports whether a PDF holds an image XObject.
func hasRaster(b []byte) bool {
	return bytes.Contains(b, []byte("/Subtype /Image")) || bytes.Contains(b, []byte("/Subtype/Image"))
}

// pdfText extracts the text of a PDF file with pdftotext, skipping the test without it.
func pdfText(t testing.TB, file string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	out, err := exec.Command("pdftotext", "-layout", file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", file, err)
	}
	return string(out)
}

// normSpace turns no-break spaces into spaces and collapses runs of white space.
func normSpace(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}

// writeTemp writes b to a file in t's temp dir and returns its path.
func writeTemp(t testing.TB, name string, b []byte) string {
	t.Helper()
	path := t.TempDir() + "/" + name
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
