package main

import (
	"bytes"
	"log"
	"testing"
)

func TestFyneEOFFilterDropsOnlyThatMessage(t *testing.T) {
	var out bytes.Buffer
	l := log.New(&fyneEOFFilter{w: &out}, "", 0)
	l.Print("Fyne error:  failed to watch theme settings")
	l.Print("  Cause: no dbus")
	l.Print("Fyne error:  Preferences load error:")
	l.Print("  Cause: EOF")
	l.Print("  At: /fyne/app/preferences.go:105")
	l.Print("Fyne error:  Preferences load error:")
	l.Print("  Cause: permission denied")
	l.Print("  At: /fyne/app/preferences.go:105")
	want := "Fyne error:  failed to watch theme settings\n  Cause: no dbus\n" +
		"Fyne error:  Preferences load error:\n  Cause: permission denied\n  At: /fyne/app/preferences.go:105\n"
	if out.String() != want {
		t.Errorf("logged:\n%s\nwant:\n%s", out.String(), want)
	}
}
