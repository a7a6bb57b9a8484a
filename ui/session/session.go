// Package session is what the main window shows of the open folder, without a widget: the
// query (search, filters, subset, sort), the marks and the "marked only" view. It computes
// what they select off the UI goroutine — the query, the totals, the grouping and the map's
// rows — and publishes the newest result as one immutable Snapshot; a result that a newer
// change made stale is dropped. The views draw snapshots and report the user's changes back.
package session

import (
	"maps"
	"slices"

	"vertailu/data"
)

// Runner runs work off the UI goroutine; the work hands its result to the UI goroutine with
// do. The app's task runner (fyne.Do underneath) is one; tests run it headless.
type Runner interface {
	Go(work func(do func(func())))
}

// View is what the user chose to see: the query, the "marked only" view, the grouping and the
// map's level (a map shows the rows of the query without its own area filter).
type View struct {
	Query      data.Query
	MarkedOnly bool
	// GroupBy, when set, asks for the grouping of the rows (the Groups tab shows).
	GroupBy data.Field
	// MapField, when set, asks for the rows the map tallies: the query's, less the filter of
	// that field, which the map's own selection is.
	MapField data.Field
}

// clone is v with its filters copied, for a worker to read while the UI changes v.
func (v View) clone() View {
	v.Query.Filters = maps.Clone(v.Query.Filters)
	for f, vals := range v.Query.Filters {
		v.Query.Filters[f] = slices.Clone(vals)
	}
	v.Query.Tags = slices.Clone(v.Query.Tags)
	return v
}

// Snapshot is one computed state of the window: what the view selects from the store as it
// was. Nothing in it changes after it is published.
type Snapshot struct {
	Gen  uint64 // counts the snapshots asked for; a newer one has a larger Gen
	View View
	// Rows are the projects the query (and the "marked only" view) select, in the sort order.
	Rows []*data.Project
	// All is how many projects the store holds.
	All int
	// Totals sums the rows' funding.
	Totals data.Sums
	// Grouping groups the rows by View.GroupBy (when asked).
	Grouping data.Grouping
	// MapRows are the rows the map tallies (when asked): the query's, less its area filter.
	MapRows []*data.Project
	// Marked is how many marked projects the store holds.
	Marked int
}

// Session is the window's state and the computing of it. Its methods are called on the UI
// goroutine; the work they start runs on the Runner.
type Session struct {
	store *data.Store
	run   Runner
	view  View
	marks Marks
	gen   uint64 // the newest snapshot asked for

	// OnSnapshot, on the UI goroutine, receives each snapshot that is still the newest.
	OnSnapshot func(Snapshot)
}

// New is a session over store, computing on run.
func New(store *data.Store, run Runner) *Session {
	return &Session{store: store, run: run}
}

// Marks are the marked projects.
func (s *Session) Marks() *Marks { return &s.marks }

// View is the current view (a copy: change it through the Set methods).
func (s *Session) View() View { return s.view.clone() }

// Query is the current query (a copy).
func (s *Session) Query() data.Query { return s.View().Query }

// MarkedOnly reports whether the table shows only the marked projects.
func (s *Session) MarkedOnly() bool { return s.view.MarkedOnly }

// SetText searches for text.
func (s *Session) SetText(text string) {
	s.view.Query.Text = text
	s.Refresh()
}

// SetFilter restricts field f to any of values (none removes the filter).
func (s *Session) SetFilter(f data.Field, values []string) {
	s.setFilter(f, values)
	s.Refresh()
}

// SetFilterQuietly is SetFilter without computing a snapshot: for choices the filters offer
// again after a load, which a Refresh follows.
func (s *Session) SetFilterQuietly(f data.Field, values []string) { s.setFilter(f, values) }

func (s *Session) setFilter(f data.Field, values []string) {
	if len(values) == 0 {
		delete(s.view.Query.Filters, f)
		return
	}
	if s.view.Query.Filters == nil {
		s.view.Query.Filters = map[data.Field][]string{}
	}
	s.view.Query.Filters[f] = slices.Clone(values)
}

// SetTags keeps the projects with any of the officer's own tags (none removes the filter).
func (s *Session) SetTags(tags []string) {
	s.SetTagsQuietly(tags)
	s.Refresh()
}

// SetTagsQuietly is SetTags without computing a snapshot (the tags offered again).
func (s *Session) SetTagsQuietly(tags []string) { s.view.Query.Tags = slices.Clone(tags) }

// SetOwn lets the search find projects by the officer's notes and tags (ix is not changed
// after: a change of the notes gives a new index).
func (s *Session) SetOwn(ix *data.OwnIndex) {
	s.view.Query.Own = ix
	s.Refresh()
}

// SetSort sorts by the column key, descending when desc.
func (s *Session) SetSort(key string, desc bool) {
	s.view.Query.SortKey, s.view.Query.Desc = key, desc
	s.Refresh()
}

// SetSubset shows a subset of the projects, or only the marked ones.
func (s *Session) SetSubset(sub data.Subset, markedOnly bool) {
	s.view.Query.Subset, s.view.MarkedOnly = sub, markedOnly
	s.Refresh()
}

// ClearQuery turns the search, every filter and the subset off (the sort stays).
func (s *Session) ClearQuery() {
	q := &s.view.Query
	q.Text, q.Filters, q.Subset, q.Tags, s.view.MarkedOnly = "", nil, data.SubsetAll, nil, false
	s.Refresh()
}

// SetGroupBy asks the snapshots for the grouping by f ("" for none: the Groups tab hides),
// from the next Refresh on: a tab shown asks for one snapshot, not one a setting.
func (s *Session) SetGroupBy(f data.Field) { s.view.GroupBy = f }

// SetMapField asks the snapshots for the map's rows, the area filter of f left out ("" for
// none: the map hides), from the next Refresh on.
func (s *Session) SetMapField(f data.Field) { s.view.MapField = f }

// Refresh computes a snapshot of the current view off the UI goroutine and publishes it,
// unless a newer one was asked for meanwhile. Typing never waits for a query: each change
// asks for its own, and only the newest is shown.
func (s *Session) Refresh() {
	s.gen++
	gen, view, marked := s.gen, s.view.clone(), s.marks.List()
	s.run.Go(func(do func(func())) {
		snap := compute(s.store, view, marked)
		snap.Gen = gen
		do(func() {
			if gen != s.gen || s.OnSnapshot == nil {
				return // a newer change asked for a newer snapshot
			}
			s.OnSnapshot(snap)
		})
	})
}

// compute is the snapshot of view over store, the marked projects being marked.
func compute(store *data.Store, view View, marked []*data.Project) Snapshot {
	snap := Snapshot{View: view, All: store.Len(), Marked: len(marked)}
	snap.Rows = rowsOf(store, view.Query, view.MarkedOnly, marked)
	snap.Totals = data.Totals(snap.Rows)
	if view.GroupBy != "" {
		snap.Grouping = data.GroupBy(snap.Rows, view.GroupBy)
	}
	if view.MapField != "" {
		q := view.Query
		q.Filters = maps.Clone(q.Filters)
		delete(q.Filters, view.MapField)
		snap.MapRows = rowsOf(store, q, view.MarkedOnly, marked)
	}
	return snap
}

// rowsOf are the projects q selects, only the marked ones when markedOnly.
func rowsOf(store *data.Store, q data.Query, markedOnly bool, marked []*data.Project) []*data.Project {
	rows := store.Query(q)
	if markedOnly {
		on := make(map[*data.Project]bool, len(marked))
		for _, p := range marked {
			on[p] = true
		}
		rows = slices.DeleteFunc(rows, func(p *data.Project) bool { return !on[p] })
	}
	return rows
}

// SetSortQuietly sets the sort without computing a snapshot (the remembered one, at start).
func (s *Session) SetSortQuietly(key string, desc bool) {
	s.view.Query.SortKey, s.view.Query.Desc = key, desc
}
