package data

import (
	"strings"
)

// The funding authority's area: where the authority that granted the money works, never the
// project's own place. A regional council (maakunnan liitto) works in its region, an ELY centre
// in its one to three regions, a ministry or national agency in the whole country.

// NationalArea is the area of a ministry or a national agency.
const NationalArea = "national"

// genitiveRegions maps the genitive a council's or ELY centre's name begins with to the regions
// it works in; "Hämeen" is Kanta-Häme for the council (Hämeen liitto), both Hämes for the ELY.
var genitiveRegions = map[string][]string{
	"uudenmaan": {"Uusimaa"}, "varsinais-suomen": {"Varsinais-Suomi"}, "satakunnan": {"Satakunta"},
	"kanta-hämeen": {"Kanta-Häme"}, "pirkanmaan": {"Pirkanmaa"}, "päijät-hämeen": {"Päijät-Häme"},
	"kymenlaakson": {"Kymenlaakso"}, "etelä-karjalan": {"Etelä-Karjala"}, "etelä-savon": {"Etelä-Savo"},
	"pohjois-savon": {"Pohjois-Savo"}, "pohjois-karjalan": {"Pohjois-Karjala"}, "keski-suomen": {"Keski-Suomi"},
	"etelä-pohjanmaan": {"Etelä-Pohjanmaa"}, "pohjanmaan": {"Pohjanmaa"}, "keski-pohjanmaan": {"Keski-Pohjanmaa"},
	"pohjois-pohjanmaan": {"Pohjois-Pohjanmaa"}, "kainuun": {"Kainuu"}, "lapin": {"Lappi"},
	"ahvenanmaan": {"Ahvenanmaa"}, "kaakkois-suomen": {"Kymenlaakso", "Etelä-Karjala"},
	"hämeen": {"Kanta-Häme", "Päijät-Häme"},
}

// nationalWords mark an authority that works in the whole country.
var nationalWords = []string{"ministeriö", "tekes", "innovaatiorahoituskeskus", "business finland", "virasto", "valtioneuvosto"}

// AuthorityAreas are the regions the funding authority works in, NationalArea for a ministry
// or a national agency, and none when its name says neither.
func AuthorityAreas(authority string) []string {
	a := strings.ToLower(strings.TrimSpace(authority))
	if a == "" {
		return nil
	}
	for _, w := range nationalWords {
		if strings.Contains(a, w) {
			return []string{NationalArea}
		}
	}
	first, _, _ := strings.Cut(a, " ")
	regions, ok := genitiveRegions[first]
	if !ok {
		return nil
	}
	if first == "hämeen" && strings.Contains(a, "liitto") {
		return []string{"Kanta-Häme"} // Hämeen liitto: the council of Kanta-Häme
	}
	return regions
}
