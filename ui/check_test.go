package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"vertailu/data"
)

// TestTappedCheckBoxesKeepNoFocus: a check box ticked with the mouse, in a filter's list or in
// the Columns dialog, does not keep the keyboard focus (and its blue outline).
func TestTappedCheckBoxesKeepNoFocus(t *testing.T) {
	a := newTestApp(t, "")
	c := a.Window().Canvas()
	test.Tap(a.ui.filters[data.FieldRegion])
	var boxes []*listCheck
	for _, o := range objects(a) {
		if b, ok := o.(*listCheck); ok {
			boxes = append(boxes, b)
		}
	}
	if len(boxes) < 2 {
		t.Fatalf("the region list has %d boxes", len(boxes))
	}
	for _, b := range boxes[:2] { // the first has the focus as the list opens, the second not
		test.Tap(b)
		if !b.Checked {
			t.Errorf("a tap did not tick %q", b.Text)
		}
		if f := c.Focused(); f == b {
			t.Errorf("%q keeps the focus after a tap", b.Text)
		}
	}
	a.ui.filters[data.FieldRegion].close()

	a.ShowColumns()
	found := false
	for _, o := range objects(a) {
		if b, ok := o.(*tapCheck); ok {
			found = true
			was := b.Checked
			test.Tap(b)
			if b.Checked == was {
				t.Errorf("a tap did not change %q", b.Text)
			}
			if c.Focused() == b {
				t.Errorf("the Columns box %q keeps the focus after a tap", b.Text)
			}
			break
		}
	}
	if !found {
		t.Error("no check box in the Columns dialog")
	}
}
