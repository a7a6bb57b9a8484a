// Command vertailu compares EU structural-fund project descriptions: without a subcommand it
// opens the desktop app; its subcommands run headless.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"vertailu/assets/words"
)

// command is one subcommand: what it does in a line (a catalogue id) and how it runs. run returns the exit
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
			usage(stdout, langOf(args))
			return 0
		}
		if c, ok := commands[args[0]]; ok {
			return c.run(args[1:], stdout, stderr)
		}
		if strings.HasPrefix(args[0], "-") && args[0] != "-" {
			if c, ok := commands[""]; ok {
				return c.run(args, stdout, stderr)
			}
			v := voice{lang: langOf(args), w: stderr}
			v.say("cli.unknown_flag", "Flag", termName(args[0]))
			fmt.Fprintln(stderr)
			usage(stderr, v.lang)
			return 2
		}
	}
	// No subcommand: the desktop app, on the folder given (if any).
	if c, ok := commands[""]; ok {
		return c.run(args, stdout, stderr)
	}
	usage(stderr, langOf(args))
	return 2
}

func usage(w io.Writer, lang words.Lang) {
	v := voice{lang: lang, w: w}
	v.line("cli.usage")
	v.line("cli.usage.commands")
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
		fmt.Fprintf(w, "  %-*s %s\n", width, n, lang.T(commands[n].summary))
	}
	v.line("cli.usage.more")
}
