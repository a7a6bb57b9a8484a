package ui

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func pdfsIn(t *testing.T, dir string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// tapButton taps the visible button labelled text (in a dialog, say).
func tapButton(t *testing.T, a *App, text string) {
	t.Helper()
	for _, o := range objects(a) {
		if b, ok := o.(*widget.Button); ok && b.Visible() && b.Text == text {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no button %q", text)
}

func TestExportPDFsOfMarkedProjects(t *testing.T) {
	a := newTestApp(t, "")
	rows := a.ui.table.Rows()
	a.ui.table.ToggleMark(0)
	a.ui.table.ToggleMark(3)
	out := t.TempDir()
	a.ExportPDFs(ScopeMarked, out)
	settle(a)
	got := pdfsIn(t, out)
	if len(got) != 2 {
		t.Fatalf("wrote %v, want 2 PDFs", got)
	}
	for _, f := range got {
		b, _ := os.ReadFile(f)
		if !strings.HasPrefix(string(b), "%PDF") {
			t.Errorf("%s is not a PDF", f)
		}
		base := filepath.Base(f)
		if !strings.HasPrefix(base, rows[0].Code) && !strings.HasPrefix(base, rows[3].Code) {
			t.Errorf("unexpected file %s", base)
		}
	}
	if !strings.Contains(a.lastDone, "2 PDF files written") {
		t.Errorf("summary = %q", a.lastDone)
	}

	// Again: the app asks; keeping the existing files skips both.
	before, _ := os.Stat(got[0])
	a.lastDone = ""
	a.ExportPDFs(ScopeMarked, out)
	tapButton(t, a, "Keep existing")
	settle(a)
	if !strings.Contains(a.lastDone, "0 PDF files written") || !strings.Contains(a.lastDone, "2 skipped") {
		t.Errorf("summary after keeping = %q", a.lastDone)
	}
	after, _ := os.Stat(got[0])
	if !after.ModTime().Equal(before.ModTime()) {
		t.Errorf("a kept file was rewritten")
	}
	a.ExportPDFs(ScopeMarked, out)
	tapButton(t, a, "Overwrite")
	settle(a)
	if !strings.Contains(a.lastDone, "2 PDF files written") {
		t.Errorf("summary after overwriting = %q", a.lastDone)
	}
}

func TestExportRefusesTheOpenFolder(t *testing.T) {
	dir := seedFolder(t)
	a := newTestApp(t, dir)
	sub := filepath.Join(dir, "out")
	os.Mkdir(sub, 0o755)
	for _, d := range []string{dir, sub} {
		a.ExportPDFs(ScopeVisible, d)
		a.ExportTable(d, "csv")
		settle(a)
		if got := pdfsIn(t, d); len(got) != 0 {
			t.Errorf("wrote into the open folder: %v", got)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 6 { // five descriptions and "out"
		t.Errorf("the open folder changed: %d entries", len(entries))
	}
}

// TestExportRefusesLinksIntoTheOpenFolder: the app's exports go through the same guard as the
// command line's: not through a link to the open folder, nor into a folder that a link in the
// open folder led the load to.
func TestExportRefusesLinksIntoTheOpenFolder(t *testing.T) {
	dir := seedFolder(t)
	elsewhere := t.TempDir()
	linked := t.TempDir()
	if err := os.Symlink(dir, filepath.Join(elsewhere, "link")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	os.Symlink(linked, filepath.Join(dir, "more"))
	a := newTestApp(t, dir)
	for _, d := range []string{filepath.Join(elsewhere, "link"), linked} {
		a.ExportPDFs(ScopeVisible, d)
		a.ExportTable(d, "csv")
		settle(a)
		csvs, _ := filepath.Glob(filepath.Join(d, "*.csv"))
		if got := append(pdfsIn(t, d), csvs...); len(got) != 0 {
			t.Errorf("wrote into %s: %v", d, got)
		}
	}
	if entries, _ := os.ReadDir(linked); len(entries) != 0 {
		t.Errorf("wrote into the linked folder: %v", entries)
	}
}

func TestExportTableAndReport(t *testing.T) {
	a := newTestApp(t, "")
	out := t.TempDir()
	test.Type(a.ui.search, "S2")
	a.ExportTable(out, "csv")
	a.ExportTable(out, "xlsx")
	a.ui.table.ToggleMark(0)
	a.ui.table.ToggleMark(1)
	a.ExportReport(out)
	settle(a)
	csvs, _ := filepath.Glob(filepath.Join(out, "*.csv"))
	xlsx, _ := filepath.Glob(filepath.Join(out, "*.xlsx"))
	pdfs := pdfsIn(t, out)
	if len(csvs) != 1 || len(xlsx) != 1 || len(pdfs) != 1 {
		t.Fatalf("csv %v xlsx %v pdf %v", csvs, xlsx, pdfs)
	}
	b, _ := os.ReadFile(csvs[0])
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 6 || !strings.Contains(lines[0], "Code") {
		t.Errorf("CSV has %d lines, header %q", len(lines), lines[0])
	}
}

func TestExportMenuAndFolderDialogOpen(t *testing.T) {
	a := newTestApp(t, "")
	a.ShowExportMenu()
	if len(a.Window().Canvas().Overlays().List()) == 0 {
		t.Fatal("no export menu")
	}
	a.Window().Canvas().Overlays().Top().Hide()
	a.Window().Canvas().Overlays().Remove(a.Window().Canvas().Overlays().Top())
	a.chooseFolder(func(string) {})
	if !labelShownIn(a, "Export here") {
		t.Errorf("the export folder dialog has no Export here button")
	}
	a.showRecent()
}

// TestLanguageSwitchWhileExporting switches the language while exports run on their workers:
// the workers must not read what the UI goroutine writes (the race detector sees it, as the
// test's background work runs on real goroutines), and each export keeps the language it
// was started in.
func TestLanguageSwitchWhileExporting(t *testing.T) {
	a := newTestApp(t, "")
	t.Cleanup(func() { SetLanguage(LangEnglish) })
	for i := range 3 {
		a.ui.table.ToggleMark(i)
	}
	pdfs, report := t.TempDir(), t.TempDir()
	a.ExportPDFs(ScopeMarked, pdfs)
	a.ExportReport(report)
	a.SwitchLanguage(LangFinnish)
	settle(a)
	if got := pdfsIn(t, pdfs); len(got) != 3 {
		t.Fatalf("wrote %v, want 3 PDFs", got)
	}
	if !strings.Contains(a.lastDone, "Tallennettu") && !strings.Contains(a.lastDone, "kirjoitettu") {
		t.Errorf("the summary is not in the language now spoken: %q", a.lastDone)
	}
	for _, dir := range []string{pdfs, report} {
		for _, f := range pdfsIn(t, dir) {
			text := pdfText(t, f)
			if !strings.Contains(text, "Funding") || strings.Contains(text, "Rahoitus") {
				t.Errorf("%s is not in English, the language it was started in", filepath.Base(f))
			}
		}
	}
}

// pdfText extracts the text of a PDF with pdftotext (poppler-utils, which setup installs).
func pdfText(t *testing.T, file string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v (is poppler-utils installed? scripts/setup.sh installs it)", file, err)
	}
	return string(out)
}
