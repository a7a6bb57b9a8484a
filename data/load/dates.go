package load

import (
	"io/fs"
	"os"
	"time"

	"vertailu/data"
)

// dateFile gives a list file's result its export's date (the footer's it found, else its
// name's, else the file's modification time; set, an officer's correction, before them all)
// and stamps each row's source with that date, its period and its own values. Nothing is
// done for a description or a skipped file.
func dateFile(fr *data.FileResult, src source, set map[string]data.Date) {
	if len(fr.Listed) == 0 {
		fr.Exported = data.ExportDate{}
		return
	}
	fr.Exported = data.ExportDateOf(src.rel, fr.Exported.Date, modTime(src), set[src.rel])
	for _, p := range fr.Listed {
		s := &p.Sources[0]
		s.Exported, s.From = fr.Exported.Date, fr.Exported.From
		s.Period = p.Period
		s.Row = data.RowValuesOf(p)
	}
}

// modTime is when src was last modified; zero when unknown (an embedded file).
func modTime(src source) time.Time {
	var info fs.FileInfo
	var err error
	switch {
	case src.path != "":
		info, err = os.Stat(src.path)
	case src.open != nil:
		var f fs.File
		if f, err = src.open(); err == nil {
			info, err = f.Stat()
			f.Close()
		}
	default:
		return time.Time{}
	}
	if err != nil {
		return time.Time{}
	}
	return info.ModTime()
}
