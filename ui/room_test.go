package ui

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"vertailu/data"
)

// tableRowsShown is how many whole project rows the table has room for below its header.
func tableRowsShown(a *App) int {
	rowH := newTableCell().MinSize().Height
	return int((a.ui.table.Size().Height - newHeaderCell().MinSize().Height) / rowH)
}

// TestTwelveRowsAt1280x800: the default layout shows at least 12 table rows at 1280×800, in
// both languages, and the details below keep their tab bar and first lines.
func TestTwelveRowsAt1280x800(t *testing.T) {
	a := newTestApp(t, "")
	for _, lang := range []string{LangEnglish, LangFinnish} {
		a.SwitchLanguage(lang)
		settle(a)
		if n := tableRowsShown(a); n < 12 {
			t.Errorf("%s: %d table rows at 1280×800, want at least 12", lang, n)
		}
		if h := a.ui.pane.Size().Height; h < 100 {
			t.Errorf("%s: details %v high: no room for their first lines", lang, h)
		}
	}
}

// TestDetailsFromTheKeyboard: Ctrl+D hides the details (the table takes the height) and shows
// them again; Ctrl+Shift+D enlarges them and gives the divider back.
func TestDetailsFromTheKeyboard(t *testing.T) {
	a := newTestApp(t, "")
	before, offset := tableRowsShown(a), a.ui.split.Offset
	a.globalShortcut(shortcut(fyne.KeyD))
	if a.ui.pane.Visible() || tableRowsShown(a) <= before+2 {
		t.Errorf("Ctrl+D: details shown %v, %d rows (were %d)", a.ui.pane.Visible(), tableRowsShown(a), before)
	}
	a.globalShortcut(shortcut(fyne.KeyD))
	if !a.ui.pane.Visible() || tableRowsShown(a) != before {
		t.Errorf("Ctrl+D again: details shown %v, %d rows (were %d)", a.ui.pane.Visible(), tableRowsShown(a), before)
	}
	enlarge := &desktop.CustomShortcut{KeyName: fyne.KeyD, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	a.globalShortcut(enlarge)
	if a.ui.pane.Size().Height < a.ui.split.Size().Height/2 {
		t.Errorf("Ctrl+Shift+D: details %v of %v high", a.ui.pane.Size().Height, a.ui.split.Size().Height)
	}
	a.globalShortcut(enlarge)
	if a.ui.split.Offset != offset {
		t.Errorf("Ctrl+Shift+D again: divider at %v, was %v", a.ui.split.Offset, offset)
	}
}

// TestDividerRemembered: the divider and hidden details are as they were at the last close.
func TestDividerRemembered(t *testing.T) {
	file := filepath.Join(t.TempDir(), "settings.json")
	open := func() *App {
		a := New(test.NewTempApp(t), data.NewStore(), Options{Lang: LangEnglish, deferred: true, SettingsFile: file})
		a.Window().Resize(fyne.NewSize(1280, 800))
		settle(a)
		return a
	}
	a := open()
	a.ui.split.SetOffset(0.42)
	a.close()
	if b := open(); b.ui.split.Offset != 0.42 || !b.ui.pane.Visible() {
		t.Errorf("divider at %v (want 0.42), details shown %v", b.ui.split.Offset, b.ui.pane.Visible())
		b.close()
	} else {
		b.ToggleDetails()
		b.close()
	}
	if c := open(); c.ui.pane.Visible() || c.ui.split.Offset != 0.42 {
		t.Errorf("after Ctrl+D and a close: details shown %v, divider at %v", c.ui.pane.Visible(), c.ui.split.Offset)
	}
}

// TestWindowFitsTheScreen: on a 1024×700 screen the first window is not 1280×800, and a
// size remembered from a larger screen is reduced to the screen.
func TestWindowFitsTheScreen(t *testing.T) {
	file := filepath.Join(t.TempDir(), "settings.json")
	screen := fyne.NewSize(1024, 700)
	for _, remembered := range []bool{false, true} {
		a := New(test.NewTempApp(t), data.NewStore(), Options{Lang: LangEnglish, deferred: true, SettingsFile: file})
		a.FitScreen(screen)
		settle(a)
		if s := a.Window().Canvas().Size(); s.Width > screen.Width || s.Height > screen.Height {
			t.Errorf("remembered %v: window %v on a %v screen", remembered, s, screen)
		}
		if m := a.Window().Content().MinSize(); m.Width > screen.Width || m.Height > screen.Height {
			t.Errorf("the window's least size %v is larger than the screen", m)
		}
		a.prefs.setWindowSize(fyne.NewSize(1600, 1000))
		a.Window().Close()
	}
}

// TestCompareWithoutScores: projects without sustainability scores get no empty radar in the
// comparison, a sentence instead; the funding chart stays.
func TestCompareWithoutScores(t *testing.T) {
	a := newTestApp(t, "")
	for _, p := range a.store.Projects() {
		p.Sustainability = [15]data.Criterion{}
	}
	a.ui.table.ToggleMark(0)
	a.ui.table.ToggleMark(1)
	a.ShowView("compare")
	settle(a)
	for _, heading := range []string{"Sustainability, direct", "Sustainability, indirect"} {
		if !labelShown(a, heading+": no sustainability scores for these projects") {
			t.Errorf("no sentence for %s", heading)
		}
	}
	for _, o := range objects(a) {
		if o == a.ui.compare.direct || o == a.ui.compare.indirect {
			t.Error("an empty radar is drawn")
		}
	}
	if !slicesContains(objects(a), a.ui.compare.funding) {
		t.Error("no funding chart")
	}
}

func slicesContains(list []fyne.CanvasObject, o fyne.CanvasObject) bool {
	for _, x := range list {
		if x == o {
			return true
		}
	}
	return false
}
