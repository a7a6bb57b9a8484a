package ui

import (
	"strings"
	"testing"

	"vertailu/assets/words"
	"vertailu/data"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// noticeButton finds the button above the table that clears the filter named label.
func noticeButton(a *App, label string) *widget.Button {
	if !a.ui.notice.Visible() {
		return nil
	}
	for _, o := range a.ui.notice.Objects {
		if b, ok := o.(*widget.Button); ok && b.Text == label {
			return b
		}
	}
	return nil
}

func noticeText(a *App) string {
	if !a.ui.notice.Visible() || len(a.ui.notice.Objects) == 0 {
		return ""
	}
	return a.ui.notice.Objects[0].(*widget.Label).Text
}

// TestFiltersTakeSeveralValues: ticking two regions in a filter's list (one with Space, the
// focus on the first box when it opens, one with the mouse) shows the projects of either, and
// the drop-down says "2 regions"; one value shows as itself, none as the field; Esc closes the
// list and gives the focus back to the drop-down.
func TestFiltersTakeSeveralValues(t *testing.T) {
	a := newTestApp(t, "")
	f := a.ui.filters[data.FieldRegion]
	regions := a.store.Distinct(data.FieldRegion)
	if len(regions) < 3 {
		t.Fatalf("regions %v", regions)
	}
	test.Tap(f)
	settle(a)
	checks := map[string]*listCheck{}
	for _, o := range objects(a) {
		if c, ok := o.(*listCheck); ok {
			checks[c.Text] = c
		}
	}
	if len(checks) != len(regions) {
		t.Fatalf("the region filter opened a list of %d check boxes, want %d", len(checks), len(regions))
	}
	c := a.Window().Canvas()
	if c.Focused() != checks[regions[0]] {
		t.Errorf("the focus is on %T, not the first box", c.Focused())
	}
	c.Focused().TypedRune(' ') // the keyboard ticks the first
	settle(a)
	test.Tap(checks[regions[1]]) // and the mouse the second
	settle(a)
	want := 0
	for _, p := range a.store.Projects() {
		for _, r := range p.Regions {
			if r == regions[0] || r == regions[1] {
				want++
				break
			}
		}
	}
	if n := len(a.ui.table.Rows()); n != want || n == 0 {
		t.Errorf("two regions: %d rows, want %d", n, want)
	}
	if f.Selected != "2 regions" {
		t.Errorf("the drop-down shows %q, want \"2 regions\"", f.Selected)
	}
	f.SetChosenLabels(regions[0])
	settle(a)
	if f.Selected != regions[0] {
		t.Errorf("one region: the drop-down shows %q", f.Selected)
	}
	f.SetChosenLabels()
	settle(a)
	test.Tap(f)
	settle(a)
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	settle(a)
	if len(c.Overlays().List()) != 0 || c.Focused() != f {
		t.Errorf("Esc left the list open (%d overlays) or the focus on %T", len(c.Overlays().List()), c.Focused())
	}
	if f.Selected != "" || f.PlaceHolder != "Region" || len(a.ui.table.Rows()) != a.store.Len() {
		t.Errorf("no region: shows %q/%q, %d rows", f.Selected, f.PlaceHolder, len(a.ui.table.Rows()))
	}
	a.SwitchLanguage(LangFinnish)
	settle(a)
	a.ui.filters[data.FieldAuthority].SetChosenLabels(a.store.Distinct(data.FieldAuthority)...)
	settle(a)
	if s := a.ui.filters[data.FieldAuthority].Selected; !strings.HasSuffix(s, " viranomaista") {
		t.Errorf("Finnish: %q", s)
	}
}

// TestEmptyTableSaysWhy: a table emptied by a search and a filter says so above it, with a
// button that clears each; clearing the last one shows the projects again.
func TestEmptyTableSaysWhy(t *testing.T) {
	a := newTestApp(t, "")
	test.Type(a.ui.search, "zzzz")
	settle(a)
	a.ui.filters[data.FieldStatus].SetSelected("Interrupted")
	settle(a)
	if len(a.ui.table.Rows()) != 0 || noticeText(a) != "No project matches the search and filters:" {
		t.Fatalf("%d rows, notice %q", len(a.ui.table.Rows()), noticeText(a))
	}
	status := noticeButton(a, "Status: Interrupted")
	if status == nil || noticeButton(a, "Search: “zzzz”") == nil {
		t.Fatalf("no button to clear the status filter or the search: %v", a.ui.notice.Objects)
	}
	test.Tap(status)
	settle(a)
	if len(a.ui.filters[data.FieldStatus].Chosen()) != 0 || noticeButton(a, "Status: Interrupted") != nil {
		t.Error("the status filter is still on")
	}
	test.Tap(noticeButton(a, "Search: “zzzz”"))
	settle(a)
	if len(a.ui.table.Rows()) != a.store.Len() || a.ui.notice.Visible() || a.ui.search.Text != "" {
		t.Errorf("after clearing both: %d rows, notice shown %v, search %q", len(a.ui.table.Rows()), a.ui.notice.Visible(), a.ui.search.Text)
	}
}

// TestClearFiltersKeepsTheSelection: Clear filters keeps the selected project selected and
// its row in view.
func TestClearFiltersKeepsTheSelection(t *testing.T) {
	a := newTestApp(t, "")
	a.Window().Resize(fyne.NewSize(1024, 560))
	a.EnlargeDetails() // a table of two or three rows: the last project is below them
	settle(a)
	rows := a.ui.table.Rows()
	last := rows[len(rows)-1]
	a.ui.table.ScrollToProject(last)
	a.ui.table.SelectProject(last)
	a.ui.filters[data.FieldStatus].SetSelected(words.Of(LangEnglish).Status(last.Status))
	a.ui.table.ScrollToTop()
	a.ClearFilters()
	settle(a)
	if a.ui.table.Selected() != last {
		t.Fatalf("selected %v after Clear filters, want %s", a.ui.table.Selected(), last.Code)
	}
	if !cellShown(a, last.Code) {
		t.Errorf("%s is selected but scrolled out of view", last.Code)
	}
}

// cellShown reports whether a table cell on screen reads text.
func cellShown(a *App, text string) bool {
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(a.ui.table).Y + newHeaderCell().MinSize().Height
	bottom := d.AbsolutePositionForObject(a.ui.table).Y + a.ui.table.Size().Height
	for _, o := range walk(a.ui.table) {
		if l, ok := o.(*cellLabel); ok && l.Visible() && l.full == text {
			y := d.AbsolutePositionForObject(l).Y
			if y >= top && y+l.Size().Height <= bottom {
				return true
			}
		}
	}
	return false
}

// TestMarkedOnlySaysASearchIsOn: Ctrl+M with a search that hides some marked projects says
// so plainly above the table and offers to clear the search.
func TestMarkedOnlySaysASearchIsOn(t *testing.T) {
	a := newTestApp(t, "")
	rows := a.ui.table.Rows()
	a.ui.table.ToggleMark(0)
	a.ui.table.ToggleMark(1)
	test.Type(a.ui.search, rows[0].Code)
	settle(a)
	a.globalShortcut(shortcut(fyne.KeyM))
	settle(a)
	if n := len(a.ui.table.Rows()); n != 1 {
		t.Fatalf("%d rows", n)
	}
	if got := noticeText(a); got != "1 of 2 marked projects show: a search or filter is still on." {
		t.Errorf("notice %q", got)
	}
	test.Tap(noticeButton(a, "Search: “"+rows[0].Code+"”"))
	settle(a)
	if n := len(a.ui.table.Rows()); n != 2 || a.ui.notice.Visible() {
		t.Errorf("after clearing the search: %d rows, notice %q", n, noticeText(a))
	}
}

// The Space that opens a filter's list from the keyboard ticks nothing: the same key press
// types a space, which reaches the first box (that now has the focus) and ticked it. The next
// Space ticks it.
func TestSpaceThatOpensAListTicksNothing(t *testing.T) {
	a := newTestApp(t, seedFolder(t))
	f := a.ui.filters[data.FieldRegion]
	c := a.Window().Canvas()
	c.Focus(f)
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	settle(a)
	first, ok := c.Focused().(*listCheck)
	if !ok {
		t.Fatalf("the focus is on %T, not the first box", c.Focused())
	}
	first.TypedRune(' ') // the opening key's own space
	settle(a)
	if first.Checked || len(a.ui.table.Rows()) != 5 {
		t.Fatalf("the opening Space ticked %q", first.Text)
	}
	first.TypedRune(' ')
	settle(a)
	if !first.Checked || len(a.ui.table.Rows()) == 5 {
		t.Errorf("the next Space did not tick %q", first.Text)
	}
}
