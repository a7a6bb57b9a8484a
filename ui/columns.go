package ui

import (
	"slices"

	"vertailu/assets/words"
	"vertailu/data"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

const prefColumns = "tableColumns"

// compactColumns is the preset that fits a laptop screen: who, what, and the four figures with
// the utilisation. It is the table's columns until the officer chooses others.
var compactColumns = []string{
	"code", "name", "applicant", "status", "granted_eu_state", "realised_eu_state",
	"utilisation_eu_state", "planned_public_total", "realised_public_total",
}

// leadingColumns stay in view when the table scrolls sideways, when shown.
var leadingColumns = []string{"code", "name"}

// columnKeys returns the keys of the columns chosen, in the table's order: the remembered
// choice, or the compact preset.
func (p prefs) columnKeys() []string {
	keys := p.p.StringList(prefColumns)
	var out []string
	for _, k := range data.ColumnKeys() {
		if slices.Contains(keys, k) {
			out = append(out, k)
		}
	}
	if len(out) == 0 {
		return slices.Clone(compactColumns)
	}
	return out
}

func (p prefs) setColumnKeys(keys []string) { p.p.set(map[string]any{prefColumns: keys}) }

// tableColumns returns the columns to show for keys, code and name first (they stay in view
// when the table scrolls sideways), and how many of them lead.
func tableColumns(keys []string) (cols []data.Column, leading int) {
	for _, k := range leadingColumns {
		if c, ok := data.ColumnByKey(k); ok && slices.Contains(keys, k) {
			cols = append(cols, c)
		}
	}
	leading = len(cols)
	for _, c := range data.Columns() {
		if slices.Contains(keys, c.Key) && !slices.Contains(leadingColumns, c.Key) {
			cols = append(cols, c)
		}
	}
	return cols, leading
}

// ShowColumns lets the officer choose the table's columns (remembered), or a preset.
func (a *App) ShowColumns() {
	chosen := a.prefs.columnKeys()
	all := data.Columns()
	checks := container.NewGridWithColumns(3)
	boxes := make([]*tapCheck, len(all))
	for i, c := range all {
		boxes[i] = newTapCheck(words.Of(a.lang).Column(c), slices.Contains(chosen, c.Key))
		checks.Add(boxes[i])
	}
	preset := func(keys []string) func() {
		return func() {
			for i, c := range all {
				boxes[i].SetChecked(keys == nil || slices.Contains(keys, c.Key))
			}
		}
	}
	buttons := container.NewHBox(
		widget.NewButton(T("Compact"), preset(compactColumns)),
		widget.NewButton(T("All columns"), preset(nil)),
	)
	d := dialog.NewCustomConfirm(T("Columns"), T("Show"), T("Cancel"),
		container.NewBorder(nil, buttons, nil, nil, container.NewVScroll(checks)), func(ok bool) {
			if !ok {
				return
			}
			var keys []string
			for i, c := range all {
				if boxes[i].Checked {
					keys = append(keys, c.Key)
				}
			}
			if len(keys) == 0 {
				keys = compactColumns
			}
			a.prefs.setColumnKeys(keys)
			a.rebuild()
		}, a.win)
	d.Resize(fyne.NewSize(min(a.win.Canvas().Size().Width-40, 760), min(a.win.Canvas().Size().Height-40, 520)))
	a.confirmKeys(d)
}

// subsetChoices are the subset filter's choices: the data subsets, then the marked projects.
func subsetChoices() (ids []string, labels []string) {
	for _, s := range data.Subsets {
		id := "subset." + string(s)
		if s == data.SubsetAll {
			id = "subset.all"
		}
		ids = append(ids, string(s))
		labels = append(labels, T(id))
	}
	return append(ids, subsetMarked), append(labels, T("subset.marked"))
}

// subsetMarked is the subset choice that shows only the marked projects.
const subsetMarked = "marked"

func (a *App) newSubsetSelect() *widget.Select {
	ids, labels := subsetChoices()
	s := widget.NewSelect(labels, nil)
	cur := string(a.sess.Query().Subset)
	if a.sess.MarkedOnly() {
		cur = subsetMarked
	}
	if i := slices.Index(ids, cur); i >= 0 {
		s.Selected = labels[i]
	}
	s.OnChanged = func(label string) {
		i := slices.Index(labels, label)
		if i < 0 {
			return
		}
		markedOnly, sub := ids[i] == subsetMarked, data.SubsetAll
		if !markedOnly {
			sub = data.Subset(ids[i])
		}
		a.sess.SetSubset(sub, markedOnly)
	}
	return s
}

// ClearFilters shows every project again: no search text, no filter, no subset. The selected
// project stays selected, and in view.
func (a *App) ClearFilters() {
	a.ui.search.OnChanged = nil
	a.ui.search.SetText("")
	a.ui.search.OnChanged = a.searchChanged
	_, labels := subsetChoices()
	a.ui.subset.Selected = labels[0]
	a.ui.subset.Refresh()
	a.afterShow = func() { a.ui.table.ScrollToProject(a.ui.table.Selected()) }
	a.sess.ClearQuery() // before the filters are offered again, with nothing chosen
	a.fillFilters()
	a.fillTagFilter()
}
