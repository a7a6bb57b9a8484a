package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"vertailu/charts"
	"vertailu/data"
)

// groupsView groups the visible projects by one field: a small table of counts and sums and
// a bar chart.
type groupsView struct {
	a       *App
	content fyne.CanvasObject
	field   data.Field
	pick    *widget.Select
	table   *widget.Table
	chart   *ChartView
	groups  []data.Group
	rows    []*data.Project
	visible bool // the tab is shown: grouping waits until it is
	stale   bool
}

// groupFields are the fields offered for grouping.
var groupFields = []data.Field{
	data.FieldPriorityAxis, data.FieldSpecificObjective, data.FieldAuthority,
	data.FieldRegion, data.FieldStatus, data.FieldOrgType,
}

// fieldTitle names a filter and grouping field.
func fieldTitle(f data.Field) string {
	title, _ := fieldLabels(f)
	return title
}

// allLabel is a filter's "no restriction" choice.
func allLabel(f data.Field) string {
	_, all := fieldLabels(f)
	return all
}

// fieldLabels returns a field's name and its filter's "no restriction" choice, translated.
func fieldLabels(f data.Field) (title, all string) {
	switch f {
	case data.FieldStatus, data.FieldPriorityAxis, data.FieldSpecificObjective, data.FieldAuthority,
		data.FieldRegion, data.FieldOrgType, data.FieldFund:
		return T("group." + string(f)), T("group.all." + string(f))
	}
	return string(f), T("All")
}

func newGroupsView(a *App) *groupsView {
	v := &groupsView{a: a, field: data.FieldPriorityAxis}
	names := make([]string, len(groupFields))
	for i, f := range groupFields {
		names[i] = fieldTitle(f)
	}
	v.pick = widget.NewSelect(names, func(s string) {
		for i, n := range names {
			if n == s {
				v.field = groupFields[i]
			}
		}
		v.stale = true
		v.update()
	})
	v.pick.Selected = fieldTitle(v.field)
	v.table = widget.NewTableWithHeaders(v.size, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, v.updateCell)
	v.table.ShowHeaderColumn = false
	v.table.UpdateHeader = v.header
	v.table.SetColumnWidth(0, 300)
	for i := 1; i < len(groupHeaders); i++ {
		v.table.SetColumnWidth(i, 150)
	}
	v.chart = NewChartView(nil, &a.tasks, fyne.NewSize(300, 200))
	top := container.NewBorder(nil, nil, widget.NewLabel(T("Group by")), nil, v.pick)
	split := container.NewHSplit(v.table, v.chart)
	split.Offset = 0.55
	v.content = container.NewBorder(top, nil, nil, nil, split)
	return v
}

// groupHeaders are the group table's column titles (translated when drawn).
var groupHeaders = []string{"Group", "Projects", "Granted EU+state", "Realised EU+state", "Planned public total", "Realised public total", "Mean utilisation"}

// set groups rows by the chosen field, now if the tab shows, else when it is shown.
func (v *groupsView) set(rows []*data.Project) {
	v.rows, v.stale = rows, true
	v.update()
}

// show tells the view whether its tab is shown.
func (v *groupsView) show(on bool) {
	v.visible = on
	v.update()
}

func (v *groupsView) update() {
	if !v.visible || !v.stale {
		return
	}
	v.stale = false
	v.groups = data.GroupBy(v.rows, v.field)
	v.table.Refresh()
	v.chart.SetChart(charts.Groups(v.groups, v.a.lang))
}

func (v *groupsView) size() (int, int) { return len(v.groups), len(groupHeaders) }

func (v *groupsView) header(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	if id.Col >= 0 && id.Col < len(groupHeaders) {
		l.SetText(T(groupHeaders[id.Col]))
		l.TextStyle.Bold = true
	}
}

func (v *groupsView) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	if id.Row < 0 || id.Row >= len(v.groups) {
		return
	}
	g := v.groups[id.Row]
	l.Alignment = fyne.TextAlignTrailing
	switch id.Col {
	case 0:
		l.Alignment = fyne.TextAlignLeading
		l.SetText(orNA(g.Value))
	case 1:
		l.SetText(itoa(g.Count))
	case 2:
		l.SetText(data.FormatEuro(g.GrantedEUState))
	case 3:
		l.SetText(data.FormatEuro(g.RealisedEUState))
	case 4:
		l.SetText(data.FormatEuro(g.PlannedPublicTotal))
	case 5:
		l.SetText(data.FormatEuro(g.RealisedPublicTotal))
	default:
		l.SetText(data.FormatPercent(g.MeanUtilisation))
	}
}
