//go:build !windows

package main

// attachParentConsole is needed on Windows only, where the binary is a GUI program.
func attachParentConsole() {}
