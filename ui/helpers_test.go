package ui

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"vertailu/assets"
	"vertailu/assets/words"
	"vertailu/data"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// newTestApp opens dir ("" for the embedded samples) in English in a headless window of
// 1280×800 and waits until it has loaded and drawn its charts.
func newTestApp(t testing.TB, dir string) *App {
	t.Helper()
	a := New(test.NewTempApp(t), data.NewStore(), Options{Dir: dir, Lang: LangEnglish, deferred: true})
	t.Cleanup(func() { a.Window().Close() })
	a.Window().Resize(fyne.NewSize(1280, 800))
	settle(a)
	return a
}

// settle waits for background work (charts render at the sizes the layout gave them).
func settle(a *App) { a.tasks.Wait() }

// walk lists o and everything below it as drawn (the renderers in use, not new ones as
// test.LaidOutObjects would make).
func walk(o fyne.CanvasObject) []fyne.CanvasObject {
	all := []fyne.CanvasObject{o}
	var children []fyne.CanvasObject
	switch c := o.(type) {
	case fyne.Widget:
		children = test.WidgetRenderer(c).Objects()
	case *fyne.Container:
		children = c.Objects
	}
	for _, child := range children {
		all = append(all, walk(child)...)
	}
	return all
}

// seedFolder copies the embedded sample descriptions into a new temporary folder.
func seedFolder(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	err := fs.WalkDir(assets.Samples(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(assets.Samples(), p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, p), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// objects lists everything drawn in the window, overlays (dialogs, menus) included.
func objects(a *App) []fyne.CanvasObject {
	c := a.Window().Canvas()
	all := walk(c.Content())
	for _, o := range c.Overlays().List() {
		all = append(all, walk(o)...)
	}
	return all
}

// headerButton finds the table header whose title is title.
func headerButton(t testing.TB, a *App, title string) *headerCell {
	t.Helper()
	for i, c := range a.ui.table.cols {
		if words.Of(a.lang).Column(c) == title {
			a.ui.table.ScrollTo(widget.TableCellID{Row: 0, Col: i + 1})
		}
	}
	for _, o := range walk(a.ui.table) {
		if h, ok := o.(*headerCell); ok && h.title == title {
			return h
		}
	}
	t.Fatalf("no header %q on screen", title)
	return nil
}

// labelShown reports whether a visible label in the window reads text.
func labelShown(a *App, text string) bool {
	for _, o := range objects(a) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && l.Text == text {
			return true
		}
	}
	return false
}

func codes(ps []*data.Project) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Code
	}
	return out
}
