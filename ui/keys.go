package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// modal is a dialog the app shows: Fyne's dialogs and its file dialog.
type modal interface {
	Show()
	Hide()
	SetOnClosed(func())
}

// shownModal is a dialog on screen and what Enter does in it (nil: nothing).
type shownModal struct {
	d     modal
	enter func()
}

// present shows d so that Esc closes it (as its Cancel or Close button does) and Enter runs
// enter: Fyne's dialogs answer only the mouse.
func (a *App) present(d modal, enter func()) {
	m := &shownModal{d: d, enter: enter}
	a.modals = append(a.modals, m)
	d.SetOnClosed(func() {
		for i, o := range a.modals {
			if o == m {
				a.modals = append(a.modals[:i], a.modals[i+1:]...)
				break
			}
		}
	})
	d.Show()
}

// dialogKey lets Esc and Enter answer the dialog on top; it reports whether there was one.
func (a *App) dialogKey(ev *fyne.KeyEvent) bool {
	if len(a.modals) == 0 {
		return false
	}
	top := a.modals[len(a.modals)-1]
	switch ev.Name {
	case fyne.KeyEscape:
		top.d.Hide()
	case fyne.KeyReturn, fyne.KeyEnter:
		if top.enter != nil {
			top.enter()
		}
	}
	return true // the window behind a dialog takes no keys
}

// confirmKeys presents a confirmation: Enter confirms, Esc dismisses.
func (a *App) confirmKeys(d *dialog.ConfirmDialog) { a.present(d, d.Confirm) }

// infoKeys presents a dialog whose only answer is to close it: Enter and Esc close it.
func (a *App) infoKeys(d dialog.Dialog) { a.present(d, d.Hide) }

// showTab selects the detail tab i (Ctrl+1 … Ctrl+9), or the next or previous one
// (Ctrl+Page Down, Ctrl+Page Up) for step ±1 with i < 0.
func showTab(tabs *container.AppTabs, i, step int) {
	n := len(tabs.Items)
	if n == 0 {
		return
	}
	if i < 0 {
		i = (tabs.SelectedIndex() + step + n) % n
	}
	if i < n {
		tabs.SelectIndex(i)
	}
}

// cancelOnEsc is a progress dialog whose Esc cancels the work (the work then closes it).
type cancelOnEsc struct {
	dialog.Dialog
	cancel func()
}

// Hide is what Esc does: cancel.
func (c cancelOnEsc) Hide() { c.cancel() }

// escEntry is a text field that lets Esc close its dialog (a focused field takes the key).
type escEntry struct {
	widget.Entry
	onEsc func()
}

// TypedKey closes the dialog on Esc.
func (e *escEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.onEsc != nil {
		e.onEsc()
		return
	}
	e.Entry.TypedKey(ev)
}
