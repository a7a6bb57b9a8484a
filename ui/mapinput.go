package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// mapInput lies over the map image and passes the pointer on: hovering shows an area's
// figures, a tap filters by it.
type mapInput struct {
	widget.BaseWidget
	v *mapView
}

func newMapInput(v *mapView) *mapInput {
	m := &mapInput{v: v}
	m.ExtendBaseWidget(m)
	return m
}

// CreateRenderer draws nothing: the map below shows through.
func (m *mapInput) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// Tapped filters the table to the area tapped (or clears the filter).
func (m *mapInput) Tapped(e *fyne.PointEvent) { m.v.tap(e.Position) }

// MouseIn shows the figures of the area under the pointer.
func (m *mapInput) MouseIn(e *desktop.MouseEvent) { m.v.hover(e.Position) }

// MouseMoved shows the figures of the area under the pointer.
func (m *mapInput) MouseMoved(e *desktop.MouseEvent) { m.v.hover(e.Position) }

// MouseOut takes the figures and the outline away: no area is pointed at any more.
func (m *mapInput) MouseOut() { m.v.leave() }

var (
	_ fyne.Tappable     = (*mapInput)(nil)
	_ desktop.Hoverable = (*mapInput)(nil)
)
