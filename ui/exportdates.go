package ui

import (
	"path/filepath"
	"strings"
	"time"

	"vertailu/assets/words"
	"vertailu/data"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// The officer's corrections of export dates, remembered per file (its absolute path) as
// "YYYY-MM-DD path" entries.
const (
	prefExportDates = "exportDates"
	maxExportDates  = 500
)

// exportDates returns the remembered dates by absolute path; entries that cannot be one are
// passed over.
func (p prefs) exportDates() map[string]data.Date {
	out := map[string]data.Date{}
	for _, e := range p.p.StringList(prefExportDates) {
		day, path, ok := strings.Cut(e, " ")
		t, err := time.Parse("2006-01-02", day)
		if ok && err == nil && usablePath(path) {
			out[path] = data.Date{Time: t}
		}
	}
	return out
}

// setExportDate remembers d as the date of the export at path (absolute); an unknown d forgets
// the correction. The newest corrections are kept, at most maxExportDates.
func (p prefs) setExportDate(path string, d data.Date) {
	list := []string{}
	if d.Known() {
		list = append(list, d.ISO()+" "+path)
	}
	for _, e := range p.p.StringList(prefExportDates) {
		if _, q, ok := strings.Cut(e, " "); ok && q != path && len(list) < maxExportDates {
			list = append(list, e)
		}
	}
	p.p.set(map[string]any{prefExportDates: list})
}

// exportDatesIn are the remembered dates of the files below dir, by path relative to it with
// forward slashes (load.Options.ExportDates); none for the samples.
func (a *App) exportDatesIn(dir string) map[string]data.Date {
	if dir == "" {
		return nil
	}
	root, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	out := map[string]data.Date{}
	for path, d := range a.prefs.exportDates() {
		if rel, err := filepath.Rel(root, path); err == nil && !strings.HasPrefix(rel, "..") && rel != "." {
			out[filepath.ToSlash(rel)] = d
		}
	}
	return out
}

// parseDay reads a date as officers write it: 25.9.2026 (or 2026-09-25).
func parseDay(s string) (data.Date, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2.1.2006", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil && t.Year() >= 1990 && t.Year() <= 2100 {
			return data.Date{Time: t}, true
		}
	}
	return data.Date{}, false
}

// exportDateRow is the Source tab's line for a list export's date: the date, where it came
// from, and a button to correct it.
func exportDateRow(s data.Source, correct func(file string, was data.Date)) fyne.CanvasObject {
	text := T("Unknown")
	if s.Exported.Known() {
		text = data.FormatDate(s.Exported, langCode()) + " (" + words.Of(langCode()).DateFrom(s.From) + ")"
	}
	fix := widget.NewButton(T("Correct…"), func() {
		if correct != nil {
			correct(s.File, s.Exported)
		}
	})
	return container.NewHBox(widget.NewLabel(text), fix)
}

// askExportDate asks for the date of the export file (relative to the open folder), remembers
// it and loads the folder again; an empty answer forgets the correction.
func (a *App) askExportDate(file string, was data.Date) {
	if a.dir == "" {
		a.showError(errNoDateForSamples)
		return
	}
	entry := widget.NewEntry()
	entry.SetPlaceHolder("25.9.2026")
	if was.Known() {
		entry.SetText(was.Finnish())
	}
	entry.Validator = func(s string) error {
		if _, ok := parseDay(s); ok || strings.TrimSpace(s) == "" {
			return nil
		}
		return errBadDay
	}
	items := []*widget.FormItem{
		widget.NewFormItem(T("File"), widget.NewLabel(file)),
		widget.NewFormItem(T("Export date"), entry),
	}
	d := dialog.NewForm(T("Date of the export"), T("Save"), T("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		day, _ := parseDay(entry.Text)
		a.prefs.setExportDate(filepath.Join(a.dir, filepath.FromSlash(file)), day)
		a.Reload()
	}, a.win)
	d.Show()
}

// errBadDay and errNoDateForSamples are worded when shown (see dayError).
var (
	errBadDay           = dayError("Write the date as 25.9.2026.")
	errNoDateForSamples = dayError("The samples' dates cannot be changed: open a folder of your own.")
)

// dayError is an error worded in the language shown.
type dayError string

func (e dayError) Error() string { return T(string(e)) }
