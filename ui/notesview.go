package ui

import (
	"errors"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vertailu/data"
)

// notesView is the Notes tab: the selected project's tags (add, remove), its notes (each with
// its time and author; edit, delete) and an editor for a new note or the one being edited.
// What is typed is kept as a draft in the notebook a moment after each change, so that a crash
// loses at most that moment; a failed save says so and keeps the text in the editor.
type notesView struct {
	widget.BaseWidget

	// OnAllNotes, OnExport and OnImport are the buttons for every note, for writing the notes
	// to a file and for reading notes from one.
	OnAllNotes, OnExport, OnImport func()
	// Change runs a change on the notebook off the UI goroutine, then done with its error on
	// it (App.changeNotebook); ChangeQuietly is for one the officer did not ask for in words.
	Change        func(change func(data.Notebook) error, done func(error))
	ChangeQuietly func(change func(data.Notebook) error)
	// OnError says what went wrong; Confirm shows a question with the window's keys.
	OnError func(error)
	Confirm func(*dialog.ConfirmDialog)

	own      *ownLayer   // what the notebook held when last read
	win      fyne.Window // the dialogs' parent
	author   string      // the name notes are written under
	tasks    *Tasks
	selected bool // a project is selected (it may have no code)

	content *fyne.Container
	code    string // the project shown, "" for none

	tags    *fyne.Container // the project's tags, each a button that removes it
	tagIn   *widget.SelectEntry
	list    *fyne.Container // the notes
	editor  *widget.Entry
	save    *widget.Button
	cancel  *widget.Button
	status  *widget.Label
	editing string // the ID of the note in the editor, "" for a new one

	draftTimer *time.Timer
	// draftDelay is how long after the last keystroke the draft is saved.
	draftDelay time.Duration
}

// newNotesView shows the notes and tags of own, writing new ones under author; the drafts are
// kept as tasks.
func newNotesView(own *ownLayer, author string, win fyne.Window, tasks *Tasks) *notesView {
	v := &notesView{own: own, author: author, win: win, tasks: tasks, draftDelay: 700 * time.Millisecond}
	v.tags = container.NewHBox()
	v.tagIn = widget.NewSelectEntry(nil)
	v.tagIn.SetPlaceHolder(T("New tag…"))
	v.tagIn.OnSubmitted = func(string) { v.addTag() }
	addTag := widget.NewButtonWithIcon(T("Add tag"), theme.ContentAddIcon(), v.addTag)
	v.list = container.NewVBox()
	v.editor = widget.NewMultiLineEntry()
	v.editor.Wrapping = fyne.TextWrapWord
	v.editor.SetMinRowsVisible(4)
	v.editor.SetPlaceHolder(T("Write a note on this project… (several paragraphs are fine)"))
	v.editor.OnChanged = func(string) { v.draftChanged() }
	v.save = widget.NewButtonWithIcon(T("Save note"), theme.DocumentSaveIcon(), v.saveNote)
	v.save.Importance = widget.HighImportance
	v.cancel = widget.NewButtonWithIcon(T("Cancel editing"), theme.CancelIcon(), v.cancelEdit)
	v.cancel.Hide()
	v.status = widget.NewLabel("")
	v.status.Wrapping = fyne.TextWrapWord
	tagRow := container.NewBorder(nil, nil, container.NewHBox(heading(T("Tags")), v.tags), addTag, v.tagIn)
	all := widget.NewButtonWithIcon(T("All notes…"), theme.ListIcon(), func() { call(v.OnAllNotes) })
	exp := widget.NewButtonWithIcon(T("Export notes…"), theme.UploadIcon(), func() { call(v.OnExport) })
	imp := widget.NewButtonWithIcon(T("Import notes…"), theme.DownloadIcon(), func() { call(v.OnImport) })
	for _, b := range []*widget.Button{all, exp, imp} {
		b.Importance = widget.LowImportance
	}
	buttons := container.NewBorder(nil, nil, container.NewHBox(v.save, v.cancel), container.NewHBox(all, exp, imp))
	v.content = container.NewVBox(tagRow, widget.NewSeparator(), v.list, v.editor, buttons, v.status)
	v.set(nil)
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer draws the view's content.
func (v *notesView) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(v.content) }

// set shows p's notes and tags (nil: a hint). Text typed for another project stays in its
// draft.
func (v *notesView) set(p *data.Project) {
	code := ""
	v.selected = p != nil
	if p != nil {
		code = data.CleanCode(p.Code)
	}
	if code != v.code {
		v.flushDraft()
		v.code, v.editing = code, ""
		v.editor.OnChanged = nil
		v.editor.SetText(v.draftText(code, ""))
		v.editor.OnChanged = func(string) { v.draftChanged() }
		v.status.SetText("")
	}
	v.refresh()
}

// restoreDraft puts the draft kept for the project shown into an empty editor.
func (v *notesView) restoreDraft() {
	if v.code == "" || v.editing != "" || v.editor.Text != "" {
		return
	}
	if text := v.draftText(v.code, ""); text != "" {
		v.editor.OnChanged = nil
		v.editor.SetText(text)
		v.editor.OnChanged = func(string) { v.draftChanged() }
	}
}

// draftText is the draft kept for the note id on code ("" for a new one).
func (v *notesView) draftText(code, id string) string {
	for _, d := range v.own.drafts {
		if d.Code == code && d.NoteID == id {
			return d.Text
		}
	}
	return ""
}

// refresh shows the notebook's notes and tags of the project.
func (v *notesView) refresh() {
	v.list.Objects = nil
	v.tags.Objects = nil
	on := v.code != ""
	for _, o := range []fyne.Disableable{v.editor, v.save, v.tagIn} {
		if on {
			o.Enable()
		} else {
			o.Disable()
		}
	}
	if !on {
		hint := T("Select a project in the table to see its details.")
		if v.selected {
			hint = T("This project has no code: notes are kept by the project's code.")
		}
		v.list.Add(widget.NewLabel(hint))
		v.list.Refresh()
		v.tags.Refresh()
		return
	}
	for _, tag := range v.own.index.Tags(v.code) {
		b := widget.NewButtonWithIcon(tag, theme.CancelIcon(), func() { v.removeTag(tag) })
		b.Importance = widget.LowImportance
		v.tags.Add(b)
	}
	v.tagIn.SetOptions(v.tagChoices())
	notes := v.own.notes[v.code]
	if len(notes) == 0 {
		l := widget.NewLabel(T("No notes on this project yet."))
		l.Importance = widget.LowImportance
		v.list.Add(l)
	}
	for _, n := range notes {
		v.list.Add(v.noteRow(n))
	}
	v.list.Refresh()
	v.tags.Refresh()
}

// tagChoices are the tags offered: those in use and a few suggested, in Finnish order.
func (v *notesView) tagChoices() []string {
	tags := slices.Clone(v.own.index.AllTags())
	for _, s := range []string{T("follow up"), T("risk"), T("good practice")} {
		if !slices.Contains(tags, s) {
			tags = append(tags, s)
		}
	}
	data.SortTexts(tags)
	return tags
}

// noteRow is one note: who wrote it and when (and when it was edited), its text, and buttons
// to edit and delete it.
func (v *notesView) noteRow(n data.Note) fyne.CanvasObject {
	head := joinNonEmpty(" · ", n.Author, noteTime(n.Created))
	if n.Edited.Sub(n.Created) >= time.Minute {
		head += " · " + T("edited {{.Time}}", "Time", noteTime(n.Edited))
	}
	h := widget.NewLabelWithStyle(head, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	text := widget.NewLabel(n.Text)
	text.Wrapping = fyne.TextWrapWord
	edit := widget.NewButtonWithIcon(T("Edit"), theme.DocumentCreateIcon(), func() { v.edit(n) })
	del := widget.NewButtonWithIcon(T("Delete"), theme.DeleteIcon(), func() { v.askDelete(n) })
	edit.Importance, del.Importance = widget.LowImportance, widget.LowImportance
	return container.NewVBox(container.NewBorder(nil, nil, nil, container.NewHBox(edit, del), h), text, widget.NewSeparator())
}

// edit puts note n in the editor (its draft, when one was kept).
func (v *notesView) edit(n data.Note) {
	v.flushDraft()
	v.editing = n.ID
	text := v.draftText(v.code, n.ID)
	if text == "" {
		text = n.Text
	}
	v.editor.SetText(text)
	v.save.SetText(T("Save changes"))
	v.cancel.Show()
	v.win.Canvas().Focus(v.editor)
}

// cancelEdit leaves the note as it was and empties the editor.
func (v *notesView) cancelEdit() {
	v.stopDraft()
	id, code := v.editing, v.code
	v.ChangeQuietly(func(nb data.Notebook) error { return nb.SaveDraft(data.Draft{Code: code, NoteID: id}) })
	v.resetEditor()
}

func (v *notesView) resetEditor() {
	v.editing = ""
	v.editor.OnChanged = nil
	v.editor.SetText("")
	v.editor.OnChanged = func(string) { v.draftChanged() }
	v.save.SetText(T("Save note"))
	v.cancel.Hide()
}

// saveNote saves the editor's text as a new note or the edited one; on failure the text stays
// and the reason shows below.
func (v *notesView) saveNote() {
	text := strings.TrimRight(v.editor.Text, " \t\r\n")
	if strings.TrimSpace(text) == "" || v.code == "" {
		return
	}
	v.stopDraft()
	n := data.Note{ID: v.editing, Code: v.code, Text: text, Author: v.author}
	code, editing := v.code, v.editing
	v.status.SetText(T("Saving…"))
	v.save.Disable()
	v.Change(func(nb data.Notebook) error {
		_, err := nb.SaveNote(n)
		return err
	}, func(err error) {
		v.save.Enable()
		if err != nil {
			v.status.SetText(noteError(err).Error())
			v.status.Importance = widget.DangerImportance
			v.status.Refresh()
			return
		}
		v.status.Importance = widget.MediumImportance
		if v.code == code && v.editing == editing {
			v.resetEditor()
		}
		v.status.SetText(T("Saved."))
	})
}

// askDelete deletes note n after asking.
func (v *notesView) askDelete(n data.Note) {
	d := dialog.NewConfirm(T("Delete the note?"), T("Delete this note? It cannot be undone."), func(ok bool) {
		if !ok {
			return
		}
		v.Change(func(nb data.Notebook) error { return nb.DeleteNote(n.ID) }, func(err error) {
			if err != nil && !errors.Is(err, data.ErrNoteNotFound) {
				v.OnError(noteError(err))
				return
			}
			if v.editing == n.ID {
				v.resetEditor()
			}
		})
	}, v.win)
	v.Confirm(d)
}

// addTag puts the tag typed (or chosen) on the project.
func (v *notesView) addTag() {
	tag := data.CleanTag(v.tagIn.Text)
	if tag == "" || v.code == "" {
		return
	}
	code := v.code
	v.Change(func(nb data.Notebook) error { return nb.AddTag(code, tag) }, func(err error) {
		if err != nil {
			v.OnError(noteError(err))
			return
		}
		v.tagIn.SetText("")
	})
}

func (v *notesView) removeTag(tag string) {
	code := v.code
	v.Change(func(nb data.Notebook) error { return nb.RemoveTag(code, tag) }, func(err error) {
		if err != nil {
			v.OnError(noteError(err))
		}
	})
}

// draftChanged saves the editor's text as a draft a moment after the typing stops.
func (v *notesView) draftChanged() {
	if v.code == "" {
		return
	}
	v.status.SetText("")
	v.stopDraft()
	v.draftTimer = time.AfterFunc(v.draftDelay, func() { v.tasks.Do(v.flushDraft) })
}

func (v *notesView) stopDraft() {
	if v.draftTimer != nil {
		v.draftTimer.Stop()
		v.draftTimer = nil
	}
}

// flushDraft saves what the editor holds as the draft of its note now (on the UI goroutine;
// the write runs off it).
func (v *notesView) flushDraft() {
	if v.draftTimer == nil || v.code == "" {
		return
	}
	v.stopDraft()
	d := data.Draft{Code: v.code, NoteID: v.editing, Text: v.editor.Text}
	v.own.drafts = slices.DeleteFunc(v.own.drafts, func(o data.Draft) bool { return o.Code == d.Code && o.NoteID == d.NoteID })
	if strings.TrimSpace(d.Text) != "" {
		v.own.drafts = append(v.own.drafts, d)
	}
	v.ChangeQuietly(func(nb data.Notebook) error { return nb.SaveDraft(d) })
}

// call runs f when it is set.
func call(f func()) {
	if f != nil {
		f()
	}
}
