package similar_test

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"vertailu/assets"
	"vertailu/data"
	"vertailu/data/load"
	"vertailu/data/similar"
	"vertailu/data/synth"
)

// samples parses the five sample descriptions (the seeds).
func samples(t testing.TB) []*data.Project {
	t.Helper()
	fsys := assets.Samples()
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil || len(names) != 5 {
		t.Fatalf("samples: %v %v", names, err)
	}
	var ps []*data.Project
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			t.Fatal(err)
		}
		p, err := load.Parse(n, b)
		if err != nil {
			t.Fatal(err)
		}
		p.Sources = []data.Source{{Kind: data.SourceDescription, File: n}}
		ps = append(ps, p)
	}
	return ps
}

// synthetic parses n synthetic descriptions.
func synthetic(t testing.TB, n int, seed uint64) []*data.Project {
	t.Helper()
	ps := make([]*data.Project, n)
	for i := range ps {
		name := fmt.Sprintf("synth/%05d.txt", i)
		p, err := load.Parse(name, synth.Description(i, seed))
		if err != nil {
			t.Fatal(err)
		}
		p.Sources = []data.Source{{Kind: data.SourceDescription, File: name}}
		ps[i] = p
	}
	return ps
}

// listRow is a project list's row: its code and name only.
func listRow(code, name string, line int) *data.Project {
	return &data.Project{
		File: "lista.csv", Code: code, Name: name,
		Sources: []data.Source{{Kind: data.SourceList, File: "lista.csv", Line: line}},
	}
}

// firstHalf returns the first half of s's words.
func firstHalf(s string) string {
	f := strings.Fields(s)
	return strings.Join(f[:len(f)/2], " ")
}

// secondHalf returns the rest.
func secondHalf(s string) string {
	f := strings.Fields(s)
	return strings.Join(f[len(f)/2:], " ")
}

// rank returns where want stands among ms (1 for first), or 0 when not there.
func rank(ms []similar.Match, want *data.Project) int {
	for k, m := range ms {
		if m.Project == want {
			return k + 1
		}
	}
	return 0
}

// recall counts, over the queries, how many found their project first and among the first five.
type recall struct{ at1, at5, n int }

func (r *recall) add(k int) {
	r.n++
	if k == 1 {
		r.at1++
	}
	if k >= 1 && k <= 5 {
		r.at5++
	}
}

func (r recall) String() string {
	return fmt.Sprintf("recall@1 %d/%d, recall@5 %d/%d", r.at1, r.n, r.at5, r.n)
}

// TestHalvesFindTheirProject is the measure: each sample's first half of its summary,
// as a free-text query, finds its own project first among the samples and 2,000 synthetic
// descriptions. Other parts of the description (the second half, the target groups, the final
// report) are measured too, and must find it among the first five.
func TestHalvesFindTheirProject(t *testing.T) {
	seeds := samples(t)
	ps := append(slices.Clone(seeds), synthetic(t, 2000, 11)...)
	for _, opts := range []similar.Options{{}, {NoCompounds: true}} {
		ix := similar.New(ps, opts)
		queries := map[string]func(p *data.Project) string{
			"summary, first half":  func(p *data.Project) string { return firstHalf(p.Summary) },
			"summary, second half": func(p *data.Project) string { return secondHalf(p.Summary) },
			"target groups":        func(p *data.Project) string { return p.TargetGroups.Primary },
			"final report":         func(p *data.Project) string { return p.FinalReport },
		}
		for _, what := range []string{"summary, first half", "summary, second half", "target groups", "final report"} {
			var r recall
			for _, p := range seeds {
				q := queries[what](p)
				if strings.TrimSpace(q) == "" {
					continue
				}
				k := rank(ix.LikeText(q, 5), p)
				r.add(k)
				if what == "summary, first half" && k != 1 {
					t.Errorf("compounds %v: the first half of %s's summary ranks it %d", !opts.NoCompounds, p.Code, k)
				}
				if k == 0 {
					t.Errorf("compounds %v: %s of %s does not find it among the first five", !opts.NoCompounds, what, p.Code)
				}
			}
			t.Logf("compounds %v, %s: %s", !opts.NoCompounds, what, r)
		}
	}
}

// TestListRowFindsItsDescription: a list row, which has only its name, and the description of
// the same project find each other first, among 2,000 synthetic descriptions and 2,000 list rows
// named as synthetic projects are. The rows have codes of their own: a row with the
// description's code is merged into it by the load, and a project of the same code is never
// listed as like itself.
func TestListRowFindsItsDescription(t *testing.T) {
	seeds := samples(t)
	ps := append(slices.Clone(seeds), synthetic(t, 2000, 12)...)
	for i, p := range synthetic(t, 2000, 13) {
		ps = append(ps, listRow(fmt.Sprintf("L%05d", i), p.Name, i+2))
	}
	rows := make([]*data.Project, len(seeds))
	for i, p := range seeds {
		rows[i] = listRow(fmt.Sprintf("A%05d", 90000+i), p.Name, 5000+i) // another code: one of its own would merge into the description
		ps = append(ps, rows[i])
	}
	ix := similar.New(ps, similar.Options{})
	var fromRow, fromDescription recall
	for i, p := range seeds {
		ms := ix.LikeProject(rows[i], 5)
		k := rank(ms, p)
		fromRow.add(k)
		if k != 1 {
			t.Errorf("the list row of %s ranks its description %d", p.Code, k)
		}
		if len(ms) > 0 && !ms[0].Project.Described() == ms[0].NameOnly && ms[0].NameOnly {
			t.Errorf("a description is said to be known by its name only")
		}
		ms = ix.LikeProject(p, 5)
		k = rank(ms, rows[i])
		fromDescription.add(k)
		if k == 0 {
			t.Errorf("%s does not find its list row among the first five", p.Code)
		} else if !ms[k-1].NameOnly {
			t.Errorf("the list row of %s is not said to be known by its name only", p.Code)
		}
		if rank(ms, p) != 0 {
			t.Errorf("%s finds itself", p.Code)
		}
	}
	t.Logf("list row → description: %s; description → list row: %s", fromRow, fromDescription)
}

// TestInflectionsMatch: the same words in other cases are the same words, and a compound the
// folder never uses matches by the words it is made of.
func TestInflectionsMatch(t *testing.T) {
	ps := append(synthetic(t, 300, 14),
		&data.Project{Code: "A1", Name: "Polkuja työhön", Summary: "Hanke tarjoaa ohjausta työttömille maahanmuuttajille Kiteellä."},
		&data.Project{Code: "A2", Name: "Kylätalot kuntoon", Summary: "Kyläyhdistysten talojen korjaaminen ja energiaremontit."},
		&data.Project{Code: "A3", Name: "Metsä tutuksi", Summary: "Metsänomistajien neuvonta ja puukaupan koulutus."},
		&data.Project{Code: "A4", Name: "Puumarkkinat", Summary: "Metsänomistajat ja puun myynti, puumarkkinoiden seuranta."},
	)
	ps = append(ps, samples(t)...)
	ix := similar.New(ps, similar.Options{})
	// Without the compounds' parts, the compound the folder never uses finds nothing of A3.
	if ms := similar.New(ps, similar.Options{NoCompounds: true}).LikeText("metsänomistajaneuvonta", 3); len(ms) > 0 && ms[0].Project.Code == "A3" {
		t.Errorf("without compound parts: %v", codes(ms))
	}
	cases := []struct{ query, want string }{
		{"työttömien maahanmuuttajien ohjaus", "A1"},
		{"Työtön maahanmuuttaja, työttömät", "A1"},
		{"kylätalon energiaremontti", "A2"},
		{"metsänomistajaneuvonta", "A3"}, // a compound the folder never uses
		{"Puumarkkinoille", "A4"},
	}
	for _, c := range cases {
		ms := ix.LikeText(c.query, 3)
		if len(ms) == 0 || ms[0].Project.Code != c.want {
			t.Errorf("%q: %v, want %s first", c.query, codes(ms), c.want)
		}
	}
	ms := ix.LikeText("työttömien maahanmuuttajien", 1)
	if len(ms) != 1 || len(ms[0].Shared) != 2 || !strings.HasPrefix(ms[0].Shared[1], "maahanmuuttaj") {
		t.Errorf("shared words %v: want työttömille and a form of maahanmuuttaja", codes(ms))
	}
}

func codes(ms []similar.Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = fmt.Sprintf("%s %.3f %v", m.Project.Code, m.Score, m.Shared)
	}
	return out
}

// TestLikeListsTheOthers: among the five samples, each finds the four others and never itself;
// an empty text and a text of stop words find nothing.
func TestLikeListsTheOthers(t *testing.T) {
	ps := samples(t)
	ix := similar.New(ps, similar.Options{})
	for i, p := range ps {
		ms := ix.Like(i, 10)
		if len(ms) != 4 || rank(ms, p) != 0 {
			t.Errorf("%s: %v", p.Code, codes(ms))
		}
		for k := 1; k < len(ms); k++ {
			if ms[k].Score > ms[k-1].Score {
				t.Errorf("%s: not best first: %v", p.Code, codes(ms))
			}
		}
	}
	dup := *ps[1] // a duplicate file of a project is never like itself
	dup.File, dup.Code = "kopio/"+dup.File, " "+strings.ToLower(dup.Code)
	withDup := similar.New(append(slices.Clone(ps), &dup), similar.Options{})
	if ms := withDup.Like(1, 10); len(ms) != 4 || rank(ms, &dup) != 0 {
		t.Errorf("with a duplicate: %v", codes(ms))
	}
	cp := *ps[2] // a copy (the pack draws copies) is found by its key
	if a, b := codes(ix.LikeProject(&cp, 4)), codes(ix.Like(2, 4)); !slices.Equal(a, b) || len(a) != 4 {
		t.Errorf("a copy: %v, the project: %v", a, b)
	}
	for _, q := range []string{"", "ja on se että", "🙂 ### 12345"} {
		if ms := ix.LikeText(q, 5); len(ms) != 0 {
			t.Errorf("%q: %v", q, codes(ms))
		}
	}
	if ms := similar.New(nil, similar.Options{}).LikeText("maahanmuuttajat", 3); len(ms) != 0 {
		t.Errorf("empty index: %v", ms)
	}
}

// TestWorkersGiveOneAnswer: the index is the same whichever way its build is shared out.
func TestWorkersGiveOneAnswer(t *testing.T) {
	ps := append(samples(t), synthetic(t, 600, 15)...)
	one := similar.New(ps, similar.Options{Workers: 1})
	for _, w := range []int{2, 3, 7} {
		ix := similar.New(ps, similar.Options{Workers: w})
		for _, i := range []int{0, 3, 100, 604} {
			a, b := codes(one.Like(i, 8)), codes(ix.Like(i, 8))
			if !slices.Equal(a, b) {
				t.Errorf("workers %d, project %d:\n%v\nwith one worker:\n%v", w, i, b, a)
			}
		}
	}
}

// TestEarlier: only projects that began before, best first, at most n.
func TestEarlier(t *testing.T) {
	ps := samples(t)
	ix := similar.New(ps, similar.Options{})
	for _, p := range ps {
		got := ix.Earlier(p, 3)
		if len(got) > 3 {
			t.Errorf("%s: %d", p.Code, len(got))
		}
		for _, q := range got {
			if !q.Start.Before(p.Start.Time) {
				t.Errorf("%s (from %s) listed as earlier than %s (from %s)", q.Code, q.Start.ISO(), p.Code, p.Start.ISO())
			}
		}
	}
	var latest *data.Project
	for _, p := range ps {
		if latest == nil || p.Start.After(latest.Start.Time) {
			latest = p
		}
	}
	if got := ix.Earlier(latest, 3); len(got) != 3 {
		t.Errorf("the latest project %s has %d earlier like it, want 3", latest.Code, len(got))
	}
}

// TestHardDistractors measures recall where the distractors are made of the samples' own words
// at their own frequencies (see varied), so that every query word is common among them: the
// first half of a summary must still find its project first; shorter queries are measured.
func TestHardDistractors(t *testing.T) {
	seeds := samples(t)
	ps := append(slices.Clone(seeds), varied(t, 2000)...)
	firstWords := func(s string, n int) string {
		f := strings.Fields(s)
		return strings.Join(f[:min(n, len(f))], " ")
	}
	for _, opts := range []similar.Options{{}, {NoCompounds: true}} {
		ix := similar.New(ps, opts)
		for _, q := range []struct {
			what string
			text func(p *data.Project) string
		}{
			{"summary, first half", func(p *data.Project) string { return firstHalf(p.Summary) }},
			{"summary, first 30 words", func(p *data.Project) string { return firstWords(p.Summary, 30) }},
			{"summary, first 12 words", func(p *data.Project) string { return firstWords(p.Summary, 12) }},
			{"name", func(p *data.Project) string { return p.Name }},
			{"target groups", func(p *data.Project) string { return p.TargetGroups.Primary }},
		} {
			var r recall
			for _, p := range seeds {
				k := rank(ix.LikeText(q.text(p), 5), p)
				r.add(k)
				if q.what == "summary, first half" && k != 1 {
					t.Errorf("compounds %v: the first half of %s's summary ranks it %d", !opts.NoCompounds, p.Code, k)
				}
			}
			t.Logf("compounds %v, %s: %s", !opts.NoCompounds, q.what, r)
		}
	}
}
