package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// A cell's text is cut to its width with "…" and never wider; a column dragged wider shows
// more of it, the whole when it fits; a text that fits is left as it is.
func TestCellLabelCutsToItsWidth(t *testing.T) {
	test.NewTempApp(t)
	long := "Maahanmuuttajien ohjaus- ja neuvontapalvelujen kehittäminen Etelä-Pohjanmaalla"
	l := newCellLabel()
	l.Resize(fyne.NewSize(120, 30))
	l.SetFull(long)
	room := 120 - 2*theme.InnerPadding()
	if !strings.HasSuffix(l.Text, "…") || !strings.HasPrefix(long, strings.TrimSuffix(l.Text, "…")) {
		t.Fatalf("cut to %q", l.Text)
	}
	if w := fyne.MeasureText(l.Text, theme.TextSize(), fyne.TextStyle{}).Width; w > room {
		t.Errorf("%q is %v wide in %v", l.Text, w, room)
	}
	narrow := l.Text
	l.Resize(fyne.NewSize(300, 30))
	if len(l.Text) <= len(narrow) {
		t.Errorf("wider shows %q, narrower showed %q", l.Text, narrow)
	}
	l.Resize(fyne.NewSize(2000, 30))
	if l.Text != long {
		t.Errorf("a fitting text shows as %q", l.Text)
	}
	l.Resize(fyne.NewSize(2*theme.InnerPadding()+1, 30))
	if l.Text != "…" {
		t.Errorf("no room shows %q", l.Text)
	}
	for _, s := range []string{"", "S20634", "95 084 €"} {
		l.Resize(fyne.NewSize(200, 30))
		if l.SetFull(s); l.Text != s {
			t.Errorf("%q shows as %q", s, l.Text)
		}
	}
}
