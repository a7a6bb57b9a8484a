package main

import (
	"os"
	"syscall"
)

// attachParentConsole connects a GUI-subsystem binary to the console it was started from, so
// the headless subcommands print in cmd and PowerShell. Started from Explorer there is no
// parent console and nothing changes.
func attachParentConsole() {
	const attachParentProcess = ^uintptr(0) // ATTACH_PARENT_PROCESS (DWORD -1)
	proc := syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole")
	if proc.Find() != nil {
		return
	}
	if ok, _, _ := proc.Call(attachParentProcess); ok == 0 {
		return
	}
	if f, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
		if !isRedirected(syscall.STD_OUTPUT_HANDLE) {
			os.Stdout = f
		}
		if !isRedirected(syscall.STD_ERROR_HANDLE) {
			os.Stderr = f
		}
	}
}

// isRedirected reports whether a standard handle already points somewhere (a file or pipe).
func isRedirected(std int) bool {
	h, err := syscall.GetStdHandle(std)
	return err == nil && h != 0 && h != syscall.InvalidHandle
}
