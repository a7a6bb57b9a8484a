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
}

// do runs action as the UI goroutine would, then the steps it handed back, and returns how
// long the whole took: from the action to its result drawn.
func (s *uiSteps) do(action func()) time.Duration {
	s.a.tasks.longest = 0
	start := time.Now()
	action()
	s.longest = max(s.longest, time.Since(start))
	s.a.tasks.Wait()
	s.longest = max(s.longest, s.a.tasks.longest)
	return time.Since(start)
}

// BenchmarkUISteps22k works the main window over 22,840 projects as an officer would — types a
// search and deletes it, sorts by a header, chooses a filter, opens the Groups tab and groups
// by another field, opens the Map, switches tabs — and reports the longest single step on the
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
			keystroke += s.do(func() { test.Type(a.ui.search, string(r)) })
			keys++
		}
		for range 5 {
			keystroke += s.do(func() { a.ui.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace}) })
			keys++
		}
		s.do(func() { test.Tap(btn) })
		s.do(func() { a.setFilter(data.FieldStatus, []string{"Toiminnassa"}) })
		s.do(func() { a.setFilter(data.FieldStatus, nil) })
		s.do(func() { a.ShowView("groups") })
		s.do(func() { a.ui.groups.pick.SetSelected(fieldTitle(data.FieldRegion)) })
		s.do(func() { a.ui.groups.pick.SetSelected(fieldTitle(data.FieldPriorityAxis)) })
		s.do(func() { a.ShowView("map") })
		s.do(func() { a.ShowView("overview") })
		s.do(func() { a.ShowView("funding") })
	}
	if a.ui.search.Text != "" || len(a.ui.table.Rows()) != 22_840 {
		b.Fatalf("search %q, %d rows", a.ui.search.Text, len(a.ui.table.Rows()))
	}
	b.ReportMetric(float64(s.longest.Microseconds())/1000, "ms/longest-ui-step")
	b.ReportMetric(float64(keystroke.Microseconds())/1000/float64(keys), "ms/keystroke-to-table")
}
