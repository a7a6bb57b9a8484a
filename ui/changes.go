package ui

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"vertailu/assets/words"
	"vertailu/data"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// changesView is the Changes tab: what moved between two exports of a project list (the two
// newest of one period unless the officer picks others), filtered by kind of change, small
// funding changes hidden below a threshold, sortable; a row opens its project.
type changesView struct {
	widget.BaseWidget

	// OnOpen shows the project of a change (a tap on its row).
	OnOpen func(*data.Project)

	tasks   *Tasks
	content fyne.CanvasObject
	from    *widget.Select
	to      *widget.Select
	aspects [data.Aspects]*widget.Check
	min     *widget.Entry
	summary *widget.Label
	table   *widget.Table

	res     *data.LoadResult
	exps    []data.Export
	ch      *data.Changes
	rows    []data.ProjectChange // shown: filtered and sorted
	sort    int                  // the column sorted by
	desc    bool
	gen     int  // the comparison in flight; an older one's result is dropped
	visible bool // the tab is shown
	stale   bool // the load or the pair changed since the last comparison
	picked  bool // the officer picked the pair: kept across loads while both are there
}

// changeHeaders are the table's column titles (translated when drawn).
var changeHeaders = []string{"column.code", "column.name", "changes.col.kind", "What changed", "Largest change €"}

// newChangesView compares exports as tasks.
func newChangesView(tasks *Tasks) *changesView {
	v := &changesView{tasks: tasks, summary: widget.NewLabel(""), min: widget.NewEntry()}
	v.summary.Wrapping = fyne.TextWrapWord
	v.from = widget.NewSelect(nil, func(string) { v.pairChanged() })
	v.to = widget.NewSelect(nil, func(string) { v.pairChanged() })
	v.from.PlaceHolder, v.to.PlaceHolder = T("(no export)"), T("(no export)")
	var checks []fyne.CanvasObject
	for i := range v.aspects {
		c := widget.NewCheck(words.Of(langCode()).Aspect(data.Aspect(i)), func(bool) { v.refilter() })
		c.Checked = true
		v.aspects[i] = c
		checks = append(checks, c)
	}
	v.min.SetPlaceHolder("0")
	v.min.OnChanged = func(string) { v.refilter() }
	v.table = widget.NewTableWithHeaders(func() (int, int) { return len(v.rows), len(changeHeaders) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		}, v.updateCell)
	v.table.ShowHeaderColumn = false
	v.table.CreateHeader = newHeaderCell
	v.table.UpdateHeader = v.header
	for i, w := range []float32{90, 260, 150, 560, 150} {
		v.table.SetColumnWidth(i, w)
	}
	v.table.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(v.rows) && v.OnOpen != nil && v.rows[id.Row].Project != nil {
			v.OnOpen(v.rows[id.Row].Project)
		}
	}
	wide := func(s *widget.Select) fyne.CanvasObject {
		return container.NewGridWrap(fyne.NewSize(300, s.MinSize().Height), s)
	}
	// Two rows: a window as narrow as a 1024 px screen leaves keeps them whole.
	pair := container.NewHBox(widget.NewLabel(T("From")), wide(v.from), widget.NewLabel(T("to")), wide(v.to))
	threshold := container.NewHBox(widget.NewLabel(T("Hide funding changes under (€)")), container.NewGridWrap(fyne.NewSize(110, v.min.MinSize().Height), v.min))
	top := container.NewVBox(pair, threshold, newFlowGrid(checks...), v.summary)
	v.content = container.NewBorder(top, nil, nil, nil, v.table)
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer draws the view's content.
func (v *changesView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.content)
}

// set takes a new load's result and compares its exports.
func (v *changesView) set(r *data.LoadResult) {
	v.res, v.stale = r, true
	v.update()
}

// show tells the view whether its tab is shown.
func (v *changesView) show(on bool) {
	v.visible = on
	v.update()
}

// update compares the exports off the UI goroutine when the load changed (whether the tab
// shows or not: the export menu and the meeting pack offer the changes too): the two newest of
// one period, or the pair picked before when both are still there.
func (v *changesView) update() {
	if !v.stale || v.res == nil {
		return
	}
	v.stale = false
	v.gen++
	gen, res, fromFile, toFile := v.gen, v.res, "", ""
	if v.picked {
		fromFile, toFile = v.fileOf(v.from), v.fileOf(v.to)
	}
	v.tasks.Go(func(do func(func())) {
		exps := data.Exports(res)
		x, okx := data.ExportByFile(exps, fromFile)
		y, oky := data.ExportByFile(exps, toFile)
		if !okx || !oky || x.File == y.File {
			x, y, okx = data.LatestPair(exps)
		}
		var ch *data.Changes
		if okx {
			ch = data.Compare(x, y)
		}
		do(func() { v.compared(gen, exps, ch) })
	})
}

// pairChanged compares the pair the officer picked.
func (v *changesView) pairChanged() {
	if v.ch == nil || v.fileOf(v.from) == "" || v.fileOf(v.to) == "" || v.fileOf(v.from) == v.fileOf(v.to) {
		return // no pair yet: the other picker is still to change
	}
	if v.fileOf(v.from) == v.ch.From.File && v.fileOf(v.to) == v.ch.To.File {
		return // the pair shown (set by compared)
	}
	v.stale, v.picked = true, true
	v.update()
}

// exportLabel names an export in the pickers: its file and date.
func exportLabel(e data.Export) string {
	return e.File + " (" + data.FormatDate(e.Date.Date, langCode()) + ")"
}

// fileOf is the file of the export a picker shows, "" for none.
func (v *changesView) fileOf(s *widget.Select) string {
	for _, e := range v.exps {
		if exportLabel(e) == s.Selected {
			return e.File
		}
	}
	return ""
}

// compared shows a comparison's result, unless a newer one was asked for meanwhile.
func (v *changesView) compared(gen int, exps []data.Export, ch *data.Changes) {
	if gen != v.gen {
		return
	}
	v.exps, v.ch = exps, ch
	labels := make([]string, len(exps))
	for i, e := range exps {
		labels[i] = exportLabel(e)
	}
	v.from.Options, v.to.Options = labels, slices.Clone(labels)
	if ch != nil {
		v.from.Selected, v.to.Selected = exportLabel(ch.From), exportLabel(ch.To)
	}
	v.from.Refresh()
	v.to.Refresh()
	v.refilter()
}

// threshold is the euros below which funding changes are hidden; 0 when the entry holds no
// number.
func (v *changesView) threshold() int64 {
	s := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u00a0' || r == '€' {
			return -1
		}
		return r
	}, v.min.Text)
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return 0
	}
	return n
}

// shownChanges are the projects the filters let through, small funding changes dropped.
func (v *changesView) shownChanges() []data.ProjectChange {
	if v.ch == nil {
		return nil
	}
	var show [data.Aspects]bool
	for i, c := range v.aspects {
		show[i] = c.Checked
	}
	min := v.threshold()
	var out []data.ProjectChange
	for _, pc := range v.ch.Projects {
		if pc.Shown(show, min) {
			out = append(out, pc)
		}
	}
	return data.Larger(out, min)
}

// refilter applies the filters and the sort and redraws.
func (v *changesView) refilter() {
	v.rows = v.shownChanges()
	v.sortRows()
	v.summary.SetText(v.summaryText())
	v.table.Refresh()
}

func (v *changesView) sortRows() {
	lang := langCode()
	slices.SortStableFunc(v.rows, func(a, b data.ProjectChange) int {
		var r int
		switch v.sort {
		case 1:
			r = data.CompareText(a.Name, b.Name)
		case 2:
			r = strings.Compare(words.Of(lang).ChangeKind(a), words.Of(lang).ChangeKind(b))
		case 4:
			r = cmp.Compare(abs(a.Largest()), abs(b.Largest()))
		default:
			r = strings.Compare(a.Code, b.Code)
		}
		if v.desc {
			r = -r
		}
		return r
	})
}

func abs(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// summaryText says what was compared, how many projects moved and the totals' changes:
// "Since 25.7.2026: 3 new, 1 no longer listed, 40 changed · Realised EU+state € +12 400 000 €".
func (v *changesView) summaryText() string {
	if v.ch == nil {
		return T("No two exports of one project list in this folder: open a folder that holds two (for example two downloads of the EURA 2021 export).")
	}
	lang := langCode()
	added, removed, changed := v.ch.Count()
	parts := []string{T("Since {{.Date}} ({{.File}}): {{.New}} new, {{.Gone}} no longer listed, {{.Changed}} changed; {{.Shown}} shown",
		"Date", data.FormatDate(v.ch.From.Date.Date, lang), "File", v.ch.From.File, "New", itoa(added), "Gone", itoa(removed),
		"Changed", itoa(changed), "Shown", itoa(len(v.rows)))}
	for _, t := range v.ch.Totals {
		if d := t.Difference(); d.Known && d.V != 0 {
			parts = append(parts, words.Of(lang).ColumnKey(t.Field)+" "+signedEuro(d.V))
		}
	}
	return strings.Join(parts, " · ")
}

// signedEuro is an amount with its sign: "+250 €", "−1 000 €".
func signedEuro(v int64) string {
	s := data.FormatEuro(data.KnownInt(v), langCode())
	if v > 0 {
		s = "+" + s
	}
	return s
}

// whatChanged words a project's changes: "Status: Running » Ended; Realised EU+state €:
// 100 € » 350 € (+250 €, +250,0 %)" (the app's font has no arrow).
func whatChanged(pc data.ProjectChange) string {
	lang := langCode()
	var parts []string
	for _, c := range pc.Changes {
		s := words.Of(lang).ColumnKey(c.Field) + ": " + words.Of(lang).ChangeValue(c.From, c.Field) + " » " + words.Of(lang).ChangeValue(c.To, c.Field)
		if d := c.Difference(); d.Known {
			s += " (" + signedEuro(d.V)
			if q := c.Ratio(); q.Known {
				p := data.FormatPercent(q, lang)
				if q.V > 0 {
					p = "+" + p
				}
				s += ", " + p
			}
			s += ")"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func (v *changesView) header(id widget.TableCellID, o fyne.CanvasObject) {
	h, ok := o.(*headerCell)
	if !ok || id.Col < 0 || id.Col >= len(changeHeaders) {
		return
	}
	col := id.Col
	align := fyne.TextAlignLeading
	if col == 4 {
		align = fyne.TextAlignTrailing
	}
	tap := func() { v.tapHeader(col) }
	if col == 3 {
		tap = nil // the changes' words do not sort
	}
	h.set(T(changeHeaders[col]), v.sort == col, v.desc, align, tap)
}

// tapHeader sorts by a column: ascending first, then descending.
func (v *changesView) tapHeader(col int) {
	if v.sort == col {
		v.desc = !v.desc
	} else {
		v.sort, v.desc = col, false
	}
	v.sortRows()
	v.table.Refresh()
}

func (v *changesView) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	if id.Row < 0 || id.Row >= len(v.rows) {
		return
	}
	pc := v.rows[id.Row]
	l.Alignment = fyne.TextAlignLeading
	switch id.Col {
	case 0:
		l.SetText(pc.Code)
	case 1:
		l.SetText(pc.Name)
	case 2:
		l.SetText(words.Of(langCode()).ChangeKind(pc))
	case 3:
		l.SetText(whatChanged(pc))
	case 4:
		l.Alignment = fyne.TextAlignTrailing
		if n := pc.Largest(); n != 0 {
			l.SetText(signedEuro(n))
		} else {
			l.SetText("")
		}
	}
}

// packChanges is the comparison for the meeting pack: the projects the tab shows (filtered,
// small funding changes left out) with the totals of all; nil when there is none.
func (v *changesView) packChanges() *data.Changes {
	if v.ch == nil {
		return nil
	}
	ch := *v.ch
	ch.Projects = slices.Clone(v.rows)
	return &ch
}

// Shown returns the changes the tab shows, in its order (the exports write them so).
func (v *changesView) Shown() []data.ProjectChange { return v.rows }
