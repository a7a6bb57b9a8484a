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
		a.ExportTable(filepath.Join(d, "t.csv"), csvFinnish)
		a.ExportGroups(filepath.Join(d, "g.csv"), csvFinnish)
		a.ExportWarnings(filepath.Join(d, "w.csv"), csvFinnish)
		a.ExportReport(filepath.Join(d, "r.pdf"))
		a.ExportPackWith(filepath.Join(d, "p.pdf"), ScopeVisible, "", nil, false)
		settle(a)
		if got := pdfsIn(t, d); len(got) != 0 {
			t.Errorf("wrote into the open folder: %v", got)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 6 { // five descriptions and "out", no CSV
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
		a.ExportTable(filepath.Join(d, "t.csv"), csvEnglish)
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
	a.ExportTable(filepath.Join(out, "fi.csv"), csvFinnish)
	a.ExportTable(filepath.Join(out, "en.csv"), csvEnglish)
	a.ExportTable(filepath.Join(out, "t.xlsx"), xlsxFormat)
	a.ExportGroups(filepath.Join(out, "groups.csv"), csvEnglish)
	a.ExportGroups(filepath.Join(out, "groups.xlsx"), xlsxFormat)
	a.ExportWarnings(filepath.Join(out, "warnings.csv"), csvEnglish)
	a.ui.table.ToggleMark(0)
	a.ui.table.ToggleMark(1)
	a.ExportReport(filepath.Join(out, "report.pdf"))
	settle(a)
	for _, name := range []string{"fi.csv", "en.csv", "t.xlsx", "groups.csv", "groups.xlsx", "warnings.csv", "report.pdf"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("%s not written: %v", name, err)
		}
	}
	// The English interface still writes the Finnish Excel's CSV when asked: ';' and commas,
	// ratios in percent (94,31 for 0.9431).
	b, _ := os.ReadFile(filepath.Join(out, "fi.csv"))
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 6 || !strings.Contains(lines[0], "Code;Name") || !strings.Contains(string(b), ";94,31;") {
		t.Errorf("Finnish CSV: %d lines:\n%s", len(lines), b)
	}
	b, _ = os.ReadFile(filepath.Join(out, "en.csv"))
	if !strings.Contains(string(b), "Code,Name") || !strings.Contains(string(b), ",94.31,") {
		t.Errorf("English CSV:\n%s", b)
	}
	b, _ = os.ReadFile(filepath.Join(out, "groups.csv"))
	if !strings.Contains(string(b), "\nTotal,5,") {
		t.Errorf("groups CSV without its total row:\n%s", b)
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
	a.ExportReport(filepath.Join(report, "report.pdf"))
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

// TestExportDialogsNeverStartInTheOpenFolder: a last export folder inside the folder being
// read is passed over for Documents or home, so "Export here" does not fail on a first try.
func TestExportDialogsNeverStartInTheOpenFolder(t *testing.T) {
	dir := seedFolder(t)
	home := t.TempDir()
	t.Setenv("HOME", home)
	os.Mkdir(filepath.Join(home, "Documents"), 0o755)
	a := newTestApp(t, dir)
	a.prefs.setExportFolder(dir)
	if l := a.exportStart(); l == nil || l.Path() != filepath.Join(home, "Documents") {
		t.Errorf("starts in %v, want ~/Documents", l)
	}
	other := t.TempDir()
	a.prefs.setExportFolder(other)
	if l := a.exportStart(); l == nil || l.Path() != other {
		t.Errorf("starts in %v, want the last export folder %s", l, other)
	}
	if validFileName("../x.pdf") == nil || validFileName(" ") == nil || validFileName("raportti.pdf") != nil {
		t.Error("file names are checked wrongly")
	}
}
