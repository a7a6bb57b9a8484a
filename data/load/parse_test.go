package load_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vertailu/assets"
	"vertailu/data"
	"vertailu/data/load"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func loadSeeds(t testing.TB) *data.LoadResult {
	t.Helper()
	res, err := load.FS(context.Background(), assets.Samples(), assets.SamplesName, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func seed(t testing.TB, code string) *data.Project {
	t.Helper()
	for _, p := range loadSeeds(t).Projects {
		if p.Code == code {
			return p
		}
	}
	t.Fatalf("no seed %s", code)
	return nil
}

// TestSeedsGolden compares the JSON of every seed with testdata/golden; -update rewrites them.
func TestSeedsGolden(t *testing.T) {
	res := loadSeeds(t)
	if len(res.Projects) != 5 {
		t.Fatalf("loaded %d seeds, want 5", len(res.Projects))
	}
	for _, p := range res.Projects {
		got, err := json.MarshalIndent(p, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		golden := filepath.Join("testdata", "golden", p.Code+".json")
		if *update {
			if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./data -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: JSON differs from %s (run with -update after checking the change):\n%s", p.File, golden, lineDiff(want, got))
		}
	}
}

// TestSeedValues checks values one by one against the documents.
func TestSeedValues(t *testing.T) {
	p := seed(t, "S22829")
	checks := []struct{ name, got, want string }{
		{"name", p.Name, "VALO: Valmennusta - Apua Luottamuksella - Opastusta yhteiskuntaan"},
		{"fund", p.Fund, "ESR"},
		{"axis", p.PriorityAxis, "5. Sosiaalinen osallisuus ja köyhyyden torjunta"},
		{"objective", p.SpecificObjective, "10.1. Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen"},
		{"start", p.Start.ISO(), "2022-06-01"},
		{"end", p.End.ISO(), "2023-12-31"},
		{"status", p.Status, "Toiminta päättynyt"},
		{"authority", p.Authority, "Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus"},
		{"applicant", p.Applicant.Name, "Keski-Karjalan Maahanmuuttajayhdistys ALJANS ry"},
		{"org type", p.Applicant.OrgType, "Muu järjestö tai yhdistys"},
		{"business id", p.Applicant.BusinessID, "2914212-5"},
		{"street", p.Applicant.Street, "Kiteentie 27A"},
		{"postal code", p.Applicant.PostalCode, "82500"},
		{"city", p.Applicant.City, "Kitee"},
		{"email", p.Applicant.ContactEmail, "aljans.kitee@gmail.com"},
		{"contact", p.Applicant.ContactName, "Haikara Natalia"},
		{"applicants", p.Applicants, ""},
		{"regions", strings.Join(p.Regions, "|"), "Pohjois-Karjala"},
		{"subregions", strings.Join(p.Subregions, "|"), "Keski-Karjalan"},
		{"municipalities", strings.Join(p.Municipalities, "|"), "Rääkkylä|Tohmajärvi|Kitee"},
		{"site street", p.Site.Street, ""},
		{"granted", data.FormatInt(p.Funding.GrantedEUState, "fi"), "95\u00a0084"},
		{"realised", data.FormatInt(p.Funding.RealisedEUState, "fi"), "95\u00a0083"},
		{"planned public", data.FormatInt(p.Funding.PlannedPublicTotal, "fi"), "119\u00a0130"},
		{"realised public", data.FormatInt(p.Funding.RealisedPublicTotal, "fi"), "119\u00a0129"},
		{"companies planned", data.FormatInt(p.Indicators.CompaniesPlanned, "fi"), "0"},
		{"companies realised", data.FormatInt(p.Indicators.CompaniesRealised, "fi"), "0"},
		{"persons planned", data.FormatInt(p.Indicators.PersonsPlanned, "fi"), "70"},
		{"months", data.FormatFloat(p.Derived.DurationMonths, 1, "fi"), "19,0"},
		{"cost per participant", data.FormatFloat(p.Derived.CostPerPlannedParticipant, 0, "fi"), "1\u00a0702"},
		{"company target", data.FormatPercent(p.Derived.CompanyTargetReached, "fi"), data.Unknown("fi")},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if !p.Complete || len(p.Warnings) != 0 {
		t.Errorf("complete=%v warnings=%v, want a clean complete project", p.Complete, p.Warnings)
	}
	if !strings.HasPrefix(p.Summary, "Kitee ja Tohmajärvi ovat rajaseudun kuntia") || !strings.HasSuffix(p.Summary, "näillä eri paikkakunnilla.") {
		t.Errorf("summary = %.80q…", p.Summary)
	}
	if !strings.Contains(p.FinalReport, "\n\nHankkeen aikana tehtiin yhteistyötä") {
		t.Error("final report lost its paragraph break")
	}
	g := p.GenderEquality
	if !g[0].Answer.Known || g[0].Answer.V || !g[1].Answer.V || g[2].Answer.V {
		t.Errorf("gender answers = %+v", g)
	}
	if !strings.HasPrefix(g[1].Text, "Hankkeessa on huomioitu mies- ja naisnäkökulmat") {
		t.Errorf("gender text 2 = %q", g[1].Text)
	}
	wantScores := [15][2]int64{{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {7, 7}, {6, 5}, {0, 0}, {8, 5}, {8, 6}, {7, 5}, {4, 3}, {1, 1}}
	for i, c := range p.Sustainability {
		if c.Direct != data.KnownInt(wantScores[i][0]) || c.Indirect != data.KnownInt(wantScores[i][1]) {
			t.Errorf("criterion %d %q = %v/%v, want %v", i, c.Criterion, c.Direct, c.Indirect, wantScores[i])
		}
		if c.Dimension != data.Criteria[i].Dimension {
			t.Errorf("criterion %d dimension %v", i, c.Dimension)
		}
	}
	if j := p.Sustainability[12].Justification; j != "Hanke edistää suvaitsevan ilmapiirin luomista Keski-Karjalassa mm. yhteistapaamisilla." {
		t.Errorf("justification 13 = %q", j)
	}
}

func TestSeedCoImplementersAndNumberedText(t *testing.T) {
	p := seed(t, "S21029")
	want := []data.CoImplementer{{Name: "Tervolan kunta", BusinessID: "0193249-1"}, {Name: "Pohjantähti-opiston kannatusyhdistys ry", BusinessID: "1473514-7"}}
	if len(p.CoImplementers) != 2 || p.CoImplementers[0] != want[0] || p.CoImplementers[1] != want[1] {
		t.Errorf("co-implementers = %+v", p.CoImplementers)
	}
	if !strings.Contains(p.TargetGroups.Primary, "\n2) Ohjaus- ja opetushenkilöstö") {
		t.Errorf("numbered line inside 4.1 lost: %q", p.TargetGroups.Primary)
	}
	if p.Applicant.ContactName != "PALOKANGAS TUOMO" {
		t.Errorf("a name in capitals is kept as written, got %q", p.Applicant.ContactName)
	}
	if c := p.Sustainability[10]; c.Direct != data.KnownInt(9) || !strings.HasPrefix(c.Justification, "Hankkeessa edistetään maahanmuuttaja-asiakkaiden") {
		t.Errorf("criterion 11 = %+v", c)
	}
	if got := data.FormatPercent(p.Derived.CompanyTargetReached, "fi"); got != "80,0\u00a0%" {
		t.Errorf("company target = %q", got)
	}
}

func TestSeedInterrupted(t *testing.T) {
	p := seed(t, "S21921")
	if p.Status != "Keskeytynyt" {
		t.Fatalf("status %q", p.Status)
	}
	if p.Funding.GrantedEUState != data.KnownInt(0) {
		t.Errorf("granted = %+v, want a known 0", p.Funding.GrantedEUState)
	}
	if p.Derived.UtilisationEUState.Known {
		t.Errorf("utilisation of an interrupted project with nothing granted must be unknown, got %v", p.Derived.UtilisationEUState)
	}
	if got := data.FormatPercent(p.Derived.UtilisationEUState, "fi"); got != data.Unknown("fi") {
		t.Errorf("shown as %q, want %q", got, data.Unknown("fi"))
	}
	if p.FinalReport != "" {
		t.Errorf("final report %q, want empty for '-'", p.FinalReport)
	}
	if p.Site.Street != "PL 215" || p.Site.City != "Seinäjoki" || p.Applicant.Street != "PL 215" {
		t.Errorf("site address %+v, applicant street %q", p.Site, p.Applicant.Street)
	}
	if !strings.HasPrefix(p.Summary, "Hankkeen avulla luodaan Seinäjoella") || !strings.Contains(p.Summary, "\n1. Tieto-, ohjaus-") {
		t.Errorf("a line starting '1. ' inside section 3 must stay text: %q", p.Summary)
	}
}

// lineDiff shows where got first differs from want: the line number and both lines.
func lineDiff(want, got []byte) string {
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := range max(len(w), len(g)) {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n  want %s\n   got %s", i+1, wl, gl)
		}
	}
	return "(no line differs)"
}
