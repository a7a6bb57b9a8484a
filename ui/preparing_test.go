package ui

import "testing"

// While a load waits for the PDF reader to be prepared (PDFium compiling, the first time), the
// status line says so instead of the bar standing still; a load since replaced says nothing.
func TestStatusSaysThePDFReaderIsPrepared(t *testing.T) {
	a := newTestApp(t, "")
	now := func(f func()) { f() }
	before := a.ui.status.Text
	a.preparingReporter(a.loadGen-1, now)()
	if a.ui.status.Text != before {
		t.Errorf("an old load changed the status to %q", a.ui.status.Text)
	}
	a.preparingReporter(a.loadGen, now)()
	if want := "Preparing the PDF reader, first time only…"; a.ui.status.Text != want {
		t.Errorf("status %q, want %q", a.ui.status.Text, want)
	}
}
