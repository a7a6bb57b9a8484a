package ui

import (
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"vertailu/assets/words"
)

// presentFileDialog shows one of Fyne's file dialogs at a size that fits the window, so that
// Enter does what its confirm button does (Open, Export here) and Esc cancels. Fyne's dialog
// answers Enter only in its own file-name field, and only while nothing else in it has the
// focus does the key reach the window (a focused button takes Space, its folder grid Space and
// the arrows, and Fyne offers no hook before them).
func (a *App) presentFileDialog(d *dialog.FileDialog) {
	a.present(d, a.confirmFileDialog)
	d.Resize(dialogSize(a.win)) // a file dialog cannot be resized before it is shown
	a.translatePlaces()
}

// confirmFileDialog taps the confirm button of the file dialog on top, when it is enabled.
func (a *App) confirmFileDialog() {
	top := a.win.Canvas().Overlays().Top()
	if top == nil {
		return
	}
	eachPart(top, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Importance == widget.HighImportance && !b.Disabled() && b.OnTapped != nil {
			b.OnTapped()
		}
	})
}

// translatePlaces words the places of the file dialog on top in the interface's language.
// Fyne 2.8.1 names them in English with no catalogue id ("Home", "Computer", "Documents"…):
// its list of places is the dialog's one widget.List whose rows are an icon and a label.
func (a *App) translatePlaces() {
	top := a.win.Canvas().Overlays().Top()
	if top == nil {
		return
	}
	eachPart(top, func(o fyne.CanvasObject) {
		l, ok := o.(*widget.List)
		if !ok || l.UpdateItem == nil {
			return
		}
		update := l.UpdateItem
		l.UpdateItem = func(id widget.ListItemID, item fyne.CanvasObject) {
			update(id, item)
			if c, ok := item.(*fyne.Container); ok && len(c.Objects) == 2 {
				if label, ok := c.Objects[1].(*widget.Label); ok {
					label.SetText(placeName(label.Text))
				}
			}
		}
		l.Refresh()
	})
}

// placeIDs are the catalogue's words for the places of Fyne's file dialog; each one's English
// is the name Fyne gives the place.
var placeIDs = []string{
	"place.home", "place.computer", "place.desktop", "place.documents", "place.downloads",
	"place.music", "place.pictures", "place.videos", "place.movies",
}

// placeName is a place of Fyne's file dialog in the interface's language.
func placeName(fyneName string) string {
	for _, id := range placeIDs {
		if words.EN.T(id) == fyneName {
			return T(id)
		}
	}
	return fyneName
}

// eachPart calls visit with o and every part below it that Fyne's dialogs build from
// containers, scrolls, splits and pop-ups (their parts are public; a widget's own renderer
// is not reached). A pop-up sits on the canvas inside Fyne's internal OverlayContainer, whose
// public Content field is read by reflection (contentOf).
func eachPart(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	visit(o)
	var parts []fyne.CanvasObject
	switch c := o.(type) {
	case *fyne.Container:
		parts = c.Objects
	case *widget.PopUp:
		parts = []fyne.CanvasObject{c.Content}
	case *container.Scroll:
		parts = []fyne.CanvasObject{c.Content}
	case *container.Split:
		parts = []fyne.CanvasObject{c.Leading, c.Trailing}
	default:
		parts = []fyne.CanvasObject{contentOf(o)}
	}
	for _, p := range parts {
		if p != nil {
			eachPart(p, visit)
		}
	}
}

// contentOf is the public Content field of a widget whose type cannot be named (Fyne's
// internal OverlayContainer), or nil.
func contentOf(o fyne.CanvasObject) fyne.CanvasObject {
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	f := v.Elem().FieldByName("Content")
	if !f.IsValid() || !f.CanInterface() {
		return nil
	}
	c, _ := f.Interface().(fyne.CanvasObject)
	return c
}
