package ui

import (
	"context"
	"errors"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"vertailu/assets/words"

	"vertailu/assets"
	"vertailu/data"
	"vertailu/data/load"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// startFolder is the folder to open first: the one given, else the one used last if it still
// exists, else the samples ("").
func (a *App) startFolder() string {
	if a.opts.Dir != "" {
		return a.opts.Dir
	}
	if last := a.prefs.lastFolder(); last != "" && isDir(last) {
		return last
	}
	return ""
}

func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// dialogStart is dir as a place a file dialog can start in, or nil. Not a folder on a Windows
// network share (\\server\share\…): Fyne 2.8.1's dialog lists one, but its entries lose a slash
// of the "\\server" (storage's Child cleans the path), so none of them opens; the dialog then
// starts where it would by itself.
func dialogStart(dir string) fyne.ListableURI {
	unc := strings.HasPrefix(dir, `\\`) || strings.HasPrefix(dir, "//")
	if dir == "" || runtime.GOOS == "windows" && unc {
		return nil
	}
	l, err := storage.ListerForURI(storage.NewFileURI(dir))
	if err != nil {
		return nil
	}
	return l
}

// Open loads dir ("" for the embedded sample folder) in the background, with progress and a
// cancel button; the window stays usable. A load still running is cancelled, and its result,
// should it arrive, is ignored.
func (a *App) Open(dir string) {
	if a.cancelLoad != nil {
		a.cancelLoad()
	}
	a.loadGen++
	gen := a.loadGen
	ctx, cancel := context.WithCancel(context.Background())
	a.cancelLoad = cancel
	a.showLoading(true)
	a.ui.status.SetText(T("Loading {{.Folder}}…", "Folder", folderLabel(dir)))
	dates := a.exportDatesIn(dir) // the officer's corrections, read here: prefs are the UI's
	a.tasks.Go(func(do func(func())) {
		opts := load.Options{Progress: a.progressReporter(gen, do), Preparing: a.preparingReporter(gen, do), PDF: a.opts.PDF, Own: a.opts.Own, ExportDates: dates}
		res, err := loadFolder(ctx, dir, opts)
		var ix *data.Indexed
		var sim similarIndex
		if err == nil {
			ix = data.Index(res) // here, not on the UI goroutine: it takes a while
			sim = buildSimilar(res)
		}
		do(func() { a.loaded(gen, dir, ix, sim, err) })
	})
}

// loadFolder reads dir, or the samples when dir is "", with opts (never entering the app's own
// folders, PDFs read by the reader cmd wired in).
func loadFolder(ctx context.Context, dir string, opts load.Options) (*data.LoadResult, error) {
	if dir == "" {
		return load.FS(ctx, assets.Samples(), assets.SamplesName, opts)
	}
	return load.Folder(ctx, dir, opts)
}

// progressReporter returns a Progress callback that updates the bar at most every 50 ms,
// through do (the task's Do).
func (a *App) progressReporter(gen int, do func(func())) func(done, total int) {
	var mu sync.Mutex
	var last time.Time
	return func(done, total int) {
		mu.Lock()
		now := time.Now()
		if done != total && now.Sub(last) < 50*time.Millisecond {
			mu.Unlock()
			return
		}
		last = now
		mu.Unlock()
		do(func() {
			if gen == a.loadGen && total > 0 {
				a.ui.progress.SetValue(float64(done) / float64(total))
			}
		})
	}
}

// preparingReporter returns a Preparing callback that says in the status line, through do,
// that the load waits for the PDF reader to be prepared (seconds, the first time only): the bar
// stands still meanwhile.
func (a *App) preparingReporter(gen int, do func(func())) func() {
	return func() {
		do(func() {
			if gen == a.loadGen {
				a.ui.status.SetText(T("Preparing the PDF reader, first time only…"))
			}
		})
	}
}

// loaded applies a finished load unless a newer one started since.
func (a *App) loaded(gen int, dir string, ix *data.Indexed, sim similarIndex, err error) {
	if gen != a.loadGen {
		return
	}
	a.loading = false
	a.showLoading(false)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			a.updateStatus()
			return
		}
		a.updateStatus()
		var place *data.PlaceError
		if !errors.As(err, &place) { // a place's error names the folder and what is wrong itself
			err = errors.New(T("Could not open the folder: {{.Error}}", "Error", words.Of(langCode()).Error(err)))
		}
		a.showError(err) // worded there
		if a.firstLoad && dir != "" {
			a.Open("") // nothing shown yet: show the samples rather than an empty window
		}
		return
	}
	if dir != a.dir {
		a.marks.Clear()
		a.ui.table.selected = nil
	}
	a.dir = dir
	a.places = ix.Result().Places
	if dir != "" {
		a.prefs.rememberFolder(dir)
	}
	a.similar = sim
	a.store.SetIndexed(ix)
	a.win.SetTitle(T("Vertailu – {{.Folder}}", "Folder", a.folderName()))
	a.watch(dir)
	if a.firstLoad {
		a.firstLoad = false
		for i := range min(a.opts.Mark, len(a.ui.table.Rows())) {
			a.ui.table.ToggleMark(i)
		}
		a.restoreMarks()
		a.ShowView(a.opts.View)
		if len(a.modals) == 0 {
			a.FocusTable() // ↑ ↓ and Space work at once, without a click first
		}
	}
}

// showLoading shows or hides the progress bar and cancel button.
func (a *App) showLoading(on bool) {
	a.loading = on
	v := a.ui
	if on {
		v.progress.SetValue(0)
		v.progress.Show()
		v.cancel.Show()
		return
	}
	v.progress.Hide()
	v.cancel.Hide()
}

// CancelLoad stops the load in flight; the previous folder stays shown.
func (a *App) CancelLoad() {
	if a.cancelLoad != nil {
		a.cancelLoad()
	}
}

// Reload reads the open folder again (F5).
func (a *App) Reload() {
	if a.loading {
		return
	}
	a.Open(a.dir)
}

// ShowOpenFolder asks for a folder and opens it (Ctrl+O).
func (a *App) ShowOpenFolder() {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			a.showError(err)
			return
		}
		if u != nil {
			a.Open(u.Path())
		}
	}, a.win)
	if l := dialogStart(a.dir); l != nil {
		d.SetLocation(l)
	}
	a.presentFileDialog(d)
}

// dialogSize is a file dialog size that fits the window.
func dialogSize(w fyne.Window) fyne.Size {
	s := w.Canvas().Size()
	return fyne.NewSize(min(900, s.Width*0.9), min(640, s.Height*0.9))
}

// showRecent pops up the recent folders under the Recent button.
func (a *App) showRecent() {
	recent := a.prefs.recentFolders()
	items := make([]*fyne.MenuItem, 0, len(recent)+1)
	items = append(items, fyne.NewMenuItem(T("Sample folder"), func() { a.Open("") }))
	for _, dir := range recent {
		d := dir
		items = append(items, fyne.NewMenuItem(d, func() { a.Open(d) }))
	}
	a.popUpMenu(items, a.ui.recentBtn)
}

// popUpMenu shows a menu under the widget below.
func (a *App) popUpMenu(items []*fyne.MenuItem, below fyne.CanvasObject) {
	c := a.win.Canvas()
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(below)
	pos.Y += below.Size().Height
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), c, pos)
}

// HandleDrop opens the first folder dropped onto the window; a dropped file opens the folder
// it is in.
func (a *App) HandleDrop(uris []fyne.URI) {
	for _, u := range uris {
		if u == nil || u.Scheme() != "file" {
			continue
		}
		path := u.Path()
		if isDir(path) {
			a.Open(path)
			return
		}
	}
	a.infoKeys(dialog.NewInformation(T("Open folder"), T("Drop a folder of project descriptions onto the window."), a.win))
}

// folderLabel names a folder for messages, "" being the sample folder.
func folderLabel(dir string) string {
	if dir == "" {
		return T("sample folder")
	}
	return dir
}
