package ui

import (
	"strings"

	"vertailu/ui/session"

	"vertailu/assets/words"
	"vertailu/data"
	"vertailu/data/similar"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// similarTop is how many projects the Similar tab lists.
const similarTop = 20

// similarIndex is the index of similar projects built for one load's projects.
type similarIndex struct {
	res *data.LoadResult
	ix  *similar.Index
}

// buildSimilar builds the index of r's projects: on the loading worker, never on the UI
// goroutine (a second for a large folder).
func buildSimilar(r *data.LoadResult) similarIndex {
	if r == nil {
		return similarIndex{}
	}
	return similarIndex{res: r, ix: similar.New(r.Projects, similar.Options{})}
}

// similarView is the Similar tab: the projects most like the selected one, or like a text
// the officer pasted, each a tap away and markable from there.
type similarView struct {
	widget.BaseWidget

	// OnOpen shows a project listed (a tap on its row).
	OnOpen func(*data.Project)
	// OnMark marks or unmarks a project listed (its row's check).
	OnMark func(p *data.Project, on bool)
	// Index is the index of the projects shown, nil while it is being built (refresh is
	// called again when it is ready).
	Index func() *similar.Index

	marks   *session.Marks
	tasks   *Tasks
	asked   int // the queries asked for; an older one's answer is dropped
	content *fyne.Container
	header  *widget.Label
	list    *widget.List
	textBtn *widget.Button
	visible bool

	project *data.Project // the project asked about; nil for a text or nothing
	text    string        // the text asked about, when project is nil
	matches []similar.Match
	stale   bool // the matches are not yet for the project or text
}

// newSimilarView lists similar projects, each row's check showing marks, the queries run as
// tasks; onText asks for a text to find projects like.
func newSimilarView(marks *session.Marks, tasks *Tasks, onText func()) *similarView {
	v := &similarView{marks: marks, tasks: tasks}
	v.header = widget.NewLabel(T("Select a project in the table to see its details."))
	v.header.Wrapping = fyne.TextWrapWord
	v.textBtn = widget.NewButtonWithIcon(T("Find projects like this text…"), theme.SearchIcon(), onText)
	v.list = widget.NewList(func() int { return len(v.matches) }, newSimilarRow, v.updateRow)
	v.list.OnSelected = func(id widget.ListItemID) {
		v.list.UnselectAll()
		if id >= 0 && id < len(v.matches) && v.OnOpen != nil {
			v.OnOpen(v.matches[id].Project)
		}
	}
	list := container.New(lowLayout{}, v.list)
	v.content = container.NewBorder(container.NewBorder(nil, nil, nil, v.textBtn, v.header), nil, nil, nil, list)
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer draws the view's content.
func (v *similarView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.content)
}

// lowLayout gives its object all its room but asks for no height: the list scrolls itself, and
// the details pane keeps the least height the other tabs give it.
type lowLayout struct{}

func (lowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (lowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w float32
	for _, o := range objs {
		w = max(w, o.MinSize().Width)
	}
	return fyne.NewSize(w, 0)
}

// show says whether the tab is on screen; it finds the projects when it comes on screen.
func (v *similarView) show(on bool) {
	v.visible = on
	v.refresh()
}

// set asks for the projects like p (nil: none).
func (v *similarView) set(p *data.Project) {
	v.project, v.text, v.stale = p, "", true
	v.refresh()
}

// setText asks for the projects like text.
func (v *similarView) setText(text string) {
	v.project, v.text, v.stale = nil, text, true
	v.refresh()
}

// refresh finds the projects when the tab shows and the list is stale: the query runs as a
// task (a few milliseconds among 22,000 projects, more on a busy machine), and the newest
// asked for is shown. The index is built on the loading worker, or, for a set the store got
// otherwise, in the background first.
func (v *similarView) refresh() {
	if !v.visible || !v.stale {
		return
	}
	var ix *similar.Index
	if v.Index != nil {
		ix = v.Index()
	}
	if ix == nil {
		v.header.SetText(T("Comparing the projects' words…"))
		return
	}
	v.stale = false
	v.asked++
	asked, p, text := v.asked, v.project, v.text
	v.tasks.Go(func(do func(func())) {
		var matches []similar.Match
		switch {
		case p != nil:
			matches = ix.LikeProject(p, similarTop)
		case strings.TrimSpace(text) != "":
			matches = ix.LikeText(text, similarTop)
		}
		do(func() {
			if asked == v.asked {
				v.showMatches(matches)
			}
		})
	})
}

// showMatches lists matches under a header naming what they are like.
func (v *similarView) showMatches(matches []similar.Match) {
	v.matches = matches
	var head string
	switch {
	case v.project != nil:
		head = T("Projects most like {{.Code}} {{.Name}}", "Code", v.project.Code, "Name", v.project.Name)
		if similar.NameOnly(v.project) {
			head += " — " + T("known by its name only, so compared by its name")
		}
	case strings.TrimSpace(v.text) != "":
		head = T("Projects most like the text: {{.Text}}", "Text", clipText(v.text, 80))
	default:
		head = T("Select a project in the table to see its details.")
	}
	if len(matches) == 0 && (v.project != nil || v.text != "") {
		head += "\n" + T("No project shares a word with it.")
	}
	v.header.SetText(head)
	v.list.Refresh()
	v.list.ScrollToTop()
}

// newSimilarRow is a row's template: a mark check, then three lines: the project, its
// figures, the words it shares.
func newSimilarRow() fyne.CanvasObject {
	// Cut to the row as the table's cells are (cellLabel): a list refreshed shapes its texts
	// once, not at every redraw.
	title, facts, shared := newCellLabel(), newCellLabel(), newCellLabel()
	title.TextStyle.Bold = true
	shared.TextStyle.Italic = true
	check := widget.NewCheck("", nil)
	return container.NewBorder(nil, nil, check, nil, container.NewVBox(title, facts, shared))
}

// similarRow is what a row shows.
type similarRow struct {
	check                *widget.Check
	title, facts, shared *cellLabel
}

func similarRowParts(o fyne.CanvasObject) similarRow {
	c := o.(*fyne.Container)
	var r similarRow
	for _, o := range c.Objects {
		switch w := o.(type) {
		case *widget.Check:
			r.check = w
		case *fyne.Container:
			r.title, r.facts, r.shared = w.Objects[0].(*cellLabel), w.Objects[1].(*cellLabel), w.Objects[2].(*cellLabel)
		}
	}
	return r
}

func (v *similarView) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id < 0 || id >= len(v.matches) {
		return
	}
	m := v.matches[id]
	p := m.Project
	r := similarRowParts(o)
	lang := langCode()
	score := data.FormatDecimal(m.Score, 2, lang)
	r.title.SetFull(itoa(id+1) + ". " + p.Code + " " + p.Name + "  (" + T("score {{.Score}}", "Score", score) + ")")
	r.facts.SetFull(joinNonEmpty(" · ",
		p.Applicant.Name, data.PeriodText(p.Period), words.Of(string(uiLang())).Status(p.Status),
		T("granted {{.Granted}}, realised {{.Realised}} EU+state", "Granted", data.FormatEuro(p.Funding.GrantedEUState, lang), "Realised", data.FormatEuro(p.Funding.RealisedEUState, lang)),
		T("utilisation {{.Utilisation}}", "Utilisation", data.FormatPercent(p.Derived.UtilisationEUState, lang))))
	shared := T("Shared words: {{.Words}}", "Words", strings.Join(m.Shared, ", "))
	if m.NameOnly {
		shared += " — " + T("known by its name only")
	}
	r.shared.SetFull(shared)
	r.check.OnChanged = nil
	r.check.SetChecked(v.marks.Has(p))
	r.check.OnChanged = func(on bool) {
		if v.OnMark != nil {
			v.OnMark(p, on)
		}
	}
}

// Matches returns the projects the tab lists, best first.
func (v *similarView) Matches() []similar.Match { return v.matches }

// similarIndexShown is the index of the projects the store holds (see similarFor).
func (a *App) similarIndexShown() *similar.Index { return a.similarFor(a.store.Result()) }

// similarFor returns the index of r's projects, or nil while it is being built: a set the store
// got without a load of the app's (a test's, a benchmark's) has it built in the background,
// and the Similar tab filled when it is ready.
func (a *App) similarFor(r *data.LoadResult) *similar.Index {
	if a.similar.res == r && a.similar.ix != nil {
		return a.similar.ix
	}
	if a.similarBuilding == r {
		return nil
	}
	a.similarBuilding = r
	a.tasks.Go(func(do func(func())) {
		si := buildSimilar(r)
		do(func() {
			if a.similarBuilding != r || a.store.Result() != r {
				return // another set came meanwhile
			}
			a.similarBuilding = nil
			a.similar = si
			a.ui.similar.refresh()
		})
	})
	return nil
}

// ShowSimilarText asks for a text (a new application's summary, an idea) and lists the
// projects most like it in the Similar tab.
func (a *App) ShowSimilarText() {
	entry := &escEntry{} // Esc closes the dialog even while the text has the focus
	entry.MultiLine = true
	entry.Wrapping = fyne.TextWrapWord
	entry.ExtendBaseWidget(entry)
	entry.SetPlaceHolder(T("Paste a summary of a new application, or describe an idea…"))
	entry.SetMinRowsVisible(8)
	if t := a.ui.similar.text; t != "" {
		entry.SetText(t)
	}
	d := dialog.NewCustomConfirm(T("Find projects like this text…"), T("Find"), T("Cancel"), entry, func(ok bool) {
		if ok {
			a.findLikeText(entry.Text)
		}
	}, a.win)
	d.Resize(fyne.NewSize(min(700, a.win.Canvas().Size().Width*0.9), 0))
	entry.onEsc = d.Hide
	a.present(d, nil) // Enter makes a new line in the text; the button finds
	a.win.Canvas().Focus(entry)
}

// findLikeText lists the projects most like text in the Similar tab and shows it.
func (a *App) findLikeText(text string) {
	a.ui.similar.setText(text)
	a.ShowView("similar")
}

// clipText is s on one line, cut to n letters.
func clipText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
