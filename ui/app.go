// Package ui is Vertailu's desktop app: the main window with the project table, filters,
// details, comparison, groups and warnings, loading in the background and exporting. It never
// imports fyne.io/fyne/v2/app, so its tests run headless; cmd/vertailu creates the fyne.App.
package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"vertailu/charts/geo"
	"vertailu/data"
	"vertailu/ui/session"
)

// Options tune the app.
type Options struct {
	// Dir is the folder to open; "" opens the folder used last, or the embedded sample folder
	// on first start.
	Dir string
	// Lang is "fi" or "en" to override the remembered language; "" keeps the preference (or
	// the system language).
	Lang string
	// Watch reloads when files in the open folder change.
	Watch bool
	// View, when set, opens that tab after the first load: "overview", "funding",
	// "sustainability", "texts", "source", "compare", "groups", "map", "map-municipalities", "warnings" or
	// "changes", "notes" or "similar" (for screenshots).
	View string
	// Mark, when above 0, marks the first Mark rows after the first load (for screenshots of
	// the comparison).
	Mark int
	// SettingsFile is where the app keeps what it remembers (see settings); "" keeps it in
	// memory. SettingsPath gives the usual place.
	SettingsFile string
	// Own are the app's own folders (settings, caches): never read as input nor watched, even
	// when the folder opened holds them (the home folder).
	Own []string
	// PDF reads printed PDFs (cmd wires in the PDF engine); nil skips them.
	PDF data.PDFReader
	// Notebook keeps the officer's notes, tags, selections and marks (cmd wires in the SQLite
	// store); nil keeps them in memory for the run.
	Notebook data.Notebook
	// NotebookProblem, when set, is said once the window shows: why the notebook is not the
	// usual one.
	NotebookProblem NotebookProblem
	// Author is the name notes are written under (the system user's).
	Author string

	// deferred keeps what background work hands to the UI until Tasks.Wait (headless tests;
	// see Tasks).
	deferred bool
	// preloaded shows what the store holds instead of loading a folder (benchmarks).
	preloaded bool
}

// App is the running desktop app: one main window over a data.Store.
type App struct {
	fyne  fyne.App
	win   fyne.Window
	store *data.Store
	opts  Options
	lang  string
	tasks Tasks
	sess  *session.Session // the query, the marks and the snapshots computed off the UI goroutine
	marks *session.Marks   // the session's
	shown session.Snapshot // the snapshot the window shows
	// afterShow, when set, runs once the next snapshot is shown (a scroll to the selection).
	afterShow func()
	// reselect shows the selected project's details again with the next snapshot: the store
	// changed, and the selection is a new copy of the project.
	reselect bool
	// fitColumns fits the table's column widths to the rows of the next snapshot (a load).
	fitColumns bool
	prefs      prefs
	own        ownLayer
	tally      loadTally // the shown load's files counted, for the status bar

	// The open folder ("" for the embedded samples) and the load in flight.
	dir        string
	places     []string // where the load read from, links resolved (data.LoadResult.Places)
	loadGen    int
	loading    bool
	cancelLoad context.CancelFunc
	watcher    *folderWatcher
	firstLoad  bool

	ui       *mainView // the widgets, rebuilt on a language switch
	lastDone string    // the last export summary shown, for tests

	// View state that outlives a rebuild of the widgets (a language switch).
	groupBy       groupChoice
	mapBy         mapChoice
	clearedMarks  []string      // the keys of the marks the last clear removed (Ctrl+Z restores them)
	modals        []*shownModal // the dialogs on screen, the top one last
	splitOffset   float64       // the table / details divider, 0 for the default
	detailsHidden bool          // the table has the whole height (Ctrl+D)
	enlargedFrom  float64       // the divider before Ctrl+Shift+D enlarged the details, 0 when not

	// similar is the index of similar projects of the set shown, built with it on the
	// loading worker; similarBuilding the set whose index is being built otherwise.
	similar         similarIndex
	similarBuilding *data.LoadResult
}

// New builds the main window of a over store and starts loading the folder. Show it with
// Window().ShowAndRun().
func New(a fyne.App, store *data.Store, opts Options) *App {
	v := &App{
		fyne: a, store: store, opts: opts, prefs: prefs{openSettings(opts.SettingsFile, a.Preferences())}, firstLoad: true,
		groupBy: newGroupChoice(data.FieldPriorityAxis),
	}
	v.tasks.deferred = opts.deferred
	v.lang = ResolveLanguage(opts.Lang)
	if opts.Lang == "" {
		v.lang = ResolveLanguage(v.prefs.language())
	}
	if err := SetLanguage(v.lang); err != nil {
		fyne.LogError("loading translations", err)
	}
	v.sess = session.New(store, &v.tasks)
	v.marks = v.sess.Marks()
	v.sess.OnSnapshot = v.show
	v.sess.SetSortQuietly(v.prefs.sort())
	v.splitOffset, v.detailsHidden = v.prefs.split()
	v.win = a.NewWindow("Vertailu")
	v.win.Resize(v.prefs.windowSize())
	v.win.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) { v.HandleDrop(uris) })
	v.win.SetCloseIntercept(v.close)
	v.rebuild()
	v.addShortcuts()
	v.win.SetOnClosed(store.OnChange(v.storeChanged)) // a closed window hears the store no more
	if !opts.preloaded {
		v.Open(v.startFolder())
	}
	v.readNotebook()
	v.sayNotebookProblem()
	// Another Vertailu window may have written to the notebook meanwhile: shown on coming back.
	a.Lifecycle().SetOnEnteredForeground(func() {
		if v.own.loaded {
			v.readNotebook()
		}
	})
	return v
}

// FitScreen makes the window no larger than screen, the room on the screen it opens on (zero
// sides are unknown): the first window's 1280×800, or a size remembered from a larger screen,
// would hide its own edges there, the language choice and the status bar among them. Call it
// before the window shows.
func (a *App) FitScreen(screen fyne.Size) {
	size := a.win.Canvas().Size()
	if screen.Width > 0 {
		size.Width = min(size.Width, screen.Width)
	}
	if screen.Height > 0 {
		size.Height = min(size.Height, screen.Height)
	}
	a.win.Resize(size)
}

// Window returns the main window.
func (a *App) Window() fyne.Window { return a.win }

// SwitchLanguage shows the app in code ("fi" or "en"), rebuilding every widget, and
// remembers the choice.
func (a *App) SwitchLanguage(code string) {
	code = ResolveLanguage(code)
	if code == a.lang {
		return
	}
	a.lang = code
	a.prefs.setLanguage(code)
	if err := SetLanguage(code); err != nil {
		fyne.LogError("loading translations", err)
	}
	a.rebuild()
}

// rebuild creates every widget in the current language and fills them from the store.
func (a *App) rebuild() {
	tab := 0
	if a.ui != nil {
		tab = a.ui.tabs.SelectedIndex()
		a.splitOffset = a.ui.split.Offset
		a.detailsHidden = !a.ui.pane.Visible()
	}
	a.ui = a.newMainView()
	a.win.SetContent(a.ui.content)
	a.ui.tabs.SelectIndex(tab)
	if a.shown.Gen > 0 { // the same store in another language: no empty table meanwhile
		a.show(a.shown)
	}
	a.fillFromStore()
	a.showLoading(a.loading)
}

func (a *App) addShortcuts() {
	c := a.win.Canvas()
	for _, sc := range a.shortcuts() {
		c.AddShortcut(sc.key, func(fyne.Shortcut) { sc.run() })
	}
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) { a.globalKey(ev) })
	// Ctrl+Z reaches the window as Undo; a focused text field undoes its own typing instead.
	c.AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { a.UndoClearMarks() })
}

// appShortcut is one of the window's keyboard shortcuts.
type appShortcut struct {
	key *desktop.CustomShortcut
	run func()
}

// shortcuts lists the window's shortcuts (Cmd for Ctrl on macOS; README lists them).
func (a *App) shortcuts() []appShortcut {
	mod := fyne.KeyModifierShortcutDefault
	key := func(k fyne.KeyName) *desktop.CustomShortcut {
		return &desktop.CustomShortcut{KeyName: k, Modifier: mod}
	}
	list := []appShortcut{
		{key(fyne.KeyO), a.ShowOpenFolder},
		{key(fyne.KeyF), a.FocusSearch},
		{key(fyne.KeyE), a.ShowExportMenu},
		{key(fyne.KeyR), a.Reload},
		{key(fyne.KeyT), a.FocusTable},
		{key(fyne.KeyM), a.toggleMarkedOnly},
		{key(fyne.KeyD), a.ToggleDetails},
		{&desktop.CustomShortcut{KeyName: fyne.KeyD, Modifier: mod | fyne.KeyModifierShift}, a.EnlargeDetails},
		{key(fyne.KeyN), func() { a.ShowView("notes") }},
		{key(fyne.KeyL), func() { a.ShowView("similar") }},
		{key(fyne.KeyPageDown), func() { showTab(a.ui.tabs, -1, 1) }},
		{key(fyne.KeyPageUp), func() { showTab(a.ui.tabs, -1, -1) }},
	}
	for i, k := range []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7, fyne.Key8, fyne.Key9, fyne.Key0} {
		list = append(list, appShortcut{key(k), func() { showTab(a.ui.tabs, i, 0) }})
	}
	return list
}

// globalShortcut runs s when it is one of the window's shortcuts and reports whether it was. A
// focused text field receives shortcuts before the window does, so the search field passes
// them here.
func (a *App) globalShortcut(s fyne.Shortcut) bool {
	for _, sc := range a.shortcuts() {
		if s.ShortcutName() == sc.key.ShortcutName() {
			sc.run()
			return true
		}
	}
	return false
}

// globalKey handles keys that work wherever the focus is (F5 reloads); it reports whether it
// used the key.
func (a *App) globalKey(ev *fyne.KeyEvent) bool {
	if a.dialogKey(ev) {
		return true
	}
	if ev.Name == fyne.KeyF5 {
		a.Reload()
		return true
	}
	return false
}

// FocusSearch puts the keyboard focus into the search field (Ctrl+F).
func (a *App) FocusSearch() { a.win.Canvas().Focus(a.ui.search) }

// FocusTable puts the keyboard focus into the project table (Ctrl+T; Enter or ↓ in the search
// field, and at start): ↑ ↓ move the selection, Space marks.
func (a *App) FocusTable() { a.win.Canvas().Focus(a.ui.table) }

// toggleMarkedOnly shows only the marked projects, or all again (Ctrl+M).
func (a *App) toggleMarkedOnly() {
	ids, labels := subsetChoices()
	want := subsetMarked
	if a.sess.MarkedOnly() {
		want = string(data.SubsetAll)
	}
	for i, id := range ids {
		if id == want {
			a.ui.subset.SetSelected(labels[i])
		}
	}
}

// ToggleDetails hides the details below the table, giving the table the whole height, or
// shows them again where the divider was (Ctrl+D).
func (a *App) ToggleDetails() {
	if a.ui.pane.Visible() {
		a.ui.pane.Hide()
	} else {
		a.ui.pane.Show()
	}
	a.ui.split.Refresh()
}

// enlargedSplit is the divider when the details are enlarged: a few table rows above them.
const enlargedSplit = 0.3

// EnlargeDetails gives the details most of the height, or the divider back where it was
// (Ctrl+Shift+D); hidden details show again.
func (a *App) EnlargeDetails() {
	a.ui.pane.Show()
	if a.enlargedFrom > 0 && a.ui.split.Offset == enlargedSplit {
		a.ui.split.SetOffset(a.enlargedFrom)
		a.enlargedFrom = 0
	} else {
		a.enlargedFrom = a.ui.split.Offset
		a.ui.split.SetOffset(enlargedSplit)
	}
	a.ui.split.Refresh()
}

// close remembers the window size and the divider before closing.
func (a *App) close() {
	a.prefs.setWindowSize(a.win.Canvas().Size())
	offset := a.ui.split.Offset
	if a.enlargedFrom > 0 && offset == enlargedSplit {
		offset = a.enlargedFrom // Ctrl+Shift+D is for a moment: the usual divider is kept
	}
	a.prefs.setSplit(offset, !a.ui.pane.Visible())
	if a.cancelLoad != nil {
		a.cancelLoad()
	}
	a.stopWatching()
	a.ui.notes.flushDraft()
	a.own.queue.drain(2 * time.Second) // the last draft and marks are on disk before the notebook closes
	a.win.Close()
}

// searchEntry is the search field; it passes F5 and the window's shortcuts to the app.
type searchEntry struct {
	widget.Entry
	onKey      func(*fyne.KeyEvent) bool
	onShortcut func(fyne.Shortcut) bool
	onDone     func() // Enter or ↓: on to the results
}

func newSearchEntry(onKey func(*fyne.KeyEvent) bool, onShortcut func(fyne.Shortcut) bool) *searchEntry {
	e := &searchEntry{onKey: onKey, onShortcut: onShortcut}
	e.ExtendBaseWidget(e)
	return e
}

// TypedShortcut lets the app run its own shortcuts (Ctrl+O, Ctrl+E…) while the field has the
// focus; copy, paste and the rest stay the field's.
func (e *searchEntry) TypedShortcut(s fyne.Shortcut) {
	if e.onShortcut != nil && e.onShortcut(s) {
		return
	}
	e.Entry.TypedShortcut(s)
}

// TypedKey lets the app see F5 first; Enter and ↓ go on to the table (onDone).
func (e *searchEntry) TypedKey(ev *fyne.KeyEvent) {
	if e.onKey != nil && e.onKey(ev) {
		return
	}
	if (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter || ev.Name == fyne.KeyDown) && e.onDone != nil {
		e.onDone()
		return
	}
	e.Entry.TypedKey(ev)
}

// tabIndex maps Options.View names to tab positions.
var tabIndex = map[string]int{"overview": 0, "funding": 1, "sustainability": 2, "texts": 3, "source": 4, "compare": 5, "groups": 6, "map": 7, "warnings": 8, "changes": 9, "notes": 10, "similar": 11}

// ShowView selects the tab named like Options.View ("open" shows the open-folder dialog);
// it reports whether the name is known.
func (a *App) ShowView(name string) bool {
	if name == "open" {
		a.ShowOpenFolder()
		return true
	}
	if name == "map-municipalities" {
		a.ui.mapv.level.SetSelected(levelName(geo.Municipalities))
		name = "map"
	}
	i, ok := tabIndex[name]
	if ok {
		a.ui.tabs.SelectIndex(i)
	}
	return ok
}
