package ui

import (
	"path/filepath"
	"slices"

	"vertailu/assets/words"
	"vertailu/charts/geo"
	"vertailu/data"
	"vertailu/ui/session"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// storeChanged runs after every Store.Set (on the UI goroutine: the app only sets the store
// inside fyne.Do). It carries the selection and marks over to the new projects by their keys
// (the file, and a list's row).
func (a *App) storeChanged() {
	old := a.marks.List()
	byKey := map[string]*data.Project{}
	if len(old) > 0 || a.ui.table.Selected() != nil { // else nothing to carry over
		for _, p := range a.store.Projects() {
			byKey[p.Key()] = p
		}
	}
	a.marks.Clear()
	for _, p := range old {
		if q := byKey[p.Key()]; q != nil {
			a.marks.Set(q, true)
		}
	}
	if sel := a.ui.table.Selected(); sel != nil {
		a.ui.table.selected = byKey[sel.Key()]
	}
	a.fillFromStore()
}

// fillFromStore fills every view from the store and the current query: the table and the
// details at once, then, each in a step of its own so that the window answers in between
// (22,000 projects take tens of milliseconds a step), the filters' choices, the column
// widths and the warnings.
func (a *App) fillFromStore() {
	a.reselect = true   // the details show the new copy of the selected project
	a.fitColumns = true // once the rows are in
	a.requery()
	a.ui.compare.set(a.marks.List())
	a.updateStatus()
	a.fillFilters()
	a.tasks.Do(a.fillWarnings)
}

// fillWarnings shows the load's warnings, their count on the tab and the status bar.
func (a *App) fillWarnings() {
	a.ui.warnings.set(a.store.Result())
	a.ui.changes.set(a.store.Result())
	a.ui.warnTab.Text = T("Warnings") + warningCountSuffix(a.store.Result())
	a.ui.tabs.Refresh()
	a.updateStatus()
}

func warningCountSuffix(r *data.LoadResult) string {
	_, warn, skip := r.Counts()
	if warn+skip == 0 {
		return ""
	}
	return " (" + itoa(warn+skip) + ")"
}

// requery asks the session for a snapshot of the current view: the query, the totals, and
// the grouping and map rows when their tabs show are computed off the UI goroutine, and show
// applies the newest.
func (a *App) requery() {
	a.askFor()
	a.sess.Refresh()
}

// groupChosen keeps the Groups tab's choice across a rebuild; another field asks for a
// snapshot grouped by it.
func (a *App) groupChosen(c groupChoice) {
	field := a.groupBy.field
	a.groupBy = c
	if c.field != field {
		a.requery()
	}
}

// mapChosen keeps the Map tab's choice across a rebuild and asks for a snapshot: the level's
// field changes what the map's rows leave out.
func (a *App) mapChosen(c mapChoice) {
	a.mapBy = c
	a.requery()
}

// askFor tells the session what the snapshots must carry beside the rows: the grouping while
// the Groups tab shows, the map's rows while the Map shows; nothing for a hidden tab.
func (a *App) askFor() {
	var group, mapped data.Field
	if a.ui.groups.visible {
		group = a.groupBy.field
	}
	if a.ui.mapv.visible {
		mapped = geo.FieldOf(a.mapBy.level)
	}
	a.sess.SetGroupBy(group)
	a.sess.SetMapField(mapped)
}

// show draws a snapshot: the table and its selection, the totals, the notice above the
// table, the groups and the map when they show. One step on the UI goroutine; nothing in it
// goes through the projects but the table's own rows.
func (a *App) show(snap session.Snapshot) {
	a.shown = snap
	rows := snap.Rows
	selected := false
	if sel := a.ui.table.Selected(); sel == nil || !slices.Contains(rows, sel) {
		// The details follow the table: a project filtered out gives way to the first shown.
		var first *data.Project
		if len(rows) > 0 {
			first = rows[0]
		}
		if first != sel {
			a.ui.table.rows = rows
			a.ui.table.SelectProject(first) // refreshes the table, rows and all
			selected = true
		}
	}
	if !selected {
		// A snapshot asked for by another tab (the grouping, the map's rows) often selects
		// the same rows: the table is not redrawn for nothing.
		if !slices.Equal(a.ui.table.Rows(), rows) || a.reselect {
			a.ui.table.SetRows(rows)
		}
		if a.reselect {
			a.selectProject(a.ui.table.Selected())
		}
	}
	a.reselect = false
	a.ui.totals.SetText(totalsText(snap.Totals, len(rows), snap.All))
	a.showNotice(snap)
	a.ui.groups.set(snap)
	a.ui.mapv.set(snap)
	a.updateStatus()
	if a.fitColumns {
		a.fitColumns = false
		a.tasks.Do(a.ui.table.SetColumnWidths) // a step of its own: it measures every row
	}
	if f := a.afterShow; f != nil {
		a.afterShow = nil
		f()
	}
}

// showNotice says above the table why it is empty, or that a search or filter hides some
// marked projects in the "marked only" view, with a button to clear each search and filter
// that is on; it hides when neither is so.
func (a *App) showNotice(snap session.Snapshot) {
	var text string
	switch shown := len(snap.Rows); {
	case shown == 0 && snap.All > 0:
		text = T("No project matches the search and filters:")
	case snap.View.MarkedOnly && shown < snap.Marked:
		text = T("{{.Shown}} of {{.Count}} marked projects show: a search or filter is still on.",
			"Shown", itoa(shown), "Count", itoa(a.marks.Len()))
	}
	n := a.ui.notice
	if text == "" {
		n.Objects = nil
		n.Hide()
		n.Refresh()
		return
	}
	objs := []fyne.CanvasObject{widget.NewLabel(text)}
	for _, c := range a.activeFilters() {
		objs = append(objs, widget.NewButtonWithIcon(c.label, theme.ContentClearIcon(), c.clear))
	}
	n.Objects = objs
	n.Show()
	n.Refresh()
}

// activeFilter is a search or filter that is on: how to name it and how to clear it.
type activeFilter struct {
	label string
	clear func()
}

// activeFilters are the search, the field filters and the subset that are on, in the order
// shown above the table.
func (a *App) activeFilters() []activeFilter {
	var out []activeFilter
	if text := a.sess.Query().Text; text != "" {
		out = append(out, activeFilter{T("Search: “{{.Text}}”", "Text", text), func() { a.ui.search.SetText("") }})
	}
	for _, f := range filterFields {
		if s := a.ui.filters[f]; len(s.Chosen()) > 0 {
			out = append(out, activeFilter{s.PlaceHolder + ": " + s.Selected, func() { s.SetChosenLabels() }})
		}
	}
	if s := a.ui.tagFilter; len(s.Chosen()) > 0 {
		out = append(out, activeFilter{s.PlaceHolder + ": " + s.Selected, func() { s.SetChosenLabels() }})
	}
	if _, labels := subsetChoices(); a.ui.subset.Selected != labels[0] {
		i := slices.Index(labels, a.ui.subset.Selected)
		if i >= 0 {
			out = append(out, activeFilter{a.ui.subset.Selected, func() { a.ui.subset.SetSelected(labels[0]) }})
		}
	}
	return out
}

// mapArea filters the table to area of level, as a click on the map does, or clears the
// level's filter for an area of -1. The filter holds every name the folder's descriptions give
// the area, not only the visible projects': it keeps the area's projects when other filters
// change. Counting every project takes a while at tens of thousands: off the UI goroutine.
func (a *App) mapArea(level geo.Level, area int) {
	field := geo.FieldOf(level)
	if area < 0 {
		a.setMapFilter(field, nil)
		return
	}
	all := a.store.Projects()
	a.tasks.Go(func(do func(func())) {
		names := geo.Count(all, level).Areas[area].Names
		if len(names) == 0 {
			names = []string{geo.Of(level).Areas[area].Name}
		}
		do(func() { a.setMapFilter(field, names) })
	})
}

// setMapFilter restricts field to any of names (nil removes the filter), as a click on the
// map does, and shows the region filter's drop-down accordingly.
func (a *App) setMapFilter(f data.Field, names []string) {
	a.sess.SetFilterQuietly(f, names)
	a.fillFilters()
	a.requery()
}

// totalsText is the line under the table: how many rows show and their funding sums.
func totalsText(t data.Sums, shown, all int) string {
	lang := string(uiLang())
	return T("{{.Shown}} of {{.All}} projects · granted EU+state {{.Granted}} · realised EU+state {{.Realised}} · planned public {{.Planned}} · realised public {{.RealisedPublic}}",
		"Shown", itoa(shown), "All", itoa(all),
		"Granted", words.Of(lang).Sum(t, data.GrantedEUState), "Realised", words.Of(lang).Sum(t, data.RealisedEUState),
		"Planned", words.Of(lang).Sum(t, data.PlannedPublicTotal), "RealisedPublic", words.Of(lang).Sum(t, data.RealisedPublicTotal))
}

// sortBy sorts the table by a column key (a header tap) and remembers it.
func (a *App) sortBy(key string, desc bool) {
	a.prefs.setSort(key, desc)
	a.ui.table.SetSort(key, desc)
	a.sess.SetSort(key, desc)
}

// searchChanged filters as the user types.
func (a *App) searchChanged(text string) {
	a.sess.SetText(text)
}

// setFilter restricts field f to any of values (none removes the filter).
func (a *App) setFilter(f data.Field, values []string) { a.sess.SetFilter(f, values) }

// fillFilters offers the values present in the store; a chosen value that vanished is
// dropped, and a filter left with none. The values are gathered off the UI goroutine (every
// project's, for each filter), and offered in one step.
func (a *App) fillFilters() {
	store, lang := a.store, string(uiLang())
	a.tasks.Go(func(do func(func())) {
		choices := make([]filterChoices, len(filterFields))
		for i, f := range filterFields {
			choices[i] = filterChoicesOf(store, f, lang)
		}
		do(func() { a.offerFilters(choices) })
	})
}

// filterChoices are the values a filter offers, and what its drop-down shows for each.
type filterChoices struct {
	values, labels []string
}

// filterChoicesOf are field f's values in store, the status worded in lang, any other value
// as written.
func filterChoicesOf(store *data.Store, f data.Field, lang string) filterChoices {
	values := store.Distinct(f)
	labels := make([]string, len(values))
	for i, v := range values {
		labels[i] = v
		if f == data.FieldStatus {
			labels[i] = words.Of(lang).Status(v)
		}
	}
	return filterChoices{values, labels}
}

// offerFilters gives each filter its choices, keeping what is chosen where it is still there.
func (a *App) offerFilters(choices []filterChoices) {
	for i, f := range filterFields {
		s := a.ui.filters[f]
		was := a.sess.Query().Filters[f]
		s.SetChoices(choices[i].values, choices[i].labels, was)
		if chosen := s.Chosen(); len(chosen) != len(was) {
			a.sess.SetFilter(f, chosen) // a value chosen is gone from the folder
		}
		field := f
		s.OnChosen = func(values []string) { a.setFilter(field, values) }
	}
}

// selectProject shows p's details.
func (a *App) selectProject(p *data.Project) {
	a.ui.details.set(p, a.store.Result())
	a.ui.notes.set(p)
	a.ui.similar.set(p)
}

// marksChanged refreshes the comparison after marking.
func (a *App) marksChanged() {
	a.ui.compare.set(a.marks.List())
	a.saveMarks()
	a.ui.similar.list.Refresh() // its marks
	if a.sess.MarkedOnly() {
		a.requery() // an unmarked row leaves the "marked only" view
	}
	a.updateStatus()
}

// updateStatus writes the status bar: counts and the open folder.
func (a *App) updateStatus() {
	if a.loading {
		return
	}
	r := a.store.Result()
	t := a.tally.of(r)
	ok, warn, skip := t.ok, t.warn, t.skip
	text := TN("{{.Count}} projects loaded · {{.Warn}} with warnings · {{.Skip}} skipped · {{.Folder}}",
		ok+warn, "Warn", itoa(warn), "Skip", itoa(skip), "Folder", a.folderName())
	if n := a.store.Len(); n != ok+warn { // project lists: many projects a file, or one of several files
		text = TN("{{.Count}} projects from {{.Files}} files · {{.Warn}} with warnings · {{.Skip}} skipped · {{.Folder}}",
			n, "Files", itoa(ok+warn), "Warn", itoa(warn), "Skip", itoa(skip), "Folder", a.folderName())
	}
	if n := a.marks.Len(); n > 0 {
		text = TN("{{.Count}} marked", n) + " · " + text
	}
	if text != a.ui.status.Text { // each snapshot shown asks: the text is shaped only when new
		a.ui.status.SetText(text)
	}
	a.showRowsLost(t.lost)
}

// loadTally is a load's files counted for the status bar: by status, and the rows of project
// lists not read. Every snapshot shown updates the status, and a list of 20,000 rows is as many
// files as a folder of 20,000 descriptions: counted once a load.
type loadTally struct {
	r                    *data.LoadResult
	ok, warn, skip, lost int
}

// of is r's tally, counted when r is not the load counted last.
func (t *loadTally) of(r *data.LoadResult) loadTally {
	if r == nil {
		return loadTally{}
	}
	if t.r != r {
		*t = loadTally{r: r}
		t.ok, t.warn, t.skip = r.Counts()
		for _, f := range r.Files {
			t.lost += f.RowsNotRead()
		}
	}
	return *t
}

// showRowsLost says in the warning colour how many rows of the project lists were not read,
// a click away from the Warnings tab; nothing when every row was read.
func (a *App) showRowsLost(lost int) {
	if lost == 0 {
		a.ui.rowsLost.Hide()
		return
	}
	a.ui.rowsLost.SetText(TN("list.rows_not_read_status", lost))
	a.ui.rowsLost.Show()
}

// folderName names the open folder for the user.
func (a *App) folderName() string {
	if a.dir == "" {
		return T("sample folder")
	}
	return filepath.Clean(a.dir)
}

// setMark marks or unmarks p wherever it is shown (the table, the Similar tab).
func (a *App) setMark(p *data.Project, on bool) {
	if a.marks.Has(p) == on {
		return
	}
	a.ui.table.setMark(p, on)
}

// openProject selects p in the table (the filters cleared when they hide it) and shows its
// overview.
func (a *App) openProject(p *data.Project) { a.openProjectAt(p, "overview") }

// openSource selects p in the table as openProject does and shows its sources, where each
// export's figures are (a row of the Changes tab).
func (a *App) openSource(p *data.Project) { a.openProjectAt(p, "source") }

// openProjectAt selects p in the table (the filters cleared when they hide it) and shows the
// tab named view (see ShowView).
func (a *App) openProjectAt(p *data.Project, view string) {
	if p == nil {
		return
	}
	if !slices.Contains(a.ui.table.Rows(), p) {
		a.ClearFilters()
	}
	a.ui.table.SelectProject(p)
	if i := slices.Index(a.ui.table.Rows(), p); i >= 0 {
		a.ui.table.ScrollTo(widget.TableCellID{Row: i, Col: 1})
	}
	a.ShowView(view)
}
