package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"vertailu/data"
)

// TestSubsetsMarkedOnlyAndClearFilters: the officer narrows the table to the projects to check
// (over 100 %, an unknown figure, warnings, the marked ones) and clears every filter at once.
func TestSubsetsMarkedOnlyAndClearFilters(t *testing.T) {
	dir := seedFolder(t)
	// A copy of S22829 that realises more than granted, with a bad date.
	over := filepath.Join(dir, "over.txt")
	b, _ := os.ReadFile(filepath.Join(dir, firstSample(t, dir)))
	text := strings.Replace(string(b), "Hankekoodi: S22829", "Hankekoodi: S99999", 1)
	text = strings.Replace(text, "95 083", "195 083", 1)
	text = strings.Replace(text, "Alkaa 1.6.2022", "Alkaa 31.13.2022", 1) // a warning
	os.WriteFile(over, []byte(text), 0o644)
	a := newTestApp(t, dir)
	choose := func(id string) {
		_, labels := subsetChoices()
		ids, _ := subsetChoices()
		a.ui.subset.SetSelected(labels[slices.Index(ids, id)])
		settle(a)
	}
	choose(string(data.SubsetOver100))
	if got := codes(a.ui.table.Rows()); !slices.Equal(got, []string{"S99999"}) {
		t.Errorf("over 100 %%: %v", got)
	}
	choose(string(data.SubsetWarnings))
	if got := codes(a.ui.table.Rows()); !slices.Equal(got, []string{"S99999"}) {
		t.Errorf("with warnings: %v", got)
	}
	choose(string(data.SubsetAll))
	a.ui.table.ToggleMark(1)
	a.ui.table.ToggleMark(3)
	if !strings.HasPrefix(a.ui.status.Text, "2 marked · ") {
		t.Errorf("status %q does not count the marks", a.ui.status.Text)
	}
	choose(subsetMarked)
	if n := len(a.ui.table.Rows()); n != 2 {
		t.Errorf("marked only shows %d rows", n)
	}
	a.ui.search.SetText("zzz-no-such-project")
	settle(a)
	a.ClearFilters()
	settle(a)
	if n := len(a.ui.table.Rows()); n != 6 || a.ui.search.Text != "" || a.sess.MarkedOnly() {
		t.Errorf("after clearing: %d rows, search %q, marked only %v", n, a.ui.search.Text, a.sess.MarkedOnly())
	}
}

func firstSample(t *testing.T, dir string) string {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(dir, "000_*.txt"))
	if len(names) == 0 {
		t.Fatal("no sample 000_*")
	}
	return filepath.Base(names[0])
}

// TestCellsFlagWhatNeedsALook: a utilisation over 100 % and the code of a project with
// warnings carry ⚠ in the warning colour; an unknown figure is muted.
func TestCellsFlagWhatNeedsALook(t *testing.T) {
	p := &data.Project{Code: "S1", Complete: true}
	p.Funding.GrantedEUState, p.Funding.RealisedEUState = data.KnownInt(100), data.KnownInt(120)
	p.Derived = data.Derive(p)
	col := func(key string) data.Column { c, _ := data.ColumnByKey(key); return c }
	if text, imp := cellText(col("utilisation_eu_state"), p, "en"); !strings.HasPrefix(text, "⚠ ") || imp != widget.WarningImportance {
		t.Errorf("over 100 %%: %q %v", text, imp)
	}
	if text, imp := cellText(col("planned_public_total"), p, "en"); text != data.Unknown("en") || imp != widget.LowImportance {
		t.Errorf("unknown: %q %v", text, imp)
	}
	if text, _ := cellText(col("code"), p, "en"); text != "S1" {
		t.Errorf("a clean project's code: %q", text)
	}
	p.Warnings = []data.Problem{{Code: "no_code"}}
	if text, imp := cellText(col("code"), p, "en"); text != "⚠ S1" || imp != widget.WarningImportance {
		t.Errorf("a project with warnings: %q %v", text, imp)
	}
}

// TestChosenColumnsAreRemembered: the compact preset at first, code and name first; a choice
// is kept in the preferences and shapes the table after a rebuild.
func TestChosenColumnsAreRemembered(t *testing.T) {
	a := newTestApp(t, "")
	keys := func() []string {
		var ks []string
		for _, c := range a.ui.table.cols {
			ks = append(ks, c.Key)
		}
		return ks
	}
	if got := keys(); !slices.Equal(got, compactColumns) || a.ui.table.StickyColumnCount != 3 {
		t.Errorf("first columns %v (sticky %d), want the compact preset", got, a.ui.table.StickyColumnCount)
	}
	a.prefs.setColumnKeys([]string{"months", "name", "granted_eu_state"})
	a.rebuild()
	if got := keys(); !slices.Equal(got, []string{"name", "months", "granted_eu_state"}) || a.ui.table.StickyColumnCount != 2 {
		t.Errorf("chosen columns %v (sticky %d)", got, a.ui.table.StickyColumnCount)
	}
}

// TestChoosingAWarningOpensItsProject: the warning is shown in full, and its project is
// selected (the filters cleared, as they hid it) with the Source tab open.
func TestChoosingAWarningOpensItsProject(t *testing.T) {
	dir := seedFolder(t)
	name := firstSample(t, dir)
	b, _ := os.ReadFile(filepath.Join(dir, name))
	os.WriteFile(filepath.Join(dir, name), []byte(strings.Replace(string(b), "Alkaa 1.6.2022", "Alkaa 31.13.2022", 1)), 0o644)
	a := newTestApp(t, dir)
	a.ui.search.SetText("Osana") // hides S22829
	settle(a)
	a.ShowView("warnings")
	rows := a.ui.warnings.Rows()
	if len(rows) != 1 || rows[0].Project == nil {
		t.Fatalf("warning rows %+v", rows)
	}
	a.ui.warnings.table.Select(widget.TableCellID{Row: 0, Col: 2})
	settle(a)
	if sel := a.ui.table.Selected(); sel == nil || sel.Code != "S22829" {
		t.Errorf("selected %v, want S22829", sel)
	}
	if a.ui.tabs.SelectedIndex() != tabIndex["source"] {
		t.Errorf("tab %d, want the Source tab", a.ui.tabs.SelectedIndex())
	}
	if d := a.ui.warnings.detail.Text; !strings.Contains(d, name+":15: cannot read the date “31.13.2022”") {
		t.Errorf("detail %q", d)
	}
}

// TestStatusFilterSpeaksTheInterfaceLanguage: the English drop-down offers "Ended", and
// choosing it filters by the value the files hold.
func TestStatusFilterSpeaksTheInterfaceLanguage(t *testing.T) {
	a := newTestApp(t, "")
	s := a.ui.filters[data.FieldStatus]
	if !slices.Contains(s.Options, "Ended") || slices.Contains(s.Options, "Toiminta päättynyt") {
		t.Fatalf("options %v", s.Options)
	}
	s.SetSelected("Interrupted")
	settle(a)
	if rows := a.ui.table.Rows(); len(rows) != 1 || rows[0].Status != "Keskeytynyt" {
		t.Errorf("rows %v", codes(rows))
	}
}
