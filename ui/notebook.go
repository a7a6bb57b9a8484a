package ui

import (
	"errors"
	"slices"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"vertailu/data"
	"vertailu/export"
)

// ownLayer is what the app holds of the officer's own layer (notes, tags, selections), read
// from the notebook off the UI goroutine and applied with one fyne.Do. Every change goes to
// the notebook through one queue, in order, off the UI goroutine; the app then reads the
// notebook again, so that it shows what is on disk (and what another window wrote).
type ownLayer struct {
	nb     data.Notebook
	queue  serial
	loaded bool // read at least once

	index      *data.OwnIndex
	notes      map[string][]data.Note // by code, oldest first
	layer      data.OwnLayer          // the notes and tags as read, for the exports
	selections []data.Selection
	drafts     []data.Draft
	savedMarks []string // the marks the notebook held at the start, until restored

	marksRestored bool // the saved marks were applied to the first load (or there were none)
}

// serial runs functions one after another on a task, in the order they were queued.
type serial struct {
	mu      sync.Mutex
	queue   []func(do func(func()))
	running bool
}

func (s *serial) run(t *Tasks, f func(do func(func()))) {
	s.mu.Lock()
	s.queue = append(s.queue, f)
	if s.running {
		s.mu.Unlock()
		return
	}
	s.running = true
	s.mu.Unlock()
	t.Go(func(do func(func())) {
		for {
			s.mu.Lock()
			if len(s.queue) == 0 {
				s.running = false
				s.mu.Unlock()
				return
			}
			f := s.queue[0]
			s.queue = s.queue[1:]
			s.mu.Unlock()
			f(do)
		}
	})
}

// drain waits until the queue is empty and its last function has returned, at most for limit.
func (s *serial) drain(limit time.Duration) {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		s.mu.Lock()
		idle := !s.running
		s.mu.Unlock()
		if idle {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// ownSnapshot is one reading of the notebook.
type ownSnapshot struct {
	index      *data.OwnIndex
	layer      data.OwnLayer
	notes      map[string][]data.Note
	selections []data.Selection
	drafts     []data.Draft
	marks      []string
	err        error
}

func readOwn(nb data.Notebook, withMarks bool) ownSnapshot {
	var s ownSnapshot
	notes, err := nb.Notes("")
	if err != nil {
		return ownSnapshot{err: err}
	}
	tags, err := nb.Tags("")
	if err != nil {
		return ownSnapshot{err: err}
	}
	if s.selections, err = nb.Selections(); err != nil {
		return ownSnapshot{err: err}
	}
	if s.drafts, err = nb.Drafts(); err != nil {
		return ownSnapshot{err: err}
	}
	if withMarks {
		if s.marks, err = nb.Marks(); err != nil {
			return ownSnapshot{err: err}
		}
	}
	s.index = data.NewOwnIndex(notes, tags)
	s.layer = data.OwnLayer{Notes: notes, Tags: tags}
	s.notes = map[string][]data.Note{}
	for _, n := range notes {
		s.notes[n.Code] = append(s.notes[n.Code], n)
	}
	return s
}

// notebook is the notebook the app writes to: the one given, or one in memory.
func (a *App) notebook() data.Notebook {
	if a.own.nb == nil {
		a.own.nb = a.opts.Notebook
		if a.own.nb == nil {
			a.own.nb = data.NewMemoryNotebook()
		}
	}
	return a.own.nb
}

// readNotebook reads the notebook again off the UI goroutine and shows what it holds.
func (a *App) readNotebook() {
	nb := a.notebook()
	first := !a.own.loaded
	a.own.queue.run(&a.tasks, func(do func(func())) {
		s := readOwn(nb, first)
		do(func() { a.applyOwn(s, first) })
	})
}

// changeNotebook runs change on the notebook off the UI goroutine, then done (if set) on the UI
// goroutine with its error, and reads the notebook again after a success.
func (a *App) changeNotebook(change func(nb data.Notebook) error, done func(error)) {
	nb := a.notebook()
	a.own.queue.run(&a.tasks, func(do func(func())) {
		err := change(nb)
		var s ownSnapshot
		if err == nil {
			s = readOwn(nb, false)
		}
		do(func() {
			if err == nil {
				a.applyOwn(s, false)
			}
			if done != nil {
				done(err)
			}
		})
	})
}

// applyOwn shows a reading of the notebook: the table's marks and tag column, the search, the
// tag filter, the Notes tab; the first reading also restores the marks.
func (a *App) applyOwn(s ownSnapshot, first bool) {
	if s.err != nil {
		a.showError(errors.New(T("Your notes could not be read: {{.Error}}", "Error", s.err.Error())))
		return
	}
	a.own.loaded = true
	a.own.index, a.own.notes, a.own.selections, a.own.drafts, a.own.layer = s.index, s.notes, s.selections, s.drafts, s.layer
	if first {
		a.own.savedMarks = s.marks
	}
	a.ui.table.SetOwn(s.index)
	a.fillTagFilter()
	a.sess.SetOwn(s.index) // a snapshot with the search through the notes
	if first {
		a.ui.notes.restoreDraft() // the project may have been selected before the notebook was read
	}
	a.ui.notes.refresh()
	a.restoreMarks()
}

// restoreMarks marks the projects marked when the app last ran, once both the notebook and the
// first folder are read; marks made meanwhile win.
func (a *App) restoreMarks() {
	if a.own.marksRestored || !a.own.loaded || a.firstLoad {
		return
	}
	a.own.marksRestored = true
	codes := a.own.savedMarks
	a.own.savedMarks = nil
	if a.marks.Len() > 0 || len(codes) == 0 {
		a.saveMarks()
		return
	}
	a.ui.table.MarkAll(projectsWithCodes(a.store.Projects(), codes))
}

// projectsWithCodes returns the projects whose code is one of codes, in the codes' order.
func projectsWithCodes(ps []*data.Project, codes []string) []*data.Project {
	byCode := map[string][]*data.Project{}
	for _, p := range ps {
		c := data.CleanCode(p.Code)
		byCode[c] = append(byCode[c], p)
	}
	var out []*data.Project
	for _, c := range codes {
		out = append(out, byCode[data.CleanCode(c)]...)
	}
	return out
}

// markedCodes are the codes of the marked projects, in marking order, each once.
func (a *App) markedCodes() []string {
	var codes []string
	for _, p := range a.marks.List() {
		if c := data.CleanCode(p.Code); c != "" && !slices.Contains(codes, c) {
			codes = append(codes, c)
		}
	}
	return codes
}

// saveMarks keeps the current marks in the notebook, so that they survive a restart (not
// before the saved ones were restored).
func (a *App) saveMarks() {
	if !a.own.marksRestored {
		return
	}
	codes := a.markedCodes()
	a.changeNotebookQuiet(func(nb data.Notebook) error { return nb.SetMarks(codes) })
}

// changeNotebookQuiet is changeNotebook for a change the officer did not ask for in words
// (the marks, a draft): the notebook is not read again, and an error is only logged.
func (a *App) changeNotebookQuiet(change func(nb data.Notebook) error) {
	nb := a.notebook()
	a.own.queue.run(&a.tasks, func(func(func())) {
		if err := change(nb); err != nil {
			fyne.LogError("saving to the notebook", err)
		}
	})
}

// fillTagFilter offers the tags in use in the tag filter; a chosen tag no longer in use is
// dropped. The filter shows once the officer has tags: the filter row keeps its room before.
func (a *App) fillTagFilter() {
	s := a.ui.tagFilter
	tags := a.own.index.AllTags()
	was := a.sess.Query().Tags
	s.SetChoices(tags, tags, was)
	if chosen := s.Chosen(); len(chosen) != len(was) {
		a.sess.SetTags(chosen) // a tag chosen is in use no more
	}
	if len(tags) > 0 && !s.Visible() {
		s.Show()
		a.ui.content.Refresh()
	} else if len(tags) == 0 && s.Visible() {
		s.Hide()
		a.ui.content.Refresh()
	}
	s.OnChosen = func(values []string) { a.sess.SetTags(values) }
}

// noteError words a failed save of the officer's own layer.
func noteError(err error) error {
	switch {
	case errors.Is(err, data.ErrNotebookFull):
		return errors.New(T("The disk is full: the note was not saved. It stays in the editor; free some space and save again."))
	case errors.Is(err, data.ErrSelectionExists):
		return errors.New(T("A selection of that name exists already."))
	case errors.Is(err, data.ErrEmptyName):
		return errors.New(T("The name is empty."))
	}
	return errors.New(T("Could not save: {{.Error}}", "Error", err.Error()))
}

// noteTime writes when a note was written, to the minute, as the language writes it.
func noteTime(t time.Time) string {
	t = t.Local()
	if langCode() == LangEnglish {
		return t.Format("2 Jan 2006 15:04")
	}
	return t.Format("2.1.2006 15.04")
}

// sayNotebookProblem tells the officer, once the window shows, why the notebook is not the
// usual one: moved aside, or kept in memory for this run.
func (a *App) sayNotebookProblem() {
	p := a.opts.NotebookProblem
	if p.Kind == "" {
		return
	}
	why := T("notebook.kind." + p.Kind)
	var text string
	if p.Moved != "" {
		text = T("Your notes database could not be used ({{.Why}}). It was moved aside as {{.File}}, and a new one was started. What can still be read of the old one can be exported with: vertailu notes export --db FILE OUT.json",
			"Why", why, "File", p.Moved)
	} else {
		text = T("Your notes database could not be used ({{.Why}}): notes are kept only until the app closes.", "Why", why)
	}
	a.infoKeys(dialog.NewInformation(T("Notes"), text, a.win))
}

// NotebookProblem is why the app's notebook is not the usual one, for the app to say: Kind
// names the cause ("damaged", "foreign", "newer", "read-only", "locked", "not-file",
// "unavailable"), Moved where the old file went ("" when it stayed).
type NotebookProblem struct {
	Kind  string
	Moved string
}

// ownForExport is what an export prints of the officer's own layer: nil unless "Include my
// notes" is on. It reads the snapshot the app holds, so the export's workers never touch the
// notebook.
func (a *App) ownForExport() export.OwnNotes {
	if !a.prefs.includeNotes() {
		return nil
	}
	return export.OwnFromLayer(a.own.layer)
}

// ownColumnsForExport are the columns a table export adds: the tags and notes when "Include
// my notes" is on.
func (a *App) ownColumnsForExport() []data.Column {
	if !a.prefs.includeNotes() {
		return nil
	}
	return data.OwnColumns(a.own.layer)
}

// toggleIncludeNotes turns "Include my notes" in the exports on or off (remembered).
func (a *App) toggleIncludeNotes() { a.prefs.setIncludeNotes(!a.prefs.includeNotes()) }
