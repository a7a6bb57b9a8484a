package main

import (
	"os"
	"os/signal"
	"syscall"
	"time"
)

// quitGrace is how long the app may take to end after Ctrl+C or a termination signal.
var quitGrace = 10 * time.Second // a variable for the tests

// endOnSignal makes sure Ctrl+C or a termination signal ends the app. Fyne quits on them
// through its main loop; once a make test had the app ignore one for minutes (sent while the
// app was starting on a busy machine), so if the process is still there after quitGrace it
// says so and ends. Settings are written whole and renamed into place and exports write to
// temporary files, so nothing is left half-written.
func endOnSignal(v voice) {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM) // beside Fyne's own: both hear it
	go func() {
		s := <-c
		time.Sleep(quitGrace)
		v.say("cli.app.no_end", "Signal", s, "Grace", quitGrace)
		os.Exit(exitInterrupted)
	}()
}
