// Command vertailu compares EU structural-fund project descriptions: without a subcommand it
// opens the desktop app; its subcommands run headless.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// command is one subcommand: what it does in a line and how it runs. run returns the exit
// status: 0 success, 1 a failure or findings, 2 a usage error.
type command struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

// commands is filled by each subcommand's file through register.
var commands = map[string]command{}

func register(name, summary string, run func(args []string, stdout, stderr io.Writer) int) {
	commands[name] = command{summary: summary, run: run}
}

func main() {
	attachParentConsole()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "help", "-h", "-help", "--help":
			usage(stdout)
			return 0
		}
		if c, ok := commands[args[0]]; ok {
			return c.run(args[1:], stdout, stderr)
		}
		if strings.HasPrefix(args[0], "-") && args[0] != "-" {
			if c, ok := commands[""]; ok {
				return c.run(args, stdout, stderr)
			}
			fmt.Fprintf(stderr, "vertailu: unknown flag %s\n\n", termName(args[0]))
			usage(stderr)
			return 2
		}
	}
	// No subcommand: the desktop app, on the folder given (if any).
	if c, ok := commands[""]; ok {
		return c.run(args, stdout, stderr)
	}
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: vertailu [DIR]            open the desktop app (on the sample folder without DIR)")
	fmt.Fprintln(w, "       vertailu COMMAND [flags] [DIR]")
	fmt.Fprintln(w, "\nCommands (headless; without DIR they use the embedded sample folder):")
	names := make([]string, 0, len(commands))
	for n := range commands {
		if n != "" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	width := 0
	for _, n := range names {
		width = max(width, len(n))
	}
	for _, n := range names {
		fmt.Fprintf(w, "  %-*s %s\n", width, n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'vertailu COMMAND -h' for a command's flags.")
}
