package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestSourceDateEpoch: SOURCE_DATE_EPOCH fixes the date written into the PDFs (so runs at
// different times, or on Linux and Windows, write the same bytes); a wrong value is a usage
// error, not a silently ignored one.
func TestSourceDateEpoch(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000") // 2023-11-14 22:13:20 UTC
	dir := t.TempDir()
	for _, args := range [][]string{
		{"report", "--out", filepath.Join(dir, "r.pdf")},
		{"export", "--out", filepath.Join(dir, "s"), "--codes", "S22829"},
		{"pack", "--out", filepath.Join(dir, "p.pdf")},
	} {
		if _, errs, code := runCLI(t, args...); code != 0 {
			t.Fatalf("%s: exit %d %s", args[0], code, errs)
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "s", "*.pdf"))
	files = append(files, filepath.Join(dir, "r.pdf"), filepath.Join(dir, "p.pdf"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b, []byte("/CreationDate (D:20231114221320)")) {
			t.Errorf("%s does not carry SOURCE_DATE_EPOCH as its date", filepath.Base(f))
		}
	}
	t.Setenv("SOURCE_DATE_EPOCH", "yesterday")
	for _, cmd := range []string{"report", "export", "pack"} {
		if _, _, code := runCLI(t, cmd, "--out", filepath.Join(dir, "x.pdf")); code != 2 {
			t.Errorf("%s with SOURCE_DATE_EPOCH=yesterday: exit %d, want 2", cmd, code)
		}
	}
}
