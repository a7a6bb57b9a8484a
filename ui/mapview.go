package ui

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"vertailu/charts"
	"vertailu/charts/geo"
	"vertailu/data"
	"vertailu/ui/session"
)

// mapChoice is what the map shows; it outlives a language switch.
type mapChoice struct {
	level  geo.Level
	figure charts.MapFigure
}

// mapView is the Map tab: the visible projects' regions or municipalities shaded by a figure.
// The pointer over an area shows its figures beside the map; a click filters the table to
// the area, and a second click clears that filter. The map leaves its own filter out of what
// it shades, so the other areas stay in view and the chosen one is outlined.
type mapView struct {
	widget.BaseWidget

	// OnChoose hears of another level or figure: the app keeps the choice across a rebuild
	// and asks for a snapshot with the rows of the level's field.
	OnChoose func(mapChoice)
	// OnArea filters the table to area of level, or clears the level's filter when area is -1.
	OnArea func(level geo.Level, area int)

	choice  mapChoice
	lang    string
	tasks   *Tasks
	filter  []string // the names the map's filter holds in the snapshot shown
	content fyne.CanvasObject
	level   *widget.Select
	figure  *widget.Select
	chart   *ChartView
	input   *mapInput
	info    *widget.Label
	notes   *widget.Label
	texts   *container.Scroll // the info and the notes, one above the other
	current *charts.MapChart
	pointed int  // the area last pointed at, whose figures show; -1 for none
	visible bool // the tab is shown: the snapshots carry its rows only then
	rows    []*data.Project
	drawn   int // counts the maps asked for; an older one is dropped
}

// mapLevels are the levels offered, in order.
var mapLevels = []geo.Level{geo.Regions, geo.Municipalities, geo.AuthorityAreas}

func levelName(l geo.Level) string {
	switch l {
	case geo.Municipalities:
		return T("Municipalities")
	case geo.AuthorityAreas:
		return T("Regions by the funding authority’s area")
	}
	return T("Regions")
}

// newMapView shows the map as choice says, in lang; the maps are tallied and drawn as tasks.
func newMapView(choice mapChoice, lang string, tasks *Tasks) *mapView {
	v := &mapView{choice: choice, lang: lang, tasks: tasks, info: widget.NewLabel(""), notes: widget.NewLabel(""), pointed: -1}
	v.info.Wrapping = fyne.TextWrapWord
	v.notes.Wrapping = fyne.TextWrapWord
	v.level = newChoice(len(mapLevels), func(i int) string { return levelName(mapLevels[i]) }, int(choice.level), func(i int) {
		v.choice.level = mapLevels[i]
		v.pointed = -1
		v.chose()
	})
	v.figure = newChoice(len(charts.MapFigures), func(i int) string { return charts.MapFigures[i].Name(lang) }, int(choice.figure), func(i int) {
		v.choice.figure = charts.MapFigures[i]
		v.chose()
	})
	v.chart = NewChartView(nil, tasks, fyne.NewSize(240, 200))
	v.input = newMapInput(v)
	// The choices go beside the map, not above it: the map needs every pixel of height.
	controls := container.New(layout.NewFormLayout(), widget.NewLabel(T("Show")), v.level, widget.NewLabel(T("Shade by")), v.figure)
	v.texts = container.NewVScroll(container.NewVBox(v.info, widget.NewSeparator(), v.notes))
	side := container.NewBorder(controls, nil, nil, nil, v.texts)
	split := container.NewHSplit(container.NewStack(v.chart, v.input), side)
	split.Offset = 0.6
	v.content = split
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer draws the view's content.
func (v *mapView) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(v.content) }

// newChoice is a drop-down of n options named by name, with selected chosen, calling on with
// the index chosen.
func newChoice(n int, name func(int) string, selected int, on func(int)) *widget.Select {
	names := make([]string, n)
	for i := range names {
		names[i] = name(i)
	}
	s := widget.NewSelect(names, nil)
	if selected >= 0 && selected < n {
		s.Selected = names[selected]
	}
	s.OnChanged = func(c string) {
		if i := slices.Index(names, c); i >= 0 {
			on(i)
		}
	}
	return s
}

// show tells the view whether its tab is shown: a snapshot with its rows follows.
// It reports whether the tab was just shown, and a snapshot with the map's rows is wanted.
func (v *mapView) show(on bool) (entered bool) {
	entered = on && !v.visible
	v.visible = on
	return entered
}

// chose tells OnChoose of another level or figure; the map follows with the snapshot.
func (v *mapView) chose() {
	if v.OnChoose != nil {
		v.OnChoose(v.choice)
	}
}

// set draws the map of a snapshot's rows, when it carries them (the tab shows).
func (v *mapView) set(snap session.Snapshot) {
	if !v.visible || snap.View.MapField == "" {
		return
	}
	v.rows = snap.MapRows
	v.filter = snap.View.Query.Filters[snap.View.MapField]
	v.draw(v.filter)
}

// draw tallies the rows into the map off the UI goroutine and shows it, selected being the
// names the map's filter holds; a map asked for later wins.
func (v *mapView) draw(selected []string) {
	level := v.choice.level
	opt := charts.MapOptions{Level: level, Figure: v.choice.figure}
	if len(selected) > 0 {
		if i, ok := geo.Of(level).Find(selected[0]); ok {
			opt.Selected = geo.Of(level).Areas[i].Code
		}
	}
	if areas := geo.Of(level).Areas; v.pointed >= 0 && v.pointed < len(areas) {
		opt.Pointed = areas[v.pointed].Code
	}
	v.drawn++
	n, rows, lang := v.drawn, v.rows, v.lang
	v.tasks.Go(func(do func(func())) {
		m := charts.Map(rows, opt, lang)
		do(func() {
			if n != v.drawn {
				return
			}
			v.current = m
			v.chart.SetChart(m)
			v.notes.SetText(strings.Join(append(m.Notes(), unknownNames(m.Tally().Unknown)), "\n"))
			v.showInfo()
		})
	})
}

// unknownNames says which names the descriptions gave that are not on the map (the first
// eight), "" when there are none.
func unknownNames(names []string) string {
	if len(names) == 0 {
		return ""
	}
	shown := names[:min(len(names), 8)]
	text := strings.Join(shown, ", ")
	if len(names) > len(shown) {
		text += " " + TN("+{{.Count}} more", len(names)-len(shown))
	}
	return T("Names not on the map: {{.Names}}", "Names", text)
}

// outline redraws the map with area i outlined as the one pointed at (the counts stay).
func (v *mapView) outline(i int) {
	opt := v.current.Options()
	opt.Pointed = v.current.Tally().Map.Areas[i].Code
	v.current = charts.MapOf(v.current.Tally(), opt, v.lang)
	v.chart.SetChart(v.current)
}

// showInfo shows the figures of the area last pointed at, or how to use the map.
func (v *mapView) showInfo() {
	if v.pointed < 0 || v.current == nil {
		v.info.SetText(T("Point at an area to see its figures; click it to filter the table to it, and click it again to clear the filter."))
	} else {
		v.info.SetText(v.current.AreaText(v.pointed))
	}
	v.texts.Refresh() // the texts' heights changed: the separator goes between them
}

// areaAt is the area under a position of the map widget.
func (v *mapView) areaAt(p fyne.Position) (int, bool) {
	if v.current == nil {
		return -1, false
	}
	s := v.chart.Size()
	return v.current.AreaAt(int(s.Width), int(s.Height), float64(p.X), float64(p.Y))
}

// hover shows the figures of the area under p.
func (v *mapView) hover(p fyne.Position) {
	if i, ok := v.areaAt(p); ok && i != v.pointed {
		v.pointed = i
		v.showInfo()
		v.outline(i)
	}
}

// leave forgets the area pointed at when the pointer leaves the map: the figures give way to
// how to use the map, and the map is drawn without the outline.
func (v *mapView) leave() {
	if v.pointed < 0 {
		return
	}
	v.pointed = -1
	v.showInfo()
	if v.current != nil {
		opt := v.current.Options()
		opt.Pointed = ""
		v.current = charts.MapOf(v.current.Tally(), opt, v.lang)
		v.chart.SetChart(v.current)
	}
}

// tap filters the table to the area under p, or clears the filter when it is that area's.
func (v *mapView) tap(p fyne.Position) {
	i, ok := v.areaAt(p)
	if !ok {
		return
	}
	v.pointed = i
	v.showInfo()
	level := v.choice.level
	if len(v.filter) > 0 {
		if j, ok := geo.Of(level).Find(v.filter[0]); ok && j == i {
			i = -1 // the area filtered to: a second click clears the filter
		}
	}
	if v.OnArea != nil {
		v.OnArea(level, i)
	}
}
