package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// tapCheck is a check box that a tap ticks without keeping the keyboard focus: Fyne's focuses
// on a tap, and its focus outline then stays after the mouse has moved on. Tab and the
// keyboard still reach it.
type tapCheck struct {
	widget.Check
}

func newTapCheck(label string, checked bool) *tapCheck {
	c := &tapCheck{}
	c.Text, c.Checked = label, checked
	c.ExtendBaseWidget(c)
	return c
}

// Tapped ticks or unticks the box, and leaves the focus off it.
func (c *tapCheck) Tapped(e *fyne.PointEvent) {
	c.Check.Tapped(e)
	dropFocus(c)
}

// focusWidget is a widget that takes the keyboard focus.
type focusWidget interface {
	fyne.CanvasObject
	fyne.Focusable
}

// dropFocus takes the keyboard focus from o, when o has it.
func dropFocus(o focusWidget) {
	if cv := fyne.CurrentApp().Driver().CanvasForObject(o); cv != nil && cv.Focused() == o {
		cv.Unfocus()
	}
}
