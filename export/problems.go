package export

import (
	"io"
	"strconv"

	"vertailu/assets/words"
	"vertailu/data"
)

// WriteProblemsCSV writes every problem of a load as CSV: one row per warning of a loaded
// file and one per skipped file, with the file, the line (empty for the whole file), whether
// the file was skipped, the problem's code and its message in opts.Lang.
func WriteProblemsCSV(w io.Writer, r *data.LoadResult, opts CSVOptions) error {
	cw, err := newCSVWriter(w, opts)
	if err != nil {
		return err
	}
	l := words.Of(opts.Lang)
	head := []string{l.T("Source file"), l.T("Line"), l.T("skipped"), l.T("Code"), l.T("Message")}
	if opts.Keys {
		head = []string{"file", "line", "skipped", "code", "message"}
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	row := func(file string, p data.Problem, skipped bool) error {
		line := ""
		if p.Line > 0 {
			line = strconv.Itoa(p.Line)
		}
		yes := map[bool]string{true: l.T("Yes"), false: l.T("No")}[skipped]
		rec := []string{file, line, yes, p.Code, words.Of(opts.Lang).Problem(p)}
		if opts.BOM {
			for i := range rec {
				rec[i] = notFormula(rec[i])
			}
		}
		return cw.Write(rec)
	}
	if r != nil {
		for _, f := range r.Files {
			if f.Status == data.Skipped {
				if err := row(f.Path, f.Reason, true); err != nil {
					return err
				}
				continue
			}
			for _, p := range f.Problems {
				if err := row(f.Path, p, false); err != nil {
					return err
				}
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
