package ui

import (
	"errors"
	"os"
	"os/exec"
	"testing"
)

// TestMain runs the tests with Fyne's renderer cache lengthened to an hour. Fyne drops a
// widget's renderer after a minute unused (FYNE_CACHE, read when Fyne starts), and on a busy
// machine golden images were then captured with buttons and tabs missing. Without the variable
// set, the test binary runs itself again with it, so `go test ./ui` is as safe as make.
func TestMain(m *testing.M) {
	if os.Getenv("FYNE_CACHE") == "" {
		cmd := exec.Command(os.Args[0], os.Args[1:]...)
		cmd.Env = append(os.Environ(), "FYNE_CACHE=1h")
		cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
		err := cmd.Run()
		var exit *exec.ExitError
		switch {
		case errors.As(err, &exit):
			os.Exit(exit.ExitCode())
		case err != nil:
			os.Stderr.WriteString("ui tests: cannot run again with FYNE_CACHE set: " + err.Error() + "\n")
			os.Exit(2)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}
