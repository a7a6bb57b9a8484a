package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedBytes is sample description 0.
func seedBytes(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("../../assets/samples/000_4cc8329ff47c7010.txt")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// inputFolder makes a folder of two descriptions to read.
func inputFolder(t *testing.T) string {
	dir := t.TempDir()
	b := seedBytes(t)
	os.WriteFile(filepath.Join(dir, "a.txt"), b, 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), bytes.Replace(b, []byte("S22829"), []byte("S22830"), 1), 0o644)
	return dir
}

// digest sums every name, link and byte below dir.
func digest(t *testing.T, dir string) string {
	t.Helper()
	h := sha256.New()
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		fmt.Fprintln(h, p, d.Type())
		if d.Type()&fs.ModeSymlink != 0 {
			target, _ := os.Readlink(p)
			fmt.Fprintln(h, "->", target)
		} else if d.Type().IsRegular() {
			b, _ := os.ReadFile(p)
			h.Write(b)
		}
		return nil
	})
	return fmt.Sprintf("%x", h.Sum(nil))
}

// TestNoCommandWritesIntoTheFolderThroughLinks: an --out that reaches the folder being read by
// a link, either way (a link to the folder, or a link in the folder to the output place), is
// refused with exit 2 by every command, and the folder stays byte-identical.
func TestNoCommandWritesIntoTheFolderThroughLinks(t *testing.T) {
	in := inputFolder(t)
	elsewhere := t.TempDir()
	toIn := filepath.Join(elsewhere, "link") // elsewhere/link → in
	if err := os.Symlink(in, toIn); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	outside := t.TempDir()
	inWithLink := inputFolder(t)
	os.Symlink(outside, filepath.Join(inWithLink, "out")) // inWithLink/out → outside
	before, beforeLinked, beforeOutside := digest(t, in), digest(t, inWithLink), digest(t, outside)
	for _, c := range []struct {
		name string
		args []string
	}{
		{"export through a link to the input", []string{"export", "--out", filepath.Join(toIn, "new"), in}},
		{"export into a link's target", []string{"export", "--out", outside, inWithLink}},
		{"export below a link's target", []string{"export", "--out", filepath.Join(outside, "sub"), inWithLink}},
		{"report through a link", []string{"report", "--out", filepath.Join(toIn, "r.pdf"), in}},
		{"report into a link's target", []string{"report", "--out", filepath.Join(outside, "r.pdf"), inWithLink}},
		{"table through a link", []string{"table", "--format", "csv", "--out", filepath.Join(toIn, "t.csv"), in}},
		{"table into a link's target", []string{"table", "--format", "csv", "--out", filepath.Join(outside, "t.csv"), inWithLink}},
		{"chart through a link", []string{"chart", "--kind", "funding", "--out", filepath.Join(toIn, "c.png"), in}},
		{"chart into a link's target", []string{"chart", "--kind", "funding", "--out", filepath.Join(outside, "c.png"), inWithLink}},
	} {
		_, errs, code := runCLI(t, c.args...)
		if code != 2 || !strings.Contains(errs, "inside the folder being read") {
			t.Errorf("%s: exit %d %q", c.name, code, errs)
		}
	}
	if digest(t, in) != before || digest(t, inWithLink) != beforeLinked || digest(t, outside) != beforeOutside {
		t.Error("a folder being read changed")
	}
}

// TestCommandsSaySkippedFiles: table, export, report and chart say on stderr, in one line, how
// many files were skipped or had warnings, and point to check.
func TestCommandsSaySkippedFiles(t *testing.T) {
	in := inputFolder(t)
	os.WriteFile(filepath.Join(in, "kuva.png"), []byte("\x89PNG\r\n\x1a\n"), 0o644)
	os.WriteFile(filepath.Join(in, "cut.txt"), seedBytes(t)[:1500], 0o644)
	out := t.TempDir()
	for _, args := range [][]string{
		{"table", in},
		{"export", "--out", filepath.Join(out, "pdf"), in},
		{"report", "--out", filepath.Join(out, "r.pdf"), in},
		{"chart", "--kind", "utilisation", "--out", filepath.Join(out, "c.svg"), in},
	} {
		_, errs, code := runCLI(t, args...)
		want := "of 4 files, 1 skipped and 2 loaded with warnings; 'vertailu check " + in + "' lists them"
		if code != 0 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, want) {
			t.Errorf("%s: exit %d, stderr %q", args[0], code, errs)
		}
	}
	if _, errs, _ := runCLI(t, "table"); errs != "" {
		t.Errorf("the clean samples: stderr %q", errs)
	}
}

// TestTerminalSafeOutput: a file name with a line end cannot forge a line of check's output, and
// no escape sequence from a name or a text reaches the terminal.
func TestTerminalSafeOutput(t *testing.T) {
	in := t.TempDir()
	b := seedBytes(t)
	forged := "x\nok    fake.txt"
	esc := "\x1b[2Jclear\x1b]0;title\x07.txt"
	for _, name := range []string{forged, esc} {
		if err := os.WriteFile(filepath.Join(in, name), b, 0o644); err != nil {
			t.Skip("the file system takes no such names:", err)
		}
	}
	os.WriteFile(filepath.Join(in, "named.txt"), bytes.Replace(b, []byte("VALO"), []byte("\x1b[31mVALO\x1b[0m"), 1), 0o644)
	out, errs, _ := runCLI(t, "check", in)
	table, _, _ := runCLI(t, "table", in)
	for _, s := range []string{out, errs, table} {
		if strings.ContainsAny(s, "\x1b\x07") {
			t.Errorf("raw control characters reach the terminal:\n%q", s)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "ok    fake.txt") {
			t.Errorf("a file name forged a line: %q", out)
		}
	}
	if !strings.Contains(out, `"x\nok    fake.txt"`) {
		t.Errorf("the name is not quoted: %s", out)
	}
}

// TestNoFormulaInTheCSV and no figure printed negative: a project named like a formula reaches
// Excel as text, and a figure of 9223372036854775807 € warns and prints as unknown.
func TestNoFormulaInTheCSVAndNoOverflow(t *testing.T) {
	in := t.TempDir()
	b := seedBytes(t)
	b = bytes.Replace(b, []byte("Hankkeen nimi: VALO"), []byte("Hankkeen nimi: =HYPERLINK(\"http://x\";\"VALO\")"), 1)
	b = bytes.Replace(b, []byte("rahoitus: 95 084"), []byte("rahoitus: 9223372036854775807"), 1)
	os.WriteFile(filepath.Join(in, "a.txt"), b, 0o644)
	csvPath := filepath.Join(t.TempDir(), "t.csv")
	if _, errs, code := runCLI(t, "table", "--format", "csv", "--out", csvPath, in); code != 0 {
		t.Fatalf("exit %d %s", code, errs)
	}
	raw, _ := os.ReadFile(csvPath)
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(raw, []byte("\ufeff"))))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, cell := range rows[1] {
		if cell != "" && strings.ContainsRune("=+-@", rune(cell[0])) {
			t.Errorf("a cell Excel would evaluate: %q", cell)
		}
	}
	text, _, _ := runCLI(t, "table", in)
	check, _, _ := runCLI(t, "check", in)
	if strings.Contains(string(raw)+text, "-9") || strings.Contains(string(raw)+text, "9223372036854775807") {
		t.Errorf("the figure came out:\n%s\n%s", raw, text)
	}
	if !strings.Contains(check, "implausibly large") {
		t.Errorf("no warning:\n%s", check)
	}
}
