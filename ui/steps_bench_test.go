package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"vertailu/data"
)

// uiSteps measures what the user's actions cost the UI goroutine: each action's own call, and
// each step the work it started hands back (Tasks.Wait runs those on this goroutine and keeps
// the longest).
type uiSteps struct {
	a       *App
	longest time.Duration
	which   string // the action whose step was the longest
}

// do runs action as the UI goroutine would, then the steps it handed back, and returns how
// long the whole took: from the action to its result drawn.
func (s *uiSteps) do(name string, action func()) time.Duration {
	s.a.tasks.longest = 0
	start := time.Now()
	action()
	s.note(name, time.Since(start))
	s.a.tasks.Wait()
	s.note(name, s.a.tasks.longest)
	return time.Since(start)
}

// note keeps a step's time when it is the longest so far.
func (s *uiSteps) note(name string, d time.Duration) {
	if d > s.longest {
		s.longest, s.which = d, name
	}
}

// BenchmarkUISteps22k works the main window over 22,840 projects as an officer would — types a
// search and deletes it, sorts by a header, chooses a filter, opens the Groups tab and groups
// by another field, opens the Map, switches through every tab — and reports the longest single step on the
// UI goroutine (target: 16 ms, one frame) and a keystroke's time to a redrawn table (target:
// 50 ms). The queries, groupings and tallies run on workers; on the UI goroutine only their
// snapshots are drawn.
func BenchmarkUISteps22k(b *testing.B) {
	fa := test.NewTempApp(b)
	store := data.NewStore()
	store.Set(synthetic(22_840))
	a := benchApp(b, fa, store)
	defer a.Window().Close()
	a.tasks.Wait()
	s := &uiSteps{a: a}
	var keystroke time.Duration
	keys := 0
	btn := headerButton(b, a, "Granted EU+state €")
	for b.Loop() {
		a.win.Canvas().Focus(a.ui.search)
		for _, r := range "kehit" {
			keystroke += s.do("typing", func() { test.Type(a.ui.search, string(r)) })
			keys++
		}
		for range 5 {
			keystroke += s.do("deleting", func() { a.ui.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace}) })
			keys++
		}
		s.do("sorting", func() { test.Tap(btn) })
		s.do("filtering", func() { a.setFilter(data.FieldStatus, []string{"Toiminnassa"}) })
		s.do("unfiltering", func() { a.setFilter(data.FieldStatus, nil) })
		s.do("tab groups", func() { a.ShowView("groups") })
		s.do("grouping by region", func() { a.ui.groups.pick.SetSelected(fieldTitle(data.FieldRegion)) })
		s.do("grouping by municipality", func() { a.ui.groups.pick.SetSelected(fieldTitle(data.FieldMunicipality)) })
		s.do("grouping by axis", func() { a.ui.groups.pick.SetSelected(fieldTitle(data.FieldPriorityAxis)) })
		for _, tab := range []string{"map", "overview", "funding", "sustainability", "texts", "source", "compare", "warnings", "changes", "notes", "similar", "overview"} {
			s.do("tab "+tab, func() { a.ShowView(tab) })
		}
	}
	if a.ui.search.Text != "" || len(a.ui.table.Rows()) != 22_840 {
		b.Fatalf("search %q, %d rows", a.ui.search.Text, len(a.ui.table.Rows()))
	}
	b.Logf("the longest step: %s, %.1f ms", s.which, float64(s.longest.Microseconds())/1000)
	b.ReportMetric(float64(s.longest.Microseconds())/1000, "ms/longest-ui-step")
	b.ReportMetric(float64(keystroke.Microseconds())/1000/float64(keys), "ms/keystroke-to-table")
}
