package main

import (
	"bytes"
	"io"
	"sync"
)

// fyneEOFFilter passes the log through but for one message of Fyne's own: "Preferences load
// error: EOF", with its Cause and At lines. Fyne saves its preferences file at exit and its
// watcher of that folder can re-read the file half-written (fyne-io/fyne#2936, open, seen in 1
// of 10 quits even with no preference of ours in it). The file holds only Fyne's file-dialog
// state, a failed re-read keeps the values in memory, and the app keeps its own settings in a
// file of its own (ui.SettingsPath), so the message says nothing a user could act on. Any
// other cause, and any other message, is logged.
type fyneEOFFilter struct {
	mu   sync.Mutex
	w    io.Writer
	held []byte // "Preferences load error:", waiting to see its cause
	drop bool   // the next line is the dropped message's "At:"
}

func (f *fyneEOFFilter) Write(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	switch {
	case f.drop:
		f.drop = false
		if bytes.Contains(p, []byte("  At: ")) {
			return len(p), nil
		}
	case f.held != nil:
		held := f.held
		f.held = nil
		if bytes.Contains(p, []byte("  Cause: EOF")) {
			f.drop = true
			return len(p), nil
		}
		if _, err := f.w.Write(held); err != nil {
			return 0, err
		}
	case bytes.Contains(p, []byte("Fyne error:  Preferences load error:")):
		f.held = append([]byte(nil), p...)
		return len(p), nil
	}
	return f.w.Write(p)
}
