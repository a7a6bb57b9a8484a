package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"vertailu/data"
)

func TestLoadsSamples(t *testing.T) {
	a := newTestApp(t, "")
	if got := len(a.ui.table.Rows()); got != 5 {
		t.Fatalf("rows = %d, want the 5 samples", got)
	}
	if s := a.ui.status.Text; !strings.Contains(s, "5 projects loaded") || !strings.Contains(s, "sample folder") {
		t.Errorf("status bar = %q", s)
	}
	if s := a.ui.totals.Text; !strings.HasPrefix(s, "5 of 5 projects") {
		t.Errorf("totals = %q", s)
	}
}

func TestSortByHeaderTaps(t *testing.T) {
	a := newTestApp(t, "")
	b := headerButton(t, a, "Code")
	test.Tap(b)
	settle(a)
	asc := codes(a.ui.table.Rows())
	if !slices.IsSorted(asc) {
		t.Fatalf("after one tap: %v, want ascending", asc)
	}
	if b.Text != "Code ▲" {
		t.Errorf("ascending header reads %q, want a ▲", b.Text)
	}
	test.Tap(b)
	settle(a)
	desc := codes(a.ui.table.Rows())
	if !slices.IsSortedFunc(desc, func(x, y string) int { return strings.Compare(y, x) }) {
		t.Fatalf("after two taps: %v, want descending", desc)
	}
	if b.Text != "Code ▼" {
		t.Errorf("descending header reads %q, want a ▼", b.Text)
	}
	if k, d := a.prefs.sort(); k != "code" || !d {
		t.Errorf("remembered sort = %q %v", k, d)
	}
}

func TestSortNumericKeepsUnknownLast(t *testing.T) {
	a := newTestApp(t, "")
	b := headerButton(t, a, "Utilisation EU+state")
	for range 2 { // ascending, then descending
		test.Tap(b)
		settle(a)
		rows := a.ui.table.Rows()
		seenUnknown := false
		for _, p := range rows {
			if !p.Derived.UtilisationEUState.Known {
				seenUnknown = true
			} else if seenUnknown {
				t.Fatalf("a known value after an unknown one: %v", codes(rows))
			}
		}
	}
}

func TestFilterByTyping(t *testing.T) {
	a := newTestApp(t, "")
	test.Type(a.ui.search, "s20634")
	settle(a)
	rows := a.ui.table.Rows()
	if len(rows) != 1 || rows[0].Code != "S20634" {
		t.Fatalf("rows after typing = %v, want [S20634]", codes(rows))
	}
	if !strings.HasPrefix(a.ui.totals.Text, "1 of 5 projects") {
		t.Errorf("totals = %q", a.ui.totals.Text)
	}
	a.ui.search.SetText("")
	settle(a)
	a.ui.filters[data.FieldStatus].SetSelected("Interrupted") // the English interface words the status
	settle(a)
	rows = a.ui.table.Rows()
	if len(rows) != 1 || rows[0].Status != "Keskeytynyt" {
		t.Fatalf("status filter rows = %v", codes(rows))
	}
	a.ui.filters[data.FieldStatus].SetSelected(T("group.all." + string(data.FieldStatus)))
	settle(a)
	if n := len(a.ui.table.Rows()); n != 5 {
		t.Errorf("after clearing the filter: %d rows", n)
	}
}

func TestSelectingARowFillsTheDetails(t *testing.T) {
	a := newTestApp(t, "")
	p := a.ui.table.Rows()[2]
	a.ui.table.Select(widget.TableCellID{Row: 2, Col: 2})
	settle(a)
	if a.ui.table.Selected() != p {
		t.Fatalf("selected %v, want %s", a.ui.table.Selected(), p.Code)
	}
	if !labelShown(a, p.Name) {
		t.Errorf("the overview does not show %q", p.Name)
	}
	a.ui.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if next := a.ui.table.Rows()[3]; a.ui.table.Selected() != next || !labelShown(a, next.Name) {
		t.Errorf("Down did not select and show the next row")
	}
	a.ui.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	if a.ui.table.Selected() != p {
		t.Errorf("Up did not go back")
	}
	a.ui.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if got := a.marks.List(); len(got) != 1 || got[0] != p {
		t.Errorf("Space marked %v, want %s", got, p.Code)
	}
	a.ui.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if got := a.marks.List(); len(got) != 0 {
		t.Errorf("Space again left %d marked", len(got))
	}
}

func TestMarkingRowsFillsTheComparison(t *testing.T) {
	a := newTestApp(t, "")
	tapMark := func(row int) { // a tap on the mark column's cell, as the mouse does
		a.ui.table.Select(widget.TableCellID{Row: row, Col: markColumn})
	}
	tapMark(0)
	if n := len(a.ui.compare.Shown()); n != 0 || a.marks.Len() != 1 {
		t.Fatalf("one mark compares %d (marks %d)", n, a.marks.Len())
	}
	tapMark(1)
	tapMark(2)
	settle(a)
	shown := a.ui.compare.Shown()
	if len(shown) != 3 {
		t.Fatalf("comparison shows %d projects, want 3", len(shown))
	}
	a.ShowView("compare")
	for _, p := range shown {
		if !labelShown(a, oneLine(p.Name)) {
			t.Errorf("comparison lacks %s", p.Code)
		}
	}
	tapMark(1)
	if n := len(a.ui.compare.Shown()); n != 2 {
		t.Errorf("after unmarking one: %d", n)
	}
	// The marks are not focusable: Tab does not walk through the rows.
	for _, o := range walk(a.ui.table) {
		if _, ok := o.(fyne.Focusable); ok && o != fyne.CanvasObject(a.ui.table) {
			t.Fatalf("a focusable %T inside the table", o)
		}
	}
}

func TestWarningsPanelListsBadFiles(t *testing.T) {
	dir := seedFolder(t)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "hakemus.txt"), []byte("Hankehakemus\n\nHankkeen nimi: Testi\nTämä on hakemus, ei kuvaus.\n"), 0o644)
	a := newTestApp(t, dir)
	rows := a.ui.warnings.Rows()
	files := map[string]bool{}
	for _, r := range rows {
		files[r.File] = true
		if r.Message == "" {
			t.Errorf("%s: no message", r.File)
		}
	}
	for _, f := range []string{"empty.txt", "hakemus.txt"} {
		if !files[f] {
			t.Errorf("warnings panel lacks %s: %+v", f, rows)
		}
	}
	if !strings.Contains(a.ui.status.Text, "2 skipped") {
		t.Errorf("status = %q", a.ui.status.Text)
	}
	if !strings.Contains(a.ui.warnTab.Text, "(2)") {
		t.Errorf("warnings tab = %q", a.ui.warnTab.Text)
	}
	if len(a.ui.table.Rows()) != 5 {
		t.Errorf("good files must still load")
	}
}

func TestDropOpensFolder(t *testing.T) {
	a := newTestApp(t, "")
	dir := seedFolder(t)
	os.Remove(filepath.Join(dir, "000_4cc8329ff47c7010.txt"))
	a.HandleDrop([]fyne.URI{storage.NewFileURI(dir)})
	settle(a)
	if a.dir != dir || len(a.ui.table.Rows()) != 4 {
		t.Fatalf("after the drop: dir %q, %d rows", a.dir, len(a.ui.table.Rows()))
	}
	if got := a.prefs.recentFolders(); len(got) == 0 || got[0] != dir {
		t.Errorf("recent folders = %v", got)
	}
}

func TestReloadSeesNewFile(t *testing.T) {
	dir := seedFolder(t)
	os.Remove(filepath.Join(dir, "000_4cc8329ff47c7010.txt"))
	a := newTestApp(t, dir)
	if n := len(a.ui.table.Rows()); n != 4 {
		t.Fatalf("%d rows", n)
	}
	seed := seedFolder(t)
	b, _ := os.ReadFile(filepath.Join(seed, "000_4cc8329ff47c7010.txt"))
	os.WriteFile(filepath.Join(dir, "new.txt"), b, 0o644)
	a.Window().Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF5})
	settle(a)
	if n := len(a.ui.table.Rows()); n != 5 {
		t.Errorf("after F5: %d rows", n)
	}
	os.Remove(filepath.Join(dir, "new.txt"))
	a.ui.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF5}) // F5 with the table focused
	settle(a)
	if n := len(a.ui.table.Rows()); n != 4 {
		t.Errorf("after F5 in the table: %d rows", n)
	}
}

func TestLanguageSwitchRebuilds(t *testing.T) {
	a := newTestApp(t, "")
	a.SwitchLanguage(LangFinnish)
	settle(a)
	t.Cleanup(func() { SetLanguage(LangEnglish) })
	headerButton(t, a, "Koodi")
	if !strings.Contains(a.ui.status.Text, "hanketta ladattu") {
		t.Errorf("status in Finnish = %q", a.ui.status.Text)
	}
	if a.prefs.language() != LangFinnish {
		t.Errorf("language not remembered")
	}
	if len(a.ui.table.Rows()) != 5 {
		t.Errorf("rows lost in the switch")
	}
}

func TestCtrlAndShiftClickMark(t *testing.T) {
	a := newTestApp(t, "")
	tb := a.ui.table
	tb.Select(widget.TableCellID{Row: 1, Col: 2})
	tb.MouseDown(&desktop.MouseEvent{Modifier: fyne.KeyModifierShift})
	tb.Select(widget.TableCellID{Row: 3, Col: 2})
	if got := a.marks.Len(); got != 3 {
		t.Fatalf("Shift-click marked %d rows, want rows 1–3", got)
	}
	tb.MouseDown(&desktop.MouseEvent{Modifier: fyne.KeyModifierControl})
	tb.Select(widget.TableCellID{Row: 2, Col: 2})
	if a.marks.Has(tb.Rows()[2]) || a.marks.Len() != 2 {
		t.Errorf("Ctrl-click did not unmark row 2")
	}
	if len(a.ui.compare.Shown()) != 2 {
		t.Errorf("comparison shows %d", len(a.ui.compare.Shown()))
	}
	tb.MouseDown(&desktop.MouseEvent{})
	tb.Select(widget.TableCellID{Row: 0, Col: 2})
	if a.marks.Len() != 2 || tb.Selected() != tb.Rows()[0] {
		t.Errorf("a plain click changed the marks or did not select")
	}
}

func TestMissingFolderFallsBackToSamples(t *testing.T) {
	a := newTestApp(t, filepath.Join(t.TempDir(), "no-such-folder"))
	if n := len(a.ui.table.Rows()); n != 5 || a.dir != "" {
		t.Fatalf("after a missing folder: %d rows, dir %q; want the samples", n, a.dir)
	}
	if len(a.Window().Canvas().Overlays().List()) == 0 {
		t.Errorf("no error shown for the missing folder")
	}
}

// TestShortcutsWorkFromTheSearchField sends Ctrl+E the way the desktop driver does when the
// search field has the focus (to the focused widget, not the window) and expects the export
// menu; Ctrl+A stays the field's own.
func TestShortcutsWorkFromTheSearchField(t *testing.T) {
	a := newTestApp(t, "")
	a.FocusSearch()
	test.Type(a.ui.search, "osana")
	focused, ok := a.Window().Canvas().Focused().(fyne.Shortcutable)
	if !ok {
		t.Fatal("the search field has no focus")
	}
	focused.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault})
	if len(a.Window().Canvas().Overlays().List()) == 0 {
		t.Error("Ctrl+E in the search field opened no export menu")
	}
	focused.TypedShortcut(&fyne.ShortcutSelectAll{})
	if got := a.ui.search.SelectedText(); got != "osana" {
		t.Errorf("Ctrl+A in the search field selected %q", got)
	}
}

// TestFilterMovesTheSelectionToAShownProject: the details never show a project the table has
// filtered out.
func TestFilterMovesTheSelectionToAShownProject(t *testing.T) {
	a := newTestApp(t, "")
	if sel := a.ui.table.Selected(); sel == nil || sel.Code != "S22829" {
		t.Fatalf("selected %v at start", sel)
	}
	test.Type(a.ui.search, "osana")
	settle(a)
	if sel := a.ui.table.Selected(); sel == nil || sel.Code != a.ui.table.Rows()[0].Code {
		t.Errorf("after filtering, selected %v; want the first shown row", sel)
	}
	a.ui.search.SetText("no such project anywhere")
	settle(a)
	if sel := a.ui.table.Selected(); sel != nil {
		t.Errorf("nothing shown, yet %s is selected", sel.Code)
	}
	a.ui.search.SetText("")
	settle(a)
	if sel := a.ui.table.Selected(); sel == nil || sel.Code != "S22829" {
		t.Errorf("the filter cleared, selected %v; want the first row again", sel)
	}
}

// TestStaleLoadIgnored: a folder opened while another still loads wins; the older load's
// result, arriving after the newer one's (the test runner runs queued work newest first, as a
// slow disk would order it), is dropped: cancelled, and ignored by its generation.
func TestStaleLoadIgnored(t *testing.T) {
	first := seedFolder(t)
	second := t.TempDir()
	b, _ := os.ReadFile(filepath.Join(first, "000_4cc8329ff47c7010.txt"))
	os.WriteFile(filepath.Join(second, "only.txt"), b, 0o644)
	a := newTestApp(t, "")
	a.Open(first)
	a.Open(second)
	settle(a)
	if a.dir != second || len(a.ui.table.Rows()) != 1 {
		t.Errorf("after two opens: folder %q with %d rows, want %q with 1", a.dir, len(a.ui.table.Rows()), second)
	}
}

// TestLanguageSwitchKeepsTheViewState: the divider, the grouping and its sort survive.
func TestLanguageSwitchKeepsTheViewState(t *testing.T) {
	a := newTestApp(t, "")
	t.Cleanup(func() { SetLanguage(LangEnglish) })
	a.ui.split.SetOffset(0.7)
	a.ShowView("groups")
	a.ui.groups.pick.SetSelected(fieldTitle(data.FieldStatus))
	a.ui.groups.tapHeader(1)
	a.SwitchLanguage(LangFinnish)
	settle(a)
	if got := a.ui.split.Offset; got != 0.7 {
		t.Errorf("divider at %v after the switch, want 0.7", got)
	}
	if a.groupBy.field != data.FieldStatus || a.ui.groups.pick.Selected != "Tila" || a.groupBy.sort != 1 {
		t.Errorf("grouping %+v, shown %q", a.groupBy, a.ui.groups.pick.Selected)
	}
}

// TestSettingsSurviveRestarts: what the app remembers is written whole to its own file and read
// back by the next start; a damaged file is set aside, not fatal; Fyne's old preferences are
// taken over once.
func TestSettingsSurviveRestarts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "app", "settings.json")
	old := test.NewTempApp(t).Preferences()
	old.SetString(prefLanguage, "fi")
	s := openSettings(path, old)
	if s.String(prefLanguage) != "fi" {
		t.Errorf("Fyne's language not taken over: %q", s.String(prefLanguage))
	}
	p := prefs{s}
	p.rememberFolder("/data/a")
	p.setSort("code", true)
	p.setWindowSize(fyne.NewSize(1024, 700))
	p.setColumnKeys([]string{"code", "name"})
	q := prefs{openSettings(path, nil)}
	if q.lastFolder() != "/data/a" || !slices.Equal(q.recentFolders(), []string{"/data/a"}) || q.language() != "fi" {
		t.Errorf("after a restart: last %q recent %v lang %q", q.lastFolder(), q.recentFolders(), q.language())
	}
	if k, d := q.sort(); k != "code" || !d || q.windowSize() != fyne.NewSize(1024, 700) || !slices.Equal(q.columnKeys(), []string{"code", "name"}) {
		t.Errorf("after a restart: sort %q %v, size %v, columns %v", k, d, q.windowSize(), q.columnKeys())
	}
	os.WriteFile(path, []byte(`{"language": "fi", "recentFol`), 0o600)
	if r := openSettings(path, nil); r.String(prefLanguage) != "" {
		t.Error("a damaged file gave values")
	}
	if _, err := os.Stat(path + ".broken"); err != nil {
		t.Errorf("the damaged file was not set aside: %v", err)
	}
}
