package export

import (
	"strings"
	"testing"

	"vertailu/data"
)

// Sources that disagree behind a first one without the figure: the summary's note names each
// source with what it gives, the first's unknown too.
func TestDisagreementNamesEachSource(t *testing.T) {
	src := func(kind data.SourceKind, file string, granted data.Int) data.Source {
		return data.Source{Kind: kind, File: file, Funding: data.Funding{GrantedEUState: granted}}
	}
	p := &data.Project{
		Funding: data.Funding{GrantedEUState: data.KnownInt(100000)},
		Sources: []data.Source{
			src(data.SourceDescription, "a.txt", data.Int{}),
			src(data.SourcePage, "b.html", data.KnownInt(100000)),
			src(data.SourcePDF, "c_print.pdf", data.KnownInt(200000)),
		},
	}
	got := labelsFor("en").disagreement(p)
	if !strings.Contains(got, "n/a (a.txt), 100,000\u00a0€ (b.html), 200,000\u00a0€ (c_print.pdf)") {
		t.Errorf("%q", got)
	}
}

// A list's row is named with its export's date: which download it is.
func TestSourceNameHasTheExportDate(t *testing.T) {
	s := data.Source{Kind: data.SourceList, File: "lista.csv", Line: 2, Exported: data.NewDate(2026, 9, 25), From: data.DateName}
	if got := labelsFor("fi").sourceName(s); got != "lista.csv, rivi 2, 25.9.2026" {
		t.Errorf("%q", got)
	}
}
