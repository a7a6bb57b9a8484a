package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"vertailu/assets/words"
	"vertailu/data"
	"vertailu/data/load"
	"vertailu/export"
)

func init() {
	register("changes", "what moved between two exports of a project list (text, csv, json, xlsx)", runChanges)
}

func runChanges(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("vertailu changes", flag.ContinueOnError)
	fs.SetOutput(stderr)
	from := fs.String("from", "", "the older export (a file of DIR, or any file when no DIR is given)")
	to := fs.String("to", "", "the newer export")
	format := fs.String("format", "text", "output format: text, csv, json (or xlsx with --out)")
	minEuros := fs.Int64("min", 0, "leave out funding changes smaller than this many euros")
	out := fs.String("out", "", "write to this file instead of standard output (needed for xlsx)")
	sep := fs.String("sep", "", "CSV separator with --out: ';' (default, with a byte-order mark for Excel) or ','")
	lang := fs.String("lang", "en", "language of the numbers and dates in text output and of the titles in csv/xlsx: fi or en")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: vertailu changes [--from FILE --to FILE] [--format text|csv|json|xlsx] [--min EUROS] [--out FILE] [DIR]")
		fmt.Fprintln(stderr, "Without --from and --to: the two newest exports of one period in DIR.")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return 2
	}
	dir, err := folderArg(fs.Args())
	if err == nil && (*from == "") != (*to == "") {
		err = errors.New("--from and --to go together")
	}
	if err != nil {
		sayError(stderr, "changes", err)
		fs.Usage()
		return 2
	}
	if *lang != "fi" && *lang != "en" {
		fmt.Fprintf(stderr, "vertailu changes: --lang must be fi or en, not %q\n", *lang)
		return 2
	}
	req := tableRequest{format: *format, out: *out, sep: *sep, lang: *lang}
	render, ok := changeFormats(req)
	if !ok {
		return writeRendered[*data.Changes](context.Background(), req, nil, nil, false, "", stdout, stderr)
	}
	if err := refuseInside(*out, dir); err != nil {
		sayError(stderr, "changes", err)
		return 2
	}
	req.replace = *out != "" && mayReplace(*out, false)
	ctx, stop := interruptible()
	defer stop()
	read, status := readChanges(ctx, dir, *from, *to, *out, stderr)
	if read == nil {
		return status
	}
	ch, err := pickChanges(read.res, dir, *from, *to)
	if err != nil {
		sayError(stderr, "changes", err)
		return 2
	}
	ch.Projects = data.Larger(ch.Projects, *minEuros)
	what := fmt.Sprintf("%d projects changed", len(ch.Projects))
	return max(read.status, writeRendered(ctx, req, ch, render, true, what, stdout, stderr))
}

// readChanges loads what the changes are read from: the folder dir (the embedded samples
// when none), or, without one, the two files from and to wherever they are.
func readChanges(ctx context.Context, dir, from, to, out string, stderr io.Writer) (*folderRead, int) {
	if dir != "" || from == "" {
		return readFolder(ctx, "changes", dir, out, stderr)
	}
	res, err := load.Files(ctx, []string{from, to}, load.Options{Own: ownFolders()})
	switch {
	case ctx.Err() != nil:
		fmt.Fprintln(stderr, "vertailu changes: interrupted")
		return nil, exitInterrupted
	case err != nil:
		sayError(stderr, "changes", err)
		return nil, 2
	}
	if err := export.RefuseInside(out, res.Places...); err != nil {
		sayError(stderr, "changes", err)
		return nil, 2
	}
	for _, f := range res.Files {
		if f.Status == data.Skipped {
			fmt.Fprintf(stderr, "vertailu changes: %s: %s\n", termName(f.Path), termText(words.Of("en").Problem(f.Reason)))
			return nil, 2
		}
	}
	return &folderRead{res: res}, 0
}

// pickChanges compares the exports named from and to (paths as given, or relative to dir),
// or the two newest of one period when none is named.
func pickChanges(res *data.LoadResult, dir, from, to string) (*data.Changes, error) {
	exps := data.Exports(res)
	if from == "" {
		x, y, ok := data.LatestPair(exps)
		if !ok {
			return nil, fmt.Errorf("no two project list exports of one period in %s: name them with --from and --to", samplesOr(dir))
		}
		return data.Compare(x, y), nil
	}
	x, err := findExport(exps, dir, from)
	if err != nil {
		return nil, err
	}
	y, err := findExport(exps, dir, to)
	if err != nil {
		return nil, err
	}
	return data.Compare(x, y), nil
}

// findExport finds the export a command line names: by its path in the folder, by a path
// that leads into the folder, or by its name alone when one export has it.
func findExport(exps []data.Export, dir, name string) (data.Export, error) {
	candidates := []string{filepath.ToSlash(filepath.Clean(name))}
	if dir != "" {
		if abs, err := filepath.Abs(name); err == nil {
			if root, err := filepath.Abs(dir); err == nil {
				if rel, err := filepath.Rel(root, abs); err == nil && !strings.HasPrefix(rel, "..") {
					candidates = append(candidates, filepath.ToSlash(rel))
				}
			}
		}
	}
	for _, c := range candidates {
		if e, ok := data.ExportByFile(exps, c); ok {
			return e, nil
		}
	}
	var found []data.Export
	for _, e := range exps {
		if filepath.Base(e.File) == filepath.Base(name) {
			found = append(found, e)
		}
	}
	if len(found) == 1 {
		return found[0], nil
	}
	return data.Export{}, fmt.Errorf("%s is not a project list export that loaded", name)
}

func samplesOr(dir string) string {
	if dir == "" {
		return "the samples"
	}
	return dir
}

// changeFormats picks the writer of the changes for a format.
func changeFormats(req tableRequest) (func(io.Writer, *data.Changes) error, bool) {
	csvWith := func(o export.CSVOptions) func(io.Writer, *data.Changes) error {
		return func(w io.Writer, ch *data.Changes) error { return export.WriteChangesCSV(w, ch.Projects, o) }
	}
	switch req.format {
	case "text":
		return func(w io.Writer, ch *data.Changes) error { return writeChangesText(w, ch, req.lang) }, true
	case "json":
		return writeChangesJSON, true
	case "csv":
		if req.out == "" || req.sep == "," {
			return csvWith(export.CSVOptions{Separator: ',', Keys: true}), true
		}
		return csvWith(export.CSVOptions{Separator: ';', BOM: true, Lang: req.lang}), true
	case "xlsx":
		if req.out == "" {
			return nil, false
		}
		return func(w io.Writer, ch *data.Changes) error { return export.WriteChangesXLSX(w, ch.Projects, req.lang) }, true
	}
	return nil, false
}

// writeChangesJSON prints an array with one object per changed project: code, kind (added,
// removed, changed) and for a changed one its changes, [{field, from, to}], keys and values
// as `table --format json` writes them.
func writeChangesJSON(w io.Writer, ch *data.Changes) error {
	pcs := ch.Projects
	if pcs == nil {
		pcs = []data.ProjectChange{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(pcs)
}

// writeChangesText prints which exports were compared, the counts, one line per change and
// the totals, numbers and dates as a reader of lang writes them.
func writeChangesText(w io.Writer, ch *data.Changes, lang string) error {
	dated := func(e data.Export) string {
		return fmt.Sprintf("%s (%s, %s)", termName(e.File), data.FormatDate(e.Date.Date, lang), e.Date.From)
	}
	added, removed, changed := ch.Count()
	fmt.Fprintf(w, "from %s\nto   %s\nadded %d, removed %d, changed %d\n\n", dated(ch.From), dated(ch.To), added, removed, changed)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "code\tkind\tfield\tfrom\tto\tdifference\tratio")
	plain := func(s string) string { return termText(strings.ReplaceAll(s, "\u00a0", " ")) }
	for _, pc := range ch.Projects {
		if len(pc.Changes) == 0 {
			fmt.Fprintf(tw, "%s\t%s\t\t\t%s\t\t\n", plain(pc.Code), pc.Kind, plain(clip(pc.Name, 40)))
			continue
		}
		for _, c := range pc.Changes {
			diff, ratio := "", ""
			if d := c.Difference(); d.Known {
				diff = data.FormatEuro(d, lang)
				if d.V > 0 {
					diff = "+" + diff
				}
			}
			if q := c.Ratio(); q.Known {
				ratio = data.FormatPercent(q, lang)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", plain(pc.Code), pc.Kind, c.Field,
				plain(clip(words.Of(lang).ChangeValue(c.From, c.Field), 30)), plain(clip(words.Of(lang).ChangeValue(c.To, c.Field), 30)), plain(diff), plain(ratio))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "total\tfrom\tto\tdifference\t")
	for _, t := range ch.Totals {
		diff := ""
		if d := t.Difference(); d.Known {
			diff = data.FormatEuro(d, lang)
			if d.V > 0 {
				diff = "+" + diff
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t\n", t.Field, plain(data.FormatEuro(t.From, lang)), plain(data.FormatEuro(t.To, lang)), plain(diff))
	}
	return tw.Flush()
}
