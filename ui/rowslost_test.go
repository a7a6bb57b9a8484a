package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"vertailu/data"
)

// A list with a row that cannot be placed: the status bar says in the warning colour how
// many rows were not read, and a click on it opens the Warnings tab, whose list entry opens
// with the rows read and the problems by kind, the rows not read first. A negative figure
// (the service's correction) shows with ⚠.
func TestRowsNotReadAreSaidLoudly(t *testing.T) {
	dir := t.TempDir()
	head := "Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,Aloituspvm,Päättymispvm,Toteuttajan nimi,Myönnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus,Suunniteltu julkinen rahoitus yhteensä,Toteutunut julkinen rahoitus yhteensä\n"
	os.WriteFile(filepath.Join(dir, "lista.csv"), []byte(head+
		"A1,EAKR,\"Musculo\"-hieronta, jatko,2,Lapin liitto,Toiminnassa,1.1.2015,31.2.2016,Yo,1000,-744,3000,4\n"+
		"A2,EAKR,Ei, tilaa,2,Tekes,Tuntematon,1.1.2015,31.12.2016,Yo,1,2,3,4\n"+
		"A3,EAKR,Hyvä,2,Tekes,Toiminnassa,1.1.2015,31.12.2016,Yo,1,2,3,4\n"), 0o644)
	a := newTestApp(t, dir)
	if n := len(a.ui.table.Rows()); n != 2 {
		t.Fatalf("%d projects, want 2", n)
	}
	lost := a.ui.rowsLost
	if !lost.Visible() || lost.Text != "1 row of the project lists not read" || lost.Importance != widget.WarningImportance {
		t.Errorf("status bar: %q visible %v", lost.Text, lost.Visible())
	}
	test.Tap(lost)
	settle(a)
	if a.ui.tabs.SelectedIndex() != tabIndex["warnings"] {
		t.Errorf("tab %d, want the Warnings tab", a.ui.tabs.SelectedIndex())
	}
	var got []string
	for _, r := range a.ui.warnings.Rows() {
		got = append(got, r.Message)
	}
	want := []string{
		"2 of 3 rows read; 1 not read",
		"1 × rows without a status followed by two dates: not read",
		"1 × dates that cannot be read (unknown)",
		"1 × negative figures (the service’s corrections), kept and counted",
	}
	if len(got) < len(want) || strings.Join(got[:len(want)], "\n") != strings.Join(want, "\n") {
		t.Errorf("warning rows:\n%s", strings.Join(got, "\n"))
	}
	var musculo *data.Project
	for _, p := range a.ui.table.Rows() {
		if p.Code == "A1" {
			musculo = p
		}
	}
	if musculo == nil || musculo.Name != "\"Musculo\"-hieronta, jatko" {
		t.Fatalf("A1: %+v", musculo)
	}
	var realised data.Column
	for _, c := range data.Columns() {
		if c.Key == "realised_eu_state" {
			realised = c
		}
	}
	if text, imp := cellText(realised, musculo, "en"); !strings.HasPrefix(text, "⚠ -744") || imp != widget.WarningImportance {
		t.Errorf("realised %q %v", text, imp)
	}
}
