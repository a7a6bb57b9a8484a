package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"vertailu/assets/words"
)

// The command line speaks in the catalogue's words (assets/words, the ids under "cli."): in
// English, which scripts and the tests read, or in Finnish when the command line says
// --lang fi. What a command makes (the PDFs' pages, the numbers of a table) follows its --lang
// and that flag's default; what it says follows only a --lang given, so `vertailu export`,
// whose pages are Finnish by default, still reports in English unless asked.

// langOf is the language a command speaks: Finnish when args say --lang fi (or -lang fi,
// --lang=fi; the last one counts, as with the flag) before any "--", else English.
func langOf(args []string) words.Lang {
	lang := words.EN
	for i, a := range args {
		if a == "--" {
			break
		}
		name, value, given := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "lang" {
			continue
		}
		if !given && i+1 < len(args) {
			value = args[i+1]
		}
		lang = words.EN
		if value == "fi" {
			lang = words.FI
		}
	}
	return lang
}

// checkLang checks the value of a --lang flag.
func checkLang(lang string) error {
	if lang != "fi" && lang != "en" {
		return problem("cli.lang_fi_or_en", "Value", strconv.Quote(lang))
	}
	return nil
}

// cliError is an error of the command line: a catalogue id and its placeholders' values
// (pairs of name and value), worded when it is said, in the language of the command saying it.
// A value that is a cliError itself is worded in the same language (see folderWords).
type cliError struct {
	id   string
	args []any
}

// problem is the error id worded with args.
func problem(id string, args ...any) error { return cliError{id: id, args: args} }

func (e cliError) Error() string { return e.in(words.EN) }

// in words e in l.
func (e cliError) in(l words.Lang) string {
	args := slices.Clone(e.args)
	for i, a := range args {
		if inner, ok := a.(cliError); ok {
			args[i] = inner.in(l)
		}
	}
	return l.T(e.id, args...)
}

// folderWords names the folder dir in a message: its name made safe for a terminal, or the
// sample folder in the message's language when dir is "".
func folderWords(dir string) any {
	if dir == "" {
		return cliError{id: "cli.sample_folder"}
	}
	return termName(dir)
}

// voice is how a command speaks: its name in what it says ("vertailu table: …"), its language,
// and where it says it (standard error).
type voice struct {
	name string // "" for the app
	lang words.Lang
	w    io.Writer
}

// prefix is "vertailu NAME", or "vertailu" for the app.
func (v voice) prefix() string {
	if v.name == "" {
		return "vertailu"
	}
	return "vertailu " + v.name
}

// say writes "vertailu NAME: " and the message id worded with args (a cliError among them
// worded too).
func (v voice) say(id string, args ...any) { v.sayText(cliError{id: id, args: args}.in(v.lang)) }

// sayN is say for a message with plural forms, worded for count.
func (v voice) sayN(id string, count int, args ...any) { v.sayText(v.lang.N(id, count, args...)) }

// sayError says err, its words made safe for a terminal (see termText): errors carry paths,
// the system's and the guard's, which no one quoted. Every path the commands print goes
// through here or through termName.
func (v voice) sayError(err error) { v.sayText(termText(v.words(err))) }

func (v voice) sayText(s string) { fmt.Fprintf(v.w, "%s: %s\n", v.prefix(), s) }

// line writes the message id worded with args on a line of its own, as usage texts are.
func (v voice) line(id string, args ...any) { fmt.Fprintln(v.w, v.lang.T(id, args...)) }

// flags is a flag set of v's command whose errors go where v speaks, and whose usage is the
// text usageID, then each flag in v's language, then what after writes.
func (v voice) flags(usageID string, after ...func()) *flag.FlagSet {
	fs := flag.NewFlagSet(v.prefix(), flag.ContinueOnError)
	fs.SetOutput(v.w)
	fs.Usage = func() {
		v.line(usageID)
		v.flagDefaults(fs)
		for _, f := range after {
			f()
		}
	}
	return fs
}

// flagDefaults is fs.PrintDefaults in v's language: the flag package words a default in
// English only.
func (v voice) flagDefaults(fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		kind, usage := flag.UnquoteUsage(f)
		head := "  -" + f.Name
		if kind != "" {
			head += " " + kind
		}
		if def := f.DefValue; def != "" && def != "0" && def != "false" {
			if kind == "string" {
				def = strconv.Quote(def)
			}
			usage += " " + v.lang.T("cli.flag.default", "Value", def)
		}
		fmt.Fprintf(fs.Output(), "%s\n    \t%s\n", head, strings.ReplaceAll(usage, "\n", "\n    \t"))
	})
}

// words is err in v's language: a cliError worded from the catalogue, a folder or file that
// cannot be used and a system error as the catalogue words them, any other as it says itself.
func (v voice) words(err error) string {
	var e cliError
	if errors.As(err, &e) {
		return e.in(v.lang)
	}
	return v.lang.Error(err)
}
