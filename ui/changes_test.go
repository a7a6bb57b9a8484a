package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"vertailu/data"
)

const changesHead = "Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,Aloituspvm,Päättymispvm,Toteuttajan nimi,Myönnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus,Suunniteltu julkinen rahoitus yhteensä,Toteutunut julkinen rahoitus yhteensä\n"

// changesFolder holds two exports of one list, dated by their names, beside the samples.
func changesFolder(t *testing.T) string {
	dir := seedFolder(t)
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(changesHead+s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("lista_2026-07-25.csv", "S1,ESR,Nimi,3,ELY,Toiminnassa,1.1.2015,31.12.2017,Oy,1000,100,,2000\n"+
		"S2,ESR,Toinen,3,ELY,Toiminnassa,1.1.2015,31.12.2017,Oy,1000,100,3000,2000\n")
	write("lista_2026-09-25.csv", "S3,ESR,Kolmas,3,ELY,Toiminnassa,1.1.2016,31.12.2017,Oy,500,0,3000,2000\n"+
		"S1,ESR,Nimi,3,ELY,Toiminta päättynyt,1.1.2015,31.1.2018,Oy,1000,350,10,2000\n")
	return dir
}

// The Changes tab compares the two newest exports of one list: the counts and totals, the
// kinds of change to show, a threshold that hides small funding changes, a sort, and a row
// that opens its project, whose Source tab shows each export's date and figures with the
// change.
func TestChangesTab(t *testing.T) {
	a := newTestApp(t, changesFolder(t))
	a.ShowView("changes")
	settle(a)
	v := a.ui.changes
	jul, sep := data.FormatDate(data.NewDate(2026, 7, 25), "en"), data.FormatDate(data.NewDate(2026, 9, 25), "en")
	if v.ch == nil || len(v.rows) != 3 || v.from.Selected != "lista_2026-07-25.csv ("+jul+")" || v.to.Selected != "lista_2026-09-25.csv ("+sep+")" {
		t.Fatalf("%+v %q %q", v.rows, v.from.Selected, v.to.Selected)
	}
	for _, want := range []string{"Since " + jul + " (lista_2026-07-25.csv): 1 new, 1 no longer listed, 1 changed; 3 shown", "Realised EU+state € +150\u00a0€"} {
		if !strings.Contains(v.summary.Text, want) {
			t.Errorf("summary %q lacks %q", v.summary.Text, want)
		}
	}
	if got := whatChanged(v.rows[0]); got != "Status: Running » Ended; End: "+data.FormatDate(data.NewDate(2017, 12, 31), "en")+" » "+data.FormatDate(data.NewDate(2018, 1, 31), "en")+"; Realised EU+state €: 100\u00a0€ » 350\u00a0€ (+250\u00a0€, +250.0\u00a0%); Planned public €: n/a » 10\u00a0€" {
		t.Errorf("what changed: %q", got)
	}
	v.min.SetText("300")
	if len(v.rows) != 3 || strings.Contains(whatChanged(v.rows[0]), "Realised") {
		t.Errorf("a threshold of 300 €: %q", whatChanged(v.rows[0]))
	}
	v.min.SetText("")
	v.aspects[data.AspectAdded].SetChecked(false)
	v.aspects[data.AspectRemoved].SetChecked(false)
	if len(v.rows) != 1 || v.rows[0].Code != "S1" {
		t.Errorf("only the changed: %+v", v.rows)
	}
	v.aspects[data.AspectAdded].SetChecked(true)
	v.tapHeader(4)
	v.tapHeader(4)
	if v.rows[0].Code != "S1" || v.rows[1].Code != "S3" {
		t.Errorf("sorted by the largest change, descending: %v", []string{v.rows[0].Code, v.rows[1].Code})
	}
	v.table.Select(widgetCell(0))
	settle(a)
	if p := a.ui.table.Selected(); p == nil || p.Code != "S1" || p.Status != "Toiminta päättynyt" || a.ui.tabs.SelectedIndex() != tabIndex["source"] {
		t.Fatalf("the row opened %+v", p)
	}
	for _, want := range []string{sep + " (from the file name)", jul + " (from the file name)", "350\u00a0€ (+250\u00a0€ since " + jul + ")", "100\u00a0€"} {
		if !labelShown(a, want) {
			t.Errorf("the Source tab lacks %q", want)
		}
	}
	if labelShown(a, "⚠ The sources give different funding figures. The table shows, for each, the first source that gives it; a figure marked ⚠ differs from that.") {
		t.Error("two exports of one list said to disagree")
	}
	pack := filepath.Join(t.TempDir(), "pack.pdf")
	a.ExportPackWith(pack, ScopeVisible, "", v.packChanges(), false)
	settle(a)
	if b, err := os.ReadFile(pack); err != nil || len(b) == 0 {
		t.Errorf("the meeting pack with the changes: %v", err)
	}
	// The officer picks the pair the other way round: the changes backwards.
	a.ShowView("changes")
	older, newer := v.from.Selected, v.to.Selected
	v.to.SetSelected(older)
	v.from.SetSelected(newer)
	settle(a)
	if v.ch.From.File != "lista_2026-09-25.csv" || v.ch.To.File != "lista_2026-07-25.csv" || v.rows[0].Status() != data.Started {
		t.Errorf("the pair picked: %s → %s", v.ch.From.File, v.ch.To.File)
	}
	v.to.SetSelected(newer)
	v.from.SetSelected(older)
	settle(a)
	out := filepath.Join(t.TempDir(), "muutokset.csv")
	a.ExportChanges(out, csvEnglish)
	settle(a)
	if b, err := os.ReadFile(out); err != nil || !strings.Contains(string(b), "S1,Nimi,Ended,Status,Toiminnassa,Toiminta päättynyt") {
		t.Errorf("the changes' CSV: %s %v", b, err)
	}
}

// An export's date corrected by the officer is remembered for the file and used at once:
// the older file made the newer, the table shows its figures and the tab compares backwards.
func TestExportDateCorrected(t *testing.T) {
	dir := changesFolder(t)
	a := newTestApp(t, dir)
	a.prefs.setExportDate(filepath.Join(dir, "lista_2026-07-25.csv"), data.NewDate(2026, 12, 1))
	a.Reload()
	settle(a)
	a.ShowView("changes")
	settle(a)
	v := a.ui.changes
	if v.ch == nil || v.ch.To.File != "lista_2026-07-25.csv" || v.ch.To.Date.From != data.DateSet {
		t.Fatalf("%+v", v.ch)
	}
	for _, p := range a.store.Projects() {
		if p.Code == "S1" && p.Status != "Toiminnassa" {
			t.Errorf("S1 shows %q, not the export now the newest", p.Status)
		}
	}
	if got := a.prefs.exportDates(); len(got) != 1 {
		t.Errorf("remembered %v", got)
	}
	a.prefs.setExportDate(filepath.Join(dir, "lista_2026-07-25.csv"), data.Date{})
	if got := a.prefs.exportDates(); len(got) != 0 {
		t.Errorf("forgotten: %v", got)
	}
	if d, ok := parseDay(" 25.9.2026 "); !ok || d != data.NewDate(2026, 9, 25) {
		t.Error("25.9.2026")
	}
	if _, ok := parseDay("31.2.2026"); ok {
		t.Error("31.2.2026 read as a date")
	}
}

func widgetCell(row int) widget.TableCellID { return widget.TableCellID{Row: row, Col: 0} }
