package eura

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

var scoresPattern = regexp.MustCompile(`^(.*\S)\s+(\d+)\s+(\d+)$`)

func TestScoresMatchesPattern(t *testing.T) {
	for _, s := range []string{
		"Ilmastonmuutoksen hillintä 3 2", "Ilmastonmuutoksen hillintä\t10  0", "Kriteeri 3 2 ",
		"3 2", " 3 2", "a 3 2", "a 32", "a  3", "Kriteeri x 2", "", "7", "a 3 2x", "ä\u00a0 4 5",
		"Vesistöt 1\f2", "Nimi 01 002",
	} {
		t.Run(s, func(t *testing.T) { checkScores(t, s) })
	}
}

func FuzzScores(f *testing.F) {
	f.Add("Luonnon monimuotoisuus 0 1")
	f.Fuzz(checkScores)
}

// checkScores compares scores with the pattern on one line (lines hold no line ends).
func checkScores(t *testing.T, s string) {
	if strings.ContainsAny(s, "\n\r") {
		return
	}
	want := scoresPattern.FindStringSubmatch(s)
	got, ok := scores(s)
	if ok != (want != nil) || ok && !slices.Equal([]string{got.criterion, got.direct, got.indirect}, want[1:]) {
		t.Errorf("scores(%q) = %q %v, the pattern gives %q", s, got, ok, want)
	}
}
