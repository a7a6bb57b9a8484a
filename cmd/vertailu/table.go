package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"vertailu/assets/words"
	"vertailu/data"
	"vertailu/export"
)

func init() {
	register("table", "cli.summary.table", runTable)
	register("check", "cli.summary.check", runCheck)
}

// tableColumns is what the text table shows: the columns that fit a terminal.
var tableColumns = []string{
	"code", "name", "status", "start", "end", "granted_eu_state", "realised_eu_state",
	"utilisation_eu_state", "planned_public_total", "persons_planned", "cost_per_planned_participant",
}

func runTable(args []string, stdout, stderr io.Writer) int {
	v := voice{name: "table", lang: langOf(args), w: stderr}
	fs := v.flags("cli.table.usage", func() { v.line("cli.column_keys", "Keys", strings.Join(data.ColumnKeys(), ", ")) })
	format := fs.String("format", "text", v.lang.T("cli.table.flag.format"))
	sortKey := fs.String("sort", "", v.lang.T("cli.table.flag.sort"))
	desc := fs.Bool("desc", false, v.lang.T("cli.flag.desc"))
	filter := fs.String("filter", "", v.lang.T("cli.table.flag.filter"))
	out := fs.String("out", "", v.lang.T("cli.flag.out_table"))
	sep := fs.String("sep", "", v.lang.T("cli.flag.sep"))
	lang := fs.String("lang", "en", v.lang.T("cli.table.flag.lang"))
	groupBy := fs.String("group-by", "", v.lang.T("cli.table.flag.group_by", "Fields", fieldKeys()))
	notes := fs.Bool("notes", false, v.lang.T("cli.table.flag.notes"))
	if err := parseFlags(fs, args); err != nil {
		return 2
	}
	dir, err := folderArg(fs.Args())
	if err != nil {
		v.sayError(err)
		fs.Usage()
		return 2
	}
	if *sortKey != "" {
		if _, ok := data.ColumnByKey(*sortKey); !ok {
			v.say("cli.unknown_sort_key", "Key", strconv.Quote(*sortKey))
			fs.Usage()
			return 2
		}
	}
	field, grouped := data.ParseField(*groupBy)
	if *groupBy != "" && !grouped {
		v.sayError(unknownGroupBy(*groupBy))
		return 2
	}
	err = checkLang(*lang)
	if err == nil {
		err = refuseInside(*out, dir)
	}
	if err != nil {
		v.sayError(err)
		return 2
	}
	replace := *out != "" && mayReplace(*out, false)
	ctx, stop := interruptible()
	defer stop()
	read, status := readFolder(ctx, v, dir, *out)
	if read == nil {
		return status
	}
	store := data.NewStore()
	store.Set(read.res)
	q := data.Query{Text: *filter, SortKey: *sortKey, Desc: *desc}
	req := tableRequest{v: v, format: *format, out: *out, sep: *sep, lang: *lang, replace: replace, cols: data.Columns()}
	if *notes {
		l, ok := readOwnForOutput(v)
		if !ok {
			return 1
		}
		req.cols = append(req.cols, data.OwnColumns(l)...)
		q.Own = data.NewOwnIndex(l.Notes, l.Tags) // --filter finds the notes' words too
	}
	ps := store.Query(q)
	if grouped {
		return max(read.status, writeGrouping(ctx, req, data.GroupBy(ps, field), stdout))
	}
	return max(read.status, writeTable(ctx, req, ps, stdout))
}

type tableRequest struct {
	v                      voice // the command, which says what went wrong and what was written
	format, out, sep, lang string
	replace                bool          // the final step may replace a file at out (see mayReplace)
	cols                   []data.Column // the columns of csv, tsv and xlsx: every column, and the officer's own with --notes
}

// writeTable renders the table in the requested format to stdout, or to the file req.out.
func writeTable(ctx context.Context, req tableRequest, ps []*data.Project, stdout io.Writer) int {
	render, ok := tableFormats(req)
	return writeRendered(ctx, req, ps, render, ok, req.v.lang.N("cli.table.wrote", len(ps), "File", termName(req.out)), stdout)
}

// writeRendered writes x with render to stdout, or whole to the file req.out (wrote says so
// then); ok false means the format is unknown.
func writeRendered[T any](ctx context.Context, req tableRequest, x T, render func(io.Writer, T) error, ok bool, wrote string, stdout io.Writer) int {
	if !ok {
		if req.format == "xlsx" {
			req.v.say("cli.xlsx_needs_out")
		} else {
			req.v.say("cli.table.unknown_format", "Format", strconv.Quote(req.format))
		}
		return 2
	}
	if req.out == "" {
		if err := render(stdout, x); err != nil {
			req.v.sayError(err)
			return 1
		}
		return 0
	}
	var buf bytes.Buffer
	err := whileNotInterrupted(ctx, func() error { return render(&buf, x) })
	if err == nil {
		err = writeOutput(ctx, req.out, buf.Bytes(), req.replace)
	}
	if err != nil {
		sayWriteError(req.v, req.out, err)
		return interruptedOr(ctx, err, 1)
	}
	fmt.Fprintln(req.v.w, wrote)
	return 0
}

// tableFormats picks the writer for a format. Files meant for spreadsheets (csv and xlsx with
// --out) go through the export package: CSV for Excel in Finnish locale uses ';' and a
// byte-order mark unless --sep , asks for plain CSV.
func tableFormats(req tableRequest) (func(io.Writer, []*data.Project) error, bool) {
	switch req.format {
	case "text":
		return func(w io.Writer, ps []*data.Project) error { return writeText(w, ps, req.lang) }, true
	case "tsv":
		return func(w io.Writer, ps []*data.Project) error { return writeDelimited(w, ps, req.cols, '\t') }, true
	case "json":
		return writeJSON, true
	case "csv":
		if req.out == "" || req.sep == "," {
			return func(w io.Writer, ps []*data.Project) error { return writeDelimited(w, ps, req.cols, ',') }, true
		}
		return spreadsheetCSV(req.lang, req.cols), true
	case "xlsx":
		if req.out == "" {
			return nil, false
		}
		return spreadsheetXLSX(req.lang, req.cols), true
	}
	return nil, false
}

// writeText prints an aligned table of the main columns, numbers and dates as a reader of lang
// writes them ("1,234,567" in English, "1 234 567" in Finnish).
func writeText(w io.Writer, ps []*data.Project, lang string) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	cols := make([]data.Column, 0, len(tableColumns))
	for _, k := range tableColumns {
		c, _ := data.ColumnByKey(k)
		cols = append(cols, c)
	}
	for i, c := range cols {
		sepTab(tw, i)
		fmt.Fprint(tw, c.Key)
	}
	fmt.Fprintln(tw)
	for _, p := range ps {
		for i, c := range cols {
			sepTab(tw, i)
			v := c.Text(p, lang)
			if c.Key == "name" {
				v = clip(v, 40)
			}
			fmt.Fprint(tw, termText(strings.ReplaceAll(v, "\u00a0", " ")))
		}
		fmt.Fprintln(tw)
	}
	fmt.Fprintln(tw, words.Of(lang).N("{{.Count}} projects", len(ps)))
	return tw.Flush()
}

func sepTab(w io.Writer, i int) {
	if i > 0 {
		fmt.Fprint(w, "\t")
	}
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// writeDelimited writes every column, machine-readable: a header of column keys, plain
// numbers, ISO dates, empty when unknown.
func writeDelimited(w io.Writer, ps []*data.Project, cols []data.Column, sep rune) error {
	return export.WriteCSV(w, ps, cols, export.CSVOptions{Separator: sep, Keys: true})
}

// writeJSON prints one JSON array of project objects (schema in docs/command-line.md).
func writeJSON(w io.Writer, ps []*data.Project) error {
	out := make([]projectJSON, len(ps))
	for i, p := range ps {
		out[i] = newProjectJSON(p)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// projectJSON is a project as table --format json writes it: its own fields, and its
// warnings each with the English message the catalogue words its code with.
type projectJSON struct {
	*data.Project
	Warnings []problemJSON `json:"warnings"`
}

// problemJSON is one warning of a project: where, its code, and the code worded in English.
type problemJSON struct {
	Sheet   string `json:"sheet,omitempty"`
	Line    int    `json:"line"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

func newProjectJSON(p *data.Project) projectJSON {
	ws := make([]problemJSON, len(p.Warnings))
	for i, w := range p.Warnings {
		ws[i] = problemJSON{Sheet: w.Sheet, Line: w.Line, Code: w.Code, Message: words.EN.Problem(w)}
	}
	return projectJSON{Project: p, Warnings: ws}
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	v := voice{name: "check", lang: langOf(args), w: stderr}
	fs := v.flags("cli.check.usage")
	lang := fs.String("lang", "en", v.lang.T("cli.check.flag.lang"))
	if err := parseFlags(fs, args); err != nil {
		return 2
	}
	dir, err := folderArg(fs.Args())
	if err == nil {
		err = checkLang(*lang)
	}
	if err != nil {
		v.sayError(err)
		fs.Usage()
		return 2
	}
	ctx, stop := interruptible()
	defer stop()
	res, err := loadFolder(ctx, dir, v)
	if ctx.Err() != nil {
		v.say("cli.interrupted")
		return exitInterrupted
	}
	if err != nil {
		v.sayError(err)
		return 2
	}
	out := bufio.NewWriter(stdout) // a line a file: 10,000 system calls unbuffered
	defer out.Flush()
	for _, f := range res.Files {
		fmt.Fprintf(out, "%-4s  %s%s\n", f.Status, termName(f.Path), checkMessages(f, v.lang))
	}
	ok, warn, skip := res.Counts()
	fmt.Fprintln(out, v.lang.N("cli.check.counts", len(res.Files), "Ok", ok, "Warned", warn, "Skipped", skip))
	if warn+skip > 0 {
		return 1
	}
	return 0
}

func checkMessages(f data.FileResult, l words.Lang) string {
	var b strings.Builder
	if f.Status == data.Skipped {
		b.WriteString(": " + termText(l.Problem(f.Reason)))
	}
	if rows := l.RowsLine(f); rows != "" { // a list: how many rows read, first
		b.WriteString(": " + l.T("check.list_rows", "Rows", rows))
	}
	if kinds := f.Kinds(); f.Rows > 0 && slices.ContainsFunc(kinds, func(k data.ProblemKind) bool { return k.Count > 1 }) {
		for _, k := range kinds { // the counts by kind, when a kind has several
			b.WriteString("\n      " + termText(l.KindLine(k)))
		}
	}
	for _, p := range f.SortedProblems() {
		b.WriteString("\n      ")
		if place := l.Place(p); place != "" {
			b.WriteString(termText(place) + ": ")
		}
		b.WriteString(termText(l.Problem(p)))
	}
	return b.String()
}
