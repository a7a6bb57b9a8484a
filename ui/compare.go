package ui

import (
	"vertailu/assets/words"
	"vertailu/charts"
	"vertailu/data"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// maxCompare is how many marked projects the comparison shows: more do not read on a radar.
const maxCompare = 6

// compareView shows 2–6 marked projects side by side: radar overlays of the direct and
// indirect scores, grouped funding bars and the key figures in columns.
type compareView struct {
	widget.BaseWidget

	lang     string
	content  *fyne.Container
	direct   *ChartView
	indirect *ChartView
	funding  *ChartView
	shown    []*data.Project
}

// newCompareView is the comparison in lang; its charts are drawn as tasks.
func newCompareView(lang string, tasks *Tasks) *compareView {
	v := &compareView{lang: lang, content: container.NewStack()}
	v.direct = NewChartView(nil, tasks, fyne.NewSize(260, 260))
	v.indirect = NewChartView(nil, tasks, fyne.NewSize(260, 260))
	v.funding = NewChartView(nil, tasks, fyne.NewSize(300, 260))
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer draws the view's content.
func (v *compareView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.content)
}

// set shows the marked projects (the first six).
func (v *compareView) set(marked []*data.Project) {
	var note fyne.CanvasObject = layout.NewSpacer()
	if len(marked) > maxCompare {
		note = widget.NewLabel(T("{{.N}} projects are marked; the comparison shows the first {{.Max}} marked.",
			"N", itoa(len(marked)), "Max", itoa(maxCompare)))
		marked = marked[:maxCompare]
	}
	v.shown = nil
	if len(marked) < 2 {
		setContent(v.content, widget.NewLabel(T("Mark 2–6 projects in the table (click the mark column, or Space) to compare them.")))
		for _, c := range []*ChartView{v.direct, v.indirect, v.funding} {
			c.SetChart(nil)
		}
		return
	}
	v.shown = marked
	lang := v.lang
	v.funding.SetChart(charts.FundingCompare(marked, true, lang))
	// A radar only for a series some project has scores in (list projects have none): an
	// empty web says less than a sentence.
	var cells []fyne.CanvasObject
	var missing []fyne.CanvasObject
	for _, r := range []struct {
		view    *ChartView
		series  charts.Series
		heading string
	}{{v.direct, charts.Direct, T("Sustainability, direct")}, {v.indirect, charts.Indirect, T("Sustainability, indirect")}} {
		if !charts.HasScores(marked, r.series) {
			r.view.SetChart(nil)
			missing = append(missing, widget.NewLabel(r.heading+": "+T("no sustainability scores for these projects")))
			continue
		}
		r.view.SetChart(charts.RadarOverlay(marked, r.series, lang))
		cells = append(cells, labelled(r.heading, r.view))
	}
	cells = append(cells, labelled(T("Funding"), v.funding))
	// Three across on a wide window, two and one below on a laptop's: each at least 400 wide.
	chartsRow := newCellGrid(400, cells...)
	// One vertical scroll: the charts keep a readable height on a small screen and the
	// figures follow below them.
	parts := append([]fyne.CanvasObject{note}, missing...)
	parts = append(parts, chartsRow, keyFigures(marked, lang))
	setContent(v.content, container.NewVScroll(container.NewVBox(parts...)))
}

// Shown returns the projects the comparison shows.
func (v *compareView) Shown() []*data.Project { return v.shown }

func labelled(s string, o fyne.CanvasObject) fyne.CanvasObject {
	return container.NewBorder(heading(s), nil, nil, nil, o)
}

// compareColumns are the figures compared side by side, by column key.
var compareColumns = []string{
	"code", "status", "start", "end", "months", "granted_eu_state", "realised_eu_state",
	"utilisation_eu_state", "planned_public_total", "realised_public_total", "utilisation_public",
	"persons_planned", "cost_per_planned_participant", "sustainability_direct", "sustainability_indirect",
}

// keyFigures is a grid: one row per figure, one column per project.
func keyFigures(ps []*data.Project, lang string) fyne.CanvasObject {
	g := container.NewGridWithColumns(len(ps) + 1)
	g.Add(heading(T("Project")))
	for _, p := range ps {
		l := widget.NewLabelWithStyle(oneLine(p.Name), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
		l.Truncation = fyne.TextTruncateEllipsis
		g.Add(l)
	}
	for _, key := range compareColumns {
		col, ok := data.ColumnByKey(key)
		if !ok {
			continue
		}
		g.Add(widget.NewLabel(words.Of(lang).Column(col)))
		for _, p := range ps {
			l := widget.NewLabelWithStyle(words.Of(lang).Cell(col, p), fyne.TextAlignTrailing, fyne.TextStyle{})
			l.Truncation = fyne.TextTruncateEllipsis
			g.Add(l)
		}
	}
	return g
}
