package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"vertailu/assets/words"
)

// TestExportDoneSaysRows: a table's done dialog says how many rows it wrote, in the
// interface's language, with the thousands grouped; a PDF's says only where it went.
func TestExportDoneSaysRows(t *testing.T) {
	a := newTestApp(t, "")
	t.Cleanup(func() { SetLanguage(LangEnglish) })
	out := t.TempDir()
	table := filepath.Join(out, "table.csv")
	a.ExportTable(table, csvFinnish)
	settle(a)
	if want := "5 rows written to " + table + "."; a.lastDone != want {
		t.Errorf("done says %q, want %q", a.lastDone, want)
	}
	groups := filepath.Join(out, "groups.xlsx")
	a.ExportGroups(groups, xlsxFormat)
	settle(a)
	if !strings.HasSuffix(a.lastDone, "rows written to "+groups+".") {
		t.Errorf("groups: done says %q", a.lastDone)
	}
	a.SwitchLanguage(LangFinnish)
	fi := filepath.Join(out, "taulukko.csv")
	a.ExportTable(fi, csvFinnish)
	settle(a)
	if want := "5 riviä kirjoitettu tiedostoon " + fi + "."; a.lastDone != want {
		t.Errorf("Finnish done says %q, want %q", a.lastDone, want)
	}
	// The count is grouped as the language writes numbers.
	if got := words.FI.N("{{.Count}} rows written to {{.File}}.", 1234, "File", "x.csv"); got != "1\u00a0234 riviä kirjoitettu tiedostoon x.csv." && got != "1 234 riviä kirjoitettu tiedostoon x.csv." {
		t.Errorf("1234 rows in Finnish: %q", got)
	}
	if got := words.EN.N("{{.Count}} rows written to {{.File}}.", 1234, "File", "x.csv"); got != "1,234 rows written to x.csv." {
		t.Errorf("1234 rows in English: %q", got)
	}
}
