package main

import (
	"context"
	"encoding/json"
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
	register("changes", "cli.summary.changes", runChanges)
}

func runChanges(args []string, stdout, stderr io.Writer) int {
	v := voice{name: "changes", lang: langOf(args), w: stderr}
	fs := v.flags("cli.changes.usage")
	from := fs.String("from", "", v.lang.T("cli.changes.flag.from"))
	to := fs.String("to", "", v.lang.T("cli.changes.flag.to"))
	format := fs.String("format", "text", v.lang.T("cli.changes.flag.format"))
	minEuros := fs.Int64("min", 0, v.lang.T("cli.changes.flag.min"))
	out := fs.String("out", "", v.lang.T("cli.flag.out_table"))
	sep := fs.String("sep", "", v.lang.T("cli.flag.sep"))
	lang := fs.String("lang", "en", v.lang.T("cli.table.flag.lang"))
	if err := parseFlags(fs, args); err != nil {
		return 2
	}
	dir, err := folderArg(fs.Args())
	if err == nil && (*from == "") != (*to == "") {
		err = problem("cli.changes.from_to")
	}
	if err != nil {
		v.sayError(err)
		fs.Usage()
		return 2
	}
	if err := checkLang(*lang); err != nil {
		v.sayError(err)
		return 2
	}
	req := tableRequest{v: v, format: *format, out: *out, sep: *sep, lang: *lang}
	render, ok := changeFormats(req)
	if !ok {
		return writeRendered[*data.Changes](context.Background(), req, nil, nil, false, "", stdout)
	}
	if err := refuseInside(*out, dir); err != nil {
		v.sayError(err)
		return 2
	}
	req.replace = *out != "" && mayReplace(*out, false)
	ctx, stop := interruptible()
	defer stop()
	read, status := readChanges(ctx, v, dir, *from, *to, *out)
	if read == nil {
		return status
	}
	ch, err := pickChanges(read.res, dir, *from, *to)
	if err != nil {
		v.sayError(err)
		return 2
	}
	ch.Projects = data.Larger(ch.Projects, *minEuros)
	wrote := v.lang.N("cli.changes.wrote", len(ch.Projects), "File", termName(*out))
	return max(read.status, writeRendered(ctx, req, ch, render, true, wrote, stdout))
}

// readChanges loads what the changes are read from: the folder dir (the embedded samples
// when none), or, without one, the two files from and to wherever they are.
func readChanges(ctx context.Context, v voice, dir, from, to, out string) (*folderRead, int) {
	if dir != "" || from == "" {
		return readFolder(ctx, v, dir, out)
	}
	res, err := load.Files(ctx, []string{from, to}, load.Options{Own: ownFolders()})
	if status := usable(ctx, v, res, err, out); status != 0 {
		return nil, status
	}
	for _, f := range res.Files {
		if f.Status == data.Skipped {
			v.sayText(termName(f.Path) + ": " + termText(v.lang.Problem(f.Reason)))
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
			return nil, problem("cli.changes.no_pair", "Folder", folderWords(dir))
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
	return data.Export{}, problem("cli.changes.not_export", "File", termName(name))
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

// The columns of the changes' text, keys as the CSV's header has them, and of its totals.
var (
	changeKeys = []string{"code", "kind", "field", "from", "to", "difference", "ratio"}
	totalKeys  = []string{"total", "from", "to", "difference"}
)

// writeChangesText prints which exports were compared, the counts, one line per change and
// the totals, numbers and dates as a reader of lang writes them.
func writeChangesText(w io.Writer, ch *data.Changes, lang string) error {
	dated := func(e data.Export) string {
		return fmt.Sprintf("%s (%s, %s)", termName(e.File), data.FormatDate(e.Date.Date, lang), e.Date.From)
	}
	added, removed, changed := ch.Count()
	l := words.Of(lang)
	fmt.Fprintln(w, l.T("cli.changes.compared", "From", dated(ch.From), "To", dated(ch.To)))
	fmt.Fprintln(w, l.T("cli.changes.counts", "Added", added, "Removed", removed, "Changed", changed))
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(changeKeys, "\t"))
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
				plain(clip(l.ChangeValue(c.From, c.Field), 30)), plain(clip(l.ChangeValue(c.To, c.Field), 30)), plain(diff), plain(ratio))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, strings.Join(totalKeys, "\t")+"\t")
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
