package similar_test

import (
	"strings"
	"testing"

	"vertailu/data"
	"vertailu/data/similar"
)

// FuzzIndex: any texts index and query without a panic, every score between 0 and 1, and a
// project is never listed as like itself.
func FuzzIndex(f *testing.F) {
	f.Add("Työttömille maahanmuuttajille", "maahanmuuttajatyönhakijoiden ohjaus", "työttömien")
	f.Add("a\u0308a\u0308\xc3", "\xff\xfe TE-toimisto 2019", strings.Repeat("ä", 300))
	f.Add("", "", "")
	f.Fuzz(func(t *testing.T, a, b, q string) {
		ps := []*data.Project{
			{Code: "A", Name: a, Summary: b},
			{Code: "B", Name: b, FinalReport: a + " " + q},
			{Code: "C", Name: q},
			{Code: "a", Summary: a}, // the same code as A
		}
		ix := similar.New(ps, similar.Options{Workers: 2})
		check := func(ms []similar.Match, self int) {
			for _, m := range ms {
				if m.Score <= 0 || m.Score > 1 || m.Index == self || self == 0 && m.Index == 3 {
					t.Fatalf("%+v (asked about %d)", m, self)
				}
			}
		}
		for i := range ps {
			check(ix.Like(i, 5), i)
		}
		check(ix.LikeText(q, 5), -1)
		check(ix.LikeText(a+b, 5), -1)
	})
}

// TestHostileTexts: a megabyte-long word, invalid UTF-8 and control characters index and
// query like any text (the long word is left out: it would take the compound split minutes).
func TestHostileTexts(t *testing.T) {
	long := strings.Repeat("maahanmuuttaja", 80_000)
	ps := []*data.Project{
		{Code: "A", Name: "Maahanmuuttajien ohjaus", Summary: long + " " + long[:5000] + "ja\xff\xfe\x00\x1b[31mohjaus"},
		{Code: "B", Name: "Ohjausta maahanmuuttajille", Summary: strings.Repeat("\xc3", 1000) + "ohjaus"},
	}
	ix := similar.New(ps, similar.Options{})
	if ms := ix.Like(0, 5); len(ms) != 1 || ms[0].Project.Code != "B" {
		t.Errorf("%v", ms)
	}
	if ms := ix.LikeText(long, 5); len(ms) != 0 {
		t.Errorf("the long word matches: %v", ms)
	}
}
