package session

import (
	"testing"

	"vertailu/data"
)

// heldRunner keeps each piece of work until the test runs it, so that a test decides the
// order in which results come back.
type heldRunner struct{ work []func(do func(func())) }

func (r *heldRunner) Go(w func(do func(func()))) { r.work = append(r.work, w) }

// run runs the i-th work held, applying what it hands over at once (as the UI goroutine).
func (r *heldRunner) run(i int) { r.work[i](func(f func()) { f() }) }

func store(t *testing.T) *data.Store {
	t.Helper()
	s := data.NewStore()
	res := &data.LoadResult{Root: "t"}
	for _, p := range []*data.Project{
		{File: "a", Code: "S1", Name: "Äänekosken hanke", Status: "Toiminnassa", Regions: []string{"Keski-Suomi"}, Funding: data.Funding{GrantedEUState: data.KnownInt(100)}},
		{File: "b", Code: "S2", Name: "Oulun hanke", Status: "Keskeytynyt", Regions: []string{"Pohjois-Pohjanmaa"}, Funding: data.Funding{GrantedEUState: data.KnownInt(200)}},
		{File: "c", Code: "S3", Name: "Kuopion hanke", Status: "Toiminnassa", Regions: []string{"Pohjois-Savo"}, Funding: data.Funding{GrantedEUState: data.KnownInt(400)}},
	} {
		p.Derived = data.Derive(p)
		res.Projects = append(res.Projects, p)
	}
	s.Set(res)
	return s
}

func codes(ps []*data.Project) string {
	out := ""
	for _, p := range ps {
		out += p.Code + " "
	}
	return out
}

// Typing never waits for a query: every keystroke asks for a snapshot of its own, and a
// result that comes back after a newer one's is dropped, whatever the order they finish in.
func TestStaleSnapshotsAreDropped(t *testing.T) {
	r := &heldRunner{}
	s := New(store(t), r)
	var shown []Snapshot
	s.OnSnapshot = func(snap Snapshot) { shown = append(shown, snap) }
	s.SetText("hanke")
	s.SetText("oulu")
	s.SetText("kuopio")
	if len(shown) != 0 || len(r.work) != 3 {
		t.Fatalf("the UI waited: %d shown, %d asked", len(shown), len(r.work))
	}
	r.run(2) // the newest finishes first
	r.run(0)
	r.run(1)
	if len(shown) != 1 || codes(shown[0].Rows) != "S3 " || shown[0].View.Query.Text != "kuopio" {
		t.Fatalf("shown %d snapshots, first %q", len(shown), codes(shown[0].Rows))
	}
}

// A snapshot carries the totals, the grouping when asked, and the map's rows without the
// map's own area filter; the "marked only" view keeps only the marked projects.
func TestSnapshotContents(t *testing.T) {
	r := &heldRunner{}
	s := New(store(t), r)
	var last Snapshot
	s.OnSnapshot = func(snap Snapshot) { last = snap }
	s.SetSortQuietly("granted_eu_state", true)
	s.SetFilter(data.FieldRegion, []string{"Pohjois-Savo", "Keski-Suomi"})
	s.SetGroupBy(data.FieldStatus)
	s.SetMapField(data.FieldRegion)
	if n := len(r.work); n != 1 {
		t.Fatalf("%d snapshots asked for, want the filter's one: the grouping and the map wait for Refresh", n)
	}
	s.Refresh()
	r.run(len(r.work) - 1)
	if codes(last.Rows) != "S3 S1 " || last.All != 3 {
		t.Fatalf("rows %q of %d", codes(last.Rows), last.All)
	}
	if got := last.Totals.Sum(data.GrantedEUState); !got.Known || got.V != 500 {
		t.Errorf("totals %v", got)
	}
	if len(last.Grouping.Groups) != 1 || last.Grouping.Groups[0].Value != "Toiminnassa" {
		t.Errorf("grouping %+v", last.Grouping.Groups)
	}
	if codes(last.MapRows) != "S3 S2 S1 " {
		t.Errorf("map rows %q: the map's area filter must not hide the other areas", codes(last.MapRows))
	}
	s.Marks().Set(last.Rows[1], true)
	s.SetSubset(data.SubsetAll, true)
	r.run(len(r.work) - 1)
	if codes(last.Rows) != "S1 " || last.Marked != 1 || !last.View.MarkedOnly {
		t.Errorf("marked only: %q", codes(last.Rows))
	}
	s.ClearQuery()
	r.run(len(r.work) - 1)
	if codes(last.Rows) != "S3 S2 S1 " || last.View.Query.SortKey != "granted_eu_state" {
		t.Errorf("cleared: %q, sort %q", codes(last.Rows), last.View.Query.SortKey)
	}
}

// The view a worker reads is its own copy: a filter changed on the UI goroutine while a query
// runs does not change what that query selects.
func TestWorkerReadsItsOwnView(t *testing.T) {
	r := &heldRunner{}
	s := New(store(t), r)
	var last Snapshot
	s.OnSnapshot = func(snap Snapshot) { last = snap }
	s.SetFilter(data.FieldStatus, []string{"Keskeytynyt"})
	s.SetFilterQuietly(data.FieldStatus, []string{"Toiminnassa"})
	r.run(0)
	if codes(last.Rows) != "S2 " {
		t.Errorf("the worker read a filter set after it was asked: %q", codes(last.Rows))
	}
}
