package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"vertailu/assets/words"
	"vertailu/data"
	"vertailu/data/similar"
)

func init() {
	register("similar", "cli.summary.similar", runSimilar)
}

// stdin is what --text - reads (a test sets it).
var stdin io.Reader = os.Stdin

// maxTextBytes bounds what --text reads: a summary is a few kilobytes; a whole file by mistake
// must not take the memory.
const maxTextBytes = 1 << 20

func runSimilar(args []string, stdout, stderr io.Writer) int {
	v := voice{name: "similar", lang: langOf(args), w: stderr}
	fs := v.flags("cli.similar.usage")
	top := fs.Int("top", 10, v.lang.T("cli.similar.flag.top"))
	format := fs.String("format", "text", v.lang.T("cli.similar.flag.format"))
	textFile := fs.String("text", "", v.lang.T("cli.similar.flag.text"))
	lang := fs.String("lang", "en", v.lang.T("cli.similar.flag.lang"))
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return 2
	}
	usageError := func(err error) int {
		v.sayError(err)
		fs.Usage()
		return 2
	}
	switch {
	case *top < 1:
		return usageError(problem("cli.similar.top", "Value", *top))
	case *format != "text" && *format != "csv" && *format != "json":
		return usageError(problem("cli.similar.unknown_format", "Format", strconv.Quote(*format)))
	case checkLang(*lang) != nil:
		return usageError(checkLang(*lang))
	}
	var code, text string
	if *textFile != "" {
		if text, err = readQueryText(*textFile); err != nil {
			v.sayError(err)
			return 2
		}
	} else {
		if len(pos) == 0 {
			return usageError(problem("cli.similar.no_code"))
		}
		code, pos = strings.TrimSpace(pos[0]), pos[1:]
	}
	dir, err := folderArg(pos)
	if err != nil {
		return usageError(err)
	}
	ctx, stop := interruptible()
	defer stop()
	read, status := readFolder(ctx, v, dir, "")
	if read == nil {
		return status
	}
	ix := similar.New(read.res.Projects, similar.Options{})
	var ms []similar.Match
	if *textFile != "" {
		ms = ix.LikeText(text, *top)
	} else {
		p := projectByCode(read.res.Projects, code)
		if p == nil {
			v.say("cli.similar.unknown_code", "Code", termName(code), "Folder", folderWords(dir))
			return 2
		}
		ms = ix.LikeProject(p, *top)
	}
	if err := writeSimilar(stdout, *format, ms, *lang); err != nil {
		v.sayError(err)
		return 1
	}
	return read.status
}

// parseInterspersed parses fs's flags wherever they stand among the arguments (CODE --top 5
// DIR) and returns the others in order; "--" ends the flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parseFlags(fs, args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// readQueryText reads the text of --text: a file, or standard input for "-".
func readQueryText(name string) (string, error) {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxTextBytes+1))
	switch {
	case err != nil:
		return "", err
	case len(b) > maxTextBytes:
		return "", problem("cli.similar.text_long", "File", termName(name), "Max", maxTextBytes)
	case strings.TrimSpace(string(b)) == "":
		return "", problem("cli.similar.text_empty", "File", termName(name))
	}
	return queryText(b), nil
}

// queryText is b as text: UTF-8 as it is (a byte-order mark dropped), anything else read as
// Windows-1252, as the project lists are.
func queryText(b []byte) string {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	if utf8.Valid(b) {
		return string(b)
	}
	s, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\ufffd")
	}
	return string(s)
}

// projectByCode returns the project with the code (case and spaces aside), a description
// before a list row of the same code; nil when none.
func projectByCode(ps []*data.Project, code string) *data.Project {
	var found *data.Project
	for _, p := range ps {
		if !strings.EqualFold(strings.TrimSpace(p.Code), code) {
			continue
		}
		if p.Described() {
			return p
		}
		if found == nil {
			found = p
		}
	}
	return found
}

// similarRow is one project found, as csv and json write it.
type similarRow struct {
	Rank        int        `json:"rank"`
	Code        string     `json:"code"`
	Name        string     `json:"name"`
	Applicant   string     `json:"applicant"`
	Period      string     `json:"period"`
	Status      string     `json:"status"`
	Start       data.Date  `json:"start"`
	End         data.Date  `json:"end"`
	Granted     data.Int   `json:"granted_eu_state"`
	Realised    data.Int   `json:"realised_eu_state"`
	Utilisation data.Float `json:"utilisation_eu_state"`
	Score       float64    `json:"score"`
	SharedWords []string   `json:"shared_words"`
	NameOnly    bool       `json:"name_only"`
	File        string     `json:"file"`
}

func similarRows(ms []similar.Match) []similarRow {
	rows := make([]similarRow, len(ms))
	for i, m := range ms {
		p := m.Project
		shared := m.Shared
		if shared == nil {
			shared = []string{}
		}
		rows[i] = similarRow{
			Rank: i + 1, Code: p.Code, Name: p.Name, Applicant: p.Applicant.Name, Period: p.Period, Status: p.Status,
			Start: p.Start, End: p.End, Granted: p.Funding.GrantedEUState, Realised: p.Funding.RealisedEUState,
			Utilisation: p.Derived.UtilisationEUState, Score: m.Score, SharedWords: shared, NameOnly: m.NameOnly, File: p.File,
		}
	}
	return rows
}

// writeSimilar writes the projects found, best first.
func writeSimilar(w io.Writer, format string, ms []similar.Match, lang string) error {
	rows := similarRows(ms)
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(rows)
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write([]string{"rank", "score", "code", "name", "applicant", "period", "status", "start", "end", "granted_eu_state", "realised_eu_state", "utilisation_eu_state", "shared_words", "name_only", "file"})
		for _, r := range rows {
			cw.Write([]string{
				strconv.Itoa(r.Rank), strconv.FormatFloat(r.Score, 'f', 4, 64), r.Code, r.Name, r.Applicant, r.Period, r.Status,
				r.Start.ISO(), r.End.ISO(), intCell(r.Granted), intCell(r.Realised), floatCell(r.Utilisation),
				strings.Join(r.SharedWords, " "), strconv.FormatBool(r.NameOnly), r.File,
			})
		}
		cw.Flush()
		return cw.Error()
	}
	return writeSimilarText(w, rows, lang)
}

func intCell(i data.Int) string {
	if !i.Known {
		return ""
	}
	return strconv.FormatInt(i.V, 10)
}

func floatCell(f data.Float) string {
	if !f.Known {
		return ""
	}
	return strconv.FormatFloat(f.V, 'f', -1, 64)
}

// similarKeys are the columns of the text output: the rank, then keys as json and csv name
// them.
var similarKeys = []string{
	"#", "score", "code", "name", "applicant", "period", "status", "granted_eu_state", "realised_eu_state",
	"utilisation_eu_state", "shared_words",
}

// writeSimilarText prints an aligned table, the numbers as a reader of lang writes them.
func writeSimilarText(w io.Writer, rows []similarRow, lang string) error {
	l := words.Of(lang)
	if len(rows) == 0 {
		_, err := fmt.Fprintln(w, l.T("cli.similar.none"))
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(similarKeys, "\t"))
	for _, r := range rows {
		name := r.Name
		if r.NameOnly {
			name += l.T("cli.similar.name_only")
		}
		cells := []string{
			strconv.Itoa(r.Rank), data.FormatDecimal(r.Score, 3, lang), r.Code, clip(name, 50), clip(r.Applicant, 30), r.Period, r.Status,
			data.FormatInt(r.Granted, lang), data.FormatInt(r.Realised, lang), data.FormatPercent(r.Utilisation, lang), strings.Join(r.SharedWords, ", "),
		}
		for i, c := range cells {
			cells[i] = termText(strings.ReplaceAll(c, "\u00a0", " "))
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

// similarEarlier returns what gives a summary its similar earlier projects among all (the
// index built once, here).
func similarEarlier(all []*data.Project) func(*data.Project) []*data.Project {
	ix := similar.New(all, similar.Options{})
	return func(p *data.Project) []*data.Project { return ix.Earlier(p, 3) }
}
