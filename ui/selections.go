package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vertailu/data"
)

// ShowSelections lists the saved selections (open, rename, delete each) and saves the marks
// under a name.
func (a *App) ShowSelections() {
	name := &escEntry{}
	name.ExtendBaseWidget(name)
	name.SetPlaceHolder(T("Name, e.g. Seurantakomitea 12/2026"))
	list := container.NewVBox()
	var d dialog.Dialog
	var fill func()
	save := widget.NewButtonWithIcon(T("Save the marks"), theme.DocumentSaveIcon(), func() {
		codes := a.markedCodes()
		n := data.CleanTag(name.Text)
		if n == "" || len(codes) == 0 {
			return
		}
		a.changeNotebook(func(nb data.Notebook) error {
			return nb.SaveSelection(data.Selection{Name: n, Codes: codes})
		}, func(err error) {
			if err != nil {
				a.showError(noteError(err))
				return
			}
			name.SetText("")
			fill()
		})
	})
	if a.marks.Len() == 0 {
		save.Disable()
	}
	name.OnSubmitted = func(string) { save.OnTapped() }
	fill = func() {
		list.Objects = nil
		if len(a.own.selections) == 0 {
			l := widget.NewLabel(T("No saved selections yet: mark projects in the table, name them above and save."))
			l.Wrapping = fyne.TextWrapWord
			list.Add(l)
		}
		for _, s := range a.own.selections {
			list.Add(a.selectionRow(s, func() { d.Hide() }, fill))
		}
		list.Refresh()
	}
	fill()
	marked := TN("{{.Count}} marked", a.marks.Len())
	top := container.NewBorder(nil, nil, widget.NewLabel(marked), save, name)
	content := container.NewBorder(top, nil, nil, nil, container.NewVScroll(list))
	d = dialog.NewCustom(T("Selections"), T("Close"), content, a.win)
	name.onEsc = d.Hide
	d.Resize(fyne.NewSize(min(a.win.Canvas().Size().Width-40, 780), min(a.win.Canvas().Size().Height-40, 440)))
	a.infoKeys(d)
	a.win.Canvas().Focus(name)
}

// selectionRow is a saved selection: its name, how many projects, when saved; buttons to
// open, rename and delete it. opened closes the dialog, changed refills it.
func (a *App) selectionRow(s data.Selection, opened, changed func()) fyne.CanvasObject {
	label := widget.NewLabel(s.Name + " · " + TN("{{.Count}} projects", len(s.Codes)) + " · " + noteTime(s.Saved))
	label.Truncation = fyne.TextTruncateEllipsis
	open := widget.NewButtonWithIcon(T("Open"), theme.FolderOpenIcon(), func() {
		opened()
		a.OpenSelection(s)
	})
	rename := widget.NewButtonWithIcon(T("Rename…"), theme.DocumentCreateIcon(), func() {
		e := widget.NewEntry()
		e.SetText(s.Name)
		f := dialog.NewForm(T("Rename the selection"), T("Rename"), T("Cancel"),
			[]*widget.FormItem{widget.NewFormItem(T("Name"), e)}, func(ok bool) {
				if !ok || data.CleanTag(e.Text) == s.Name {
					return
				}
				a.changeNotebook(func(nb data.Notebook) error { return nb.RenameSelection(s.Name, e.Text) }, func(err error) {
					if err != nil {
						a.showError(noteError(err))
						return
					}
					changed()
				})
			}, a.win)
		f.Resize(fyne.NewSize(420, 160))
		a.present(f, f.Submit)
	})
	del := widget.NewButtonWithIcon(T("Delete"), theme.DeleteIcon(), func() {
		c := dialog.NewConfirm(T("Delete the selection?"), T("Delete the selection “{{.Name}}”? The projects and their notes stay.", "Name", s.Name), func(ok bool) {
			if !ok {
				return
			}
			a.changeNotebook(func(nb data.Notebook) error { return nb.DeleteSelection(s.Name) }, func(err error) {
				if err != nil {
					a.showError(noteError(err))
					return
				}
				changed()
			})
		}, a.win)
		a.confirmKeys(c)
	})
	return container.NewBorder(nil, nil, nil, container.NewHBox(open, rename, del), label)
}

// OpenSelection marks the projects of s that the open folder holds, instead of the marks
// there were (Ctrl+Z brings those back), and shows only the marked projects; it says how many
// of the selection's projects are not in the folder.
func (a *App) OpenSelection(s data.Selection) {
	ps := projectsWithCodes(a.store.Projects(), s.Codes)
	a.ClearMarks()
	a.ui.table.MarkAll(ps)
	if !a.sess.MarkedOnly() {
		a.toggleMarkedOnly()
	}
	found := map[string]bool{}
	for _, p := range ps {
		found[data.CleanCode(p.Code)] = true
	}
	if missing := len(s.Codes) - len(found); missing > 0 {
		a.infoKeys(dialog.NewInformation(T("Selections"),
			TN("{{.Count}} projects of the selection are not in the open folder.", missing), a.win))
	}
}
