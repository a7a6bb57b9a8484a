package ui

import (
	"fyne.io/fyne/v2/dialog"

	"vertailu/data"
)

// AskClearMarks asks before unmarking every project (a tap on the ✓ header), naming how many;
// Enter confirms, Esc keeps the marks.
func (a *App) AskClearMarks() {
	n := a.marks.Len()
	if n == 0 {
		return
	}
	d := dialog.NewConfirm(T("Clear marks?"),
		TN("Unmark all {{.Count}} marked projects? Ctrl+Z marks them again.", n),
		func(ok bool) {
			if ok {
				a.ClearMarks()
			}
		}, a.win)
	a.confirmKeys(d)
}

// ClearMarks unmarks every project and remembers which, for UndoClearMarks.
func (a *App) ClearMarks() {
	if a.marks.Len() == 0 {
		return
	}
	keys := make([]string, 0, a.marks.Len())
	for _, p := range a.marks.List() {
		keys = append(keys, p.Key())
	}
	a.clearedMarks = keys
	a.ui.table.ClearMarks()
}

// UndoClearMarks marks again the projects the last clear of marks unmarked (Ctrl+Z), those
// still loaded; it does nothing when there is no clear to undo.
func (a *App) UndoClearMarks() {
	keys := a.clearedMarks
	if len(keys) == 0 {
		return
	}
	a.clearedMarks = nil
	byKey := map[string]*data.Project{}
	for _, p := range a.store.Projects() {
		byKey[p.Key()] = p
	}
	var ps []*data.Project
	for _, k := range keys {
		if p := byKey[k]; p != nil {
			ps = append(ps, p)
		}
	}
	a.ui.table.MarkAll(ps)
}
