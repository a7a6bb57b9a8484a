package list

import (
	"encoding/json"
	"strings"
	"sync"

	"vertailu/assets"
)

// Places of 2021–2027 projects: the EURA 2021 export gives the project's location as a NUTS 3
// code and name ("FI193 Keski-Suomi"), and the implementation site's post office.

// nuts3Regions names Finland's NUTS 3 areas (2021) as the regions are named everywhere else:
// each is one region (maakunta); FI1B1 Helsinki-Uusimaa is Uusimaa.
var nuts3Regions = map[string]string{
	"FI193": "Keski-Suomi", "FI194": "Etelä-Pohjanmaa", "FI195": "Pohjanmaa", "FI196": "Satakunta",
	"FI197": "Pirkanmaa", "FI1B1": "Uusimaa", "FI1C1": "Varsinais-Suomi", "FI1C2": "Kanta-Häme",
	"FI1C3": "Päijät-Häme", "FI1C4": "Kymenlaakso", "FI1C5": "Etelä-Karjala", "FI1D1": "Etelä-Savo",
	"FI1D2": "Pohjois-Savo", "FI1D3": "Pohjois-Karjala", "FI1D5": "Keski-Pohjanmaa", "FI1D7": "Lappi",
	"FI1D8": "Kainuu", "FI1D9": "Pohjois-Pohjanmaa", "FI200": "Ahvenanmaa",
}

// regionOfLocation is the region a location ("FI193 Keski-Suomi") names; ok=false when it
// names none.
func regionOfLocation(loc string) (string, bool) {
	code, _, _ := strings.Cut(strings.TrimSpace(loc), " ")
	r, ok := nuts3Regions[strings.ToUpper(code)]
	return r, ok
}

// municipalityNames are Finland's municipalities by their names folded (see municipalityOf).
var municipalityNames = sync.OnceValue(func() map[string]string {
	var geo struct {
		Areas []struct {
			Fi string `json:"fi"`
			Sv string `json:"sv"`
		} `json:"areas"`
	}
	names := map[string]string{}
	if json.Unmarshal(assets.MunicipalitiesGeo, &geo) != nil {
		return names
	}
	for _, a := range geo.Areas {
		names[strings.ToLower(a.Fi)] = a.Fi
		if a.Sv != "" {
			names[strings.ToLower(a.Sv)] = a.Fi
		}
	}
	return names
})

// municipalityOf is the municipality a post office ("JYVÄSKYLÄ") names, in its Finnish name;
// ok=false when it names none (a post office of a village, "HELSINGIN YLIOPISTO").
func municipalityOf(post string) (string, bool) {
	m, ok := municipalityNames()[strings.ToLower(strings.TrimSpace(post))]
	return m, ok
}
