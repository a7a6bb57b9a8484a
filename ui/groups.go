package ui

import (
	"cmp"
	"slices"

	"vertailu/assets/words"
	"vertailu/charts"
	"vertailu/data"
	"vertailu/ui/session"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// groupChoice is how the groups table is grouped and sorted; it outlives a language switch.
type groupChoice struct {
	field data.Field
	sort  int // the column sorted by, -1 for the grouping's own order
	desc  bool
}

// newGroupChoice groups by f, largest granted EU+state first: a column in view at 1280 px
// (the planned public total, the grouping's own order, is off to the right), its ▼ shown.
func newGroupChoice(f data.Field) groupChoice { return groupChoice{field: f, sort: 2, desc: true} }

// Widths of the group table's name column: it widens to the longest name up to the most,
// then longer names wrap onto more lines.
const (
	groupNameMinWidth = 260
	groupNameMaxWidth = 380
)

// groupsView groups the visible projects by one field: a table of counts and sums with a
// total row that counts each project once, and a bar chart.
type groupsView struct {
	widget.BaseWidget

	// OnChoose hears of another grouping field or sort: the app keeps the choice across a
	// rebuild, and a new field needs a snapshot grouped by it.
	OnChoose func(groupChoice)

	choice   groupChoice
	lang     string
	content  fyne.CanvasObject
	pick     *widget.Select
	table    *widget.Table
	note     *widget.Label
	chart    *ChartView
	grouping data.Grouping
	groups   []data.Group // grouping.Groups in the order shown
	visible  bool         // the tab is shown: the snapshots carry the grouping only then

	nameWidth float32   // the name column's width, as fitNames set it
	heights   []float32 // each group row's height, as fitNames set it
}

// groupFields are the fields offered for grouping.
var groupFields = []data.Field{
	data.FieldPriorityAxis, data.FieldSpecificObjective, data.FieldAuthority,
	data.FieldRegion, data.FieldMunicipality, data.FieldStatus, data.FieldOrgType, data.FieldFund,
	data.FieldPeriod, data.FieldAuthorityArea,
}

// fieldTitle names a filter and grouping field.
func fieldTitle(f data.Field) string {
	title, _ := fieldLabels(f)
	return title
}

// fieldLabels returns a field's name and its filter's "no restriction" choice, translated.
func fieldLabels(f data.Field) (title, all string) {
	if slices.Contains(data.GroupFields, f) {
		return T("group." + string(f)), T("group.all." + string(f))
	}
	return string(f), T("All")
}

// groupHeaders are the group table's column titles (translated when drawn).
var groupHeaders = []string{
	"Group", "Projects", "Granted EU+state", "Realised EU+state", "Utilisation EU+state (of the sums)",
	"Planned public total", "Realised public total", "Mean utilisation of the projects",
}

// newGroupsView groups as choice says, in lang; its chart is drawn as a task.
func newGroupsView(choice groupChoice, lang string, tasks *Tasks) *groupsView {
	v := &groupsView{choice: choice, lang: lang, note: widget.NewLabel("")}
	v.note.Wrapping = fyne.TextWrapWord
	names := make([]string, len(groupFields))
	for i, f := range groupFields {
		names[i] = fieldTitle(f)
	}
	v.pick = widget.NewSelect(names, func(s string) {
		if i := slices.Index(names, s); i >= 0 && groupFields[i] != v.choice.field {
			v.choice = newGroupChoice(groupFields[i])
			v.chose()
		}
	})
	v.pick.Selected = fieldTitle(v.choice.field)
	v.table = widget.NewTableWithHeaders(v.size, func() fyne.CanvasObject {
		return widget.NewLabel("")
	}, v.updateCell)
	v.table.ShowHeaderColumn = false
	v.table.StickyColumnCount = 1 // the group's name stays in view
	v.table.CreateHeader = newHeaderCell
	v.table.UpdateHeader = v.header
	v.table.SetColumnWidth(0, groupNameMinWidth)
	for i := 1; i < len(groupHeaders); i++ {
		v.table.SetColumnWidth(i, 170)
	}
	v.chart = NewChartView(nil, tasks, fyne.NewSize(300, 200))
	top := container.NewBorder(nil, nil, widget.NewLabel(T("Group by")), nil, v.pick)
	split := container.NewHSplit(container.NewBorder(nil, v.note, nil, nil, v.table), v.chart)
	split.Offset = 0.55
	v.content = container.NewBorder(top, nil, nil, nil, split)
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer draws the view's content.
func (v *groupsView) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(v.content) }

// chose tells OnChoose of the choice made.
func (v *groupsView) chose() {
	if v.OnChoose != nil {
		v.OnChoose(v.choice)
	}
}

// set shows a snapshot's grouping, when it carries one by the chosen field (the tab shows).
func (v *groupsView) set(snap session.Snapshot) {
	if !v.visible || snap.View.GroupBy != v.choice.field {
		return
	}
	v.grouping = snap.Grouping
	v.sortGroups()
	v.note.SetText(groupNote(v.grouping))
}

// show tells the view whether its tab is shown: a snapshot with the grouping follows.
// It reports whether the tab was just shown, and a snapshot with the grouping is wanted.
func (v *groupsView) show(on bool) (entered bool) {
	entered = on && !v.visible
	v.visible = on
	return entered
}

// groupNote says how a project in several groups is counted, and which sums leave out
// unknown values.
func groupNote(g data.Grouping) string {
	note := ""
	if g.Overlap {
		note = T("A project in several groups counts in each of them; the total counts it once.")
	}
	if u := words.Of(string(uiLang())).UnknownNote(g.Total); u != "" {
		if note != "" {
			note += " "
		}
		note += u
	}
	return note
}

// sortGroups orders the groups by the chosen column (the grouping's order for -1).
func (v *groupsView) sortGroups() {
	v.groups = orderGroups(v.grouping.Groups, v.choice)
	v.fitNames()
	v.table.Refresh()
	shown := v.grouping
	shown.Groups = v.groups // the chart lists the groups in the table's order
	v.chart.SetChart(charts.Groups(shown, v.lang))
}

// orderGroups is groups in the order c chose (the grouping's own for a sort of -1), a copy: the
// Groups tab shows them so, and its exports write them so.
func orderGroups(groups []data.Group, c groupChoice) []data.Group {
	out := slices.Clone(groups)
	if c.sort >= 0 {
		slices.SortStableFunc(out, func(a, b data.Group) int {
			r := compareGroups(a, b, c.sort)
			if c.desc {
				r = -r
			}
			return r
		})
	}
	return out
}

// groupName is how the table and the chart name a group: an empty value is "(no value)".
func (v *groupsView) groupName(g data.Group) string {
	if g.Value == "" {
		return T("(no value)")
	}
	return words.Of(string(uiLang())).Value(v.grouping.Field, g.Value)
}

// fitNames widens the name column to the longest group name (within bounds) and gives a
// name that still does not fit the lines it wraps onto, so that no name is cut.
func (v *groupsView) fitNames() {
	size, pad := theme.TextSize(), 2*theme.InnerPadding()
	width := float32(groupNameMinWidth)
	for _, g := range v.groups {
		width = max(width, fyne.MeasureText(v.groupName(g), size, fyne.TextStyle{}).Width+pad+2*theme.Padding())
	}
	width = min(width, groupNameMaxWidth)
	v.nameWidth = width
	v.table.SetColumnWidth(0, width)
	probe := widget.NewLabel("")
	probe.Wrapping = fyne.TextWrapWord
	oneLine := probe.MinSize().Height
	v.heights = make([]float32, len(v.groups))
	for i, g := range v.groups {
		probe.SetText(v.groupName(g))
		probe.Resize(fyne.NewSize(width, oneLine))
		v.heights[i] = max(oneLine, probe.MinSize().Height)
		v.table.SetRowHeight(i, v.heights[i])
	}
	v.table.SetRowHeight(len(v.groups), oneLine) // the total row
}

// compareGroups compares two groups by column col of the table.
func compareGroups(a, b data.Group, col int) int {
	num := func(g data.Group) data.Float {
		switch col {
		case 1:
			return data.KnownFloat(float64(g.Count))
		case 4:
			return g.UtilisationEUState()
		case 7:
			return g.MeanUtilisation
		}
		s := g.Sum(groupFigure(col))
		if !s.Known {
			return data.Float{}
		}
		return data.KnownFloat(float64(s.V))
	}
	if col == 0 {
		return data.CompareText(a.Value, b.Value) // Finnish order: Ä, Ö after Z
	}
	x, y := num(a), num(b)
	if x.Known != y.Known {
		if x.Known {
			return -1
		}
		return 1
	}
	return cmp.Compare(x.V, y.V)
}

// groupFigure is the figure shown in a sum column.
func groupFigure(col int) data.Figure {
	switch col {
	case 2:
		return data.GrantedEUState
	case 3:
		return data.RealisedEUState
	case 5:
		return data.PlannedPublicTotal
	}
	return data.RealisedPublicTotal
}

// tapHeader sorts by a column: ascending first, then descending.
func (v *groupsView) tapHeader(col int) {
	c := &v.choice
	if c.sort == col {
		c.desc = !c.desc
	} else {
		c.sort, c.desc = col, false
	}
	v.chose()
	v.sortGroups()
}

// size counts the groups and the total row.
func (v *groupsView) size() (int, int) {
	if len(v.groups) == 0 {
		return 0, len(groupHeaders)
	}
	return len(v.groups) + 1, len(groupHeaders)
}

func (v *groupsView) header(id widget.TableCellID, o fyne.CanvasObject) {
	h, ok := o.(*headerCell)
	if !ok || id.Col < 0 || id.Col >= len(groupHeaders) {
		return
	}
	col, c := id.Col, v.choice
	align := fyne.TextAlignTrailing
	if col == 0 {
		align = fyne.TextAlignLeading
	}
	h.set(T(groupHeaders[col]), c.sort == col, c.desc, align, func() { v.tapHeader(col) })
}

func (v *groupsView) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	if id.Row < 0 || id.Row > len(v.groups) {
		return
	}
	total := id.Row == len(v.groups)
	l.TextStyle.Bold = total
	l.Wrapping = fyne.TextWrapOff
	var s data.Sums
	value, mean := "", data.Float{}
	if total {
		s, value = v.grouping.Total, T("Total")
	} else {
		g := v.groups[id.Row]
		s, value, mean = g.Sums, v.groupName(g), g.MeanUtilisation
	}
	l.Alignment = fyne.TextAlignTrailing
	lang := string(uiLang())
	switch id.Col {
	case 0:
		l.Alignment = fyne.TextAlignLeading
		l.Wrapping = fyne.TextWrapWord // fitNames gave a long name the lines it needs
		l.SetText(value)
	case 1:
		l.SetText(itoa(s.Count))
	case 4:
		l.SetText(flagged(s.UtilisationEUState()))
	case 7:
		if total {
			l.SetText("")
		} else {
			l.SetText(data.FormatPercent(mean, lang))
		}
	default:
		l.SetText(words.Of(lang).Sum(s, groupFigure(id.Col)))
	}
}
