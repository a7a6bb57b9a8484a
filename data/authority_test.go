package data_test

import (
	"strings"
	"testing"

	"vertailu/assets/words"
	"vertailu/data"
)

// The funding authority's area: a council's region, an ELY centre's regions, the whole country
// for a ministry or national agency, nothing for a name that says neither.
func TestAuthorityAreas(t *testing.T) {
	for authority, want := range map[string]string{
		"Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus": "Etelä-Savo",
		"Etelä-Savon ELY-keskus, yritystuet":                   "Etelä-Savo",
		"Lapin liitto":                                         "Lappi",
		"Hämeen liitto":                                        "Kanta-Häme",
		"Hämeen elinkeino-, liikenne- ja ympäristökeskus":      "Kanta-Häme, Päijät-Häme",
		"Kaakkois-Suomen ELY-keskus":                           "Kymenlaakso, Etelä-Karjala",
		"Pohjois-Pohjanmaan liitto":                            "Pohjois-Pohjanmaa",
		"Sosiaali- ja terveysministeriö":                       data.NationalArea,
		"Innovaatiorahoituskeskus Tekes":                       data.NationalArea,
		"Ruokavirasto":                                         data.NationalArea,
		"Tuntematon taho":                                      "",
	} {
		p := &data.Project{Authority: authority}
		if got := strings.Join(data.FieldAuthorityArea.Values(p), ", "); got != want {
			t.Errorf("%s: %q, want %q", authority, got, want)
		}
	}
	if got := words.Of("en").Value(data.FieldAuthorityArea, data.NationalArea); got != "Whole country (a ministry or national agency)" {
		t.Errorf("national in English: %q", got)
	}
}
