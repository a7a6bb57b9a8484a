package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// multiSelect is a filter's drop-down that takes several values: its list is a column of check
// boxes, and it shows what is chosen compactly: the field's name in the placeholder's colour
// when nothing is, the value when one is, "3 authorities" when several are.
type multiSelect struct {
	widget.Select

	// OnChosen is called with the values chosen (nil: none) after a change in the list.
	OnChosen func(values []string)

	values []string // the values offered, as the data holds them
	labels []string // how each is shown, in the interface's language
	chosen []string // the values chosen, in the order offered
	many   func(n int) string
	pop    *widget.PopUp       // the open list, nil when closed
	checks []fyne.CanvasObject // its check boxes (*listCheck), one per value
}

// newMultiSelect returns a filter drop-down named title (shown when nothing is chosen); many
// words a count of values ("3 authorities").
func newMultiSelect(title string, many func(n int) string) *multiSelect {
	m := &multiSelect{many: many}
	m.PlaceHolder = title
	m.ExtendBaseWidget(m)
	return m
}

// SetChoices offers values, each shown as its label, with chosen ticked (values not offered
// are dropped); OnChosen is not called.
func (m *multiSelect) SetChoices(values, labels, chosen []string) {
	m.values, m.labels = values, labels
	m.Options = labels
	m.chosen = nil
	for _, v := range values {
		if slices.Contains(chosen, v) {
			m.chosen = append(m.chosen, v)
		}
	}
	m.show()
}

// Chosen returns the values chosen, nil for none.
func (m *multiSelect) Chosen() []string { return slices.Clone(m.chosen) }

// SetChosenLabels chooses the values shown as labels (none: no restriction) and calls
// OnChosen, as ticking them in the list does.
func (m *multiSelect) SetChosenLabels(labels ...string) {
	var values []string
	for i, l := range m.labels {
		if slices.Contains(labels, l) {
			values = append(values, m.values[i])
		}
	}
	m.choose(values)
}

// SetSelected chooses the one value shown as label, or none for any other text (the way a
// single-choice drop-down's "All" did).
func (m *multiSelect) SetSelected(label string) { m.SetChosenLabels(label) }

func (m *multiSelect) choose(values []string) {
	m.chosen = values
	m.show()
	if m.OnChosen != nil {
		m.OnChosen(m.Chosen())
	}
}

// show writes the compact summary of the choice.
func (m *multiSelect) show() {
	switch len(m.chosen) {
	case 0:
		m.Selected = ""
	case 1:
		m.Selected = m.labels[slices.Index(m.values, m.chosen[0])]
	default:
		m.Selected = m.many(len(m.chosen))
	}
	m.Refresh()
}

// Tapped opens the list of check boxes below the drop-down.
func (m *multiSelect) Tapped(*fyne.PointEvent) { m.open() }

// TypedKey opens the list on Space, ↑ or ↓, as a drop-down does.
func (m *multiSelect) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeySpace, fyne.KeyUp, fyne.KeyDown, fyne.KeyReturn, fyne.KeyEnter:
		m.open()
		if ev.Name == fyne.KeySpace && len(m.checks) > 0 {
			// The same key press types a space after this, which would reach the box that
			// now has the focus and tick it: that one is the opening's, not a tick.
			m.checks[0].(*listCheck).swallowSpace = true
		}
	}
}

func (m *multiSelect) open() {
	c := fyne.CurrentApp().Driver().CanvasForObject(m)
	if c == nil || len(m.labels) == 0 {
		return
	}
	if m.pop != nil {
		m.pop.Hide()
	}
	checks := make([]fyne.CanvasObject, len(m.labels))
	for i, l := range m.labels {
		checks[i] = newListCheck(l, slices.Contains(m.chosen, m.values[i]), m.tick, m.close)
	}
	clear := widget.NewButtonWithIcon(T("Clear"), theme.ContentClearIcon(), func() {
		for _, o := range checks {
			o.(*listCheck).SetChecked(false) // each calls tick
		}
	})
	box := container.NewVBox(checks...)
	list := container.NewVScroll(box)
	content := container.NewBorder(nil, container.NewHBox(clear), nil, nil, list)
	m.pop = widget.NewPopUp(content, c)
	m.checks = checks
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(m).AddXY(0, m.Size().Height)
	room := c.Size().Height - pos.Y - theme.Padding()
	h := min(box.MinSize().Height+clear.MinSize().Height+3*theme.Padding(), max(room, 160))
	w := max(m.Size().Width, min(box.MinSize().Width+theme.ScrollBarSize()+2*theme.Padding(), c.Size().Width-pos.X))
	m.pop.ShowAtPosition(pos)
	m.pop.Resize(fyne.NewSize(w, h))
	c.Focus(checks[0].(*listCheck)) // ↓ ↑ or Tab move on, Space ticks, Esc or Enter closes
}

// tick applies the boxes ticked in the open list, in the order offered.
func (m *multiSelect) tick() {
	var values []string
	for i, o := range m.checks {
		if o.(*listCheck).Checked {
			values = append(values, m.values[i])
		}
	}
	m.choose(values)
}

// close closes the open list and gives the focus back to the drop-down.
func (m *multiSelect) close() {
	if m.pop == nil {
		return
	}
	m.pop.Hide()
	m.pop = nil
	if c := fyne.CurrentApp().Driver().CanvasForObject(m); c != nil {
		c.Focus(m)
	}
}

// listCheck is a check box of a filter's open list: Esc and Enter close the list, ↓ and ↑ move
// to the next and previous box.
type listCheck struct {
	widget.Check
	onClose      func()
	swallowSpace bool // the next typed space is the one that opened the list
}

// TypedRune ticks or unticks on a space, but for the space of the key that opened the list.
func (c *listCheck) TypedRune(r rune) {
	if r == ' ' && c.swallowSpace {
		c.swallowSpace = false
		return
	}
	c.swallowSpace = false
	c.Check.TypedRune(r)
}

func newListCheck(label string, checked bool, onTick, onClose func()) *listCheck {
	c := &listCheck{onClose: onClose}
	c.Text, c.Checked = label, checked
	c.OnChanged = func(bool) { onTick() }
	c.ExtendBaseWidget(c)
	return c
}

// Tapped ticks or unticks the box and leaves the focus off it (no outline stays behind).
func (c *listCheck) Tapped(e *fyne.PointEvent) {
	c.Check.Tapped(e)
	dropFocus(c)
}

// TypedKey closes the list on Esc or Enter and moves on ↓ ↑; Space ticks, as in any check box.
func (c *listCheck) TypedKey(ev *fyne.KeyEvent) {
	cv := fyne.CurrentApp().Driver().CanvasForObject(c)
	switch ev.Name {
	case fyne.KeyEscape, fyne.KeyReturn, fyne.KeyEnter:
		c.onClose()
	case fyne.KeyDown:
		if cv != nil {
			cv.FocusNext()
		}
	case fyne.KeyUp:
		if cv != nil {
			cv.FocusPrevious()
		}
	default:
		c.Check.TypedKey(ev)
	}
}
