package charts

import (
	"strings"

	"vertailu/data"
)

// label keys: every word a chart writes goes through this table.
const (
	lFundingTitle = iota
	lCompareTitle
	lUtilTitle
	lGroupsTitle
	lRadarTitle
	lOverlayTitle
	lDimTitle
	lGrantedEUState
	lRealisedEUState
	lPlannedPublic
	lRealisedPublic
	lUtilisation
	lOver100
	lDirect
	lIndirect
	lNoValue
	lNoProjects
	lUtilRef
	lMore
	lEcoShort
	lEconShort
	lSocShort
	lUnknownScores
	nLabels
)

var labelsFI = [nLabels]string{
	lFundingTitle:    "Julkinen rahoitus",
	lCompareTitle:    "Julkinen rahoitus hankkeittain",
	lUtilTitle:       "EU- ja valtion rahoituksen käyttöaste",
	lGroupsTitle:     "Julkinen rahoitus ryhmittäin",
	lRadarTitle:      "Kestävä kehitys",
	lOverlayTitle:    "Kestävä kehitys, vertailu",
	lDimTitle:        "Kestävyyden ulottuvuudet, keskiarvot",
	lGrantedEUState:  "Myönnetty EU- ja valtion rahoitus",
	lRealisedEUState: "Toteutunut EU- ja valtion rahoitus",
	lPlannedPublic:   "Suunniteltu julkinen rahoitus yhteensä",
	lRealisedPublic:  "Toteutunut julkinen rahoitus yhteensä",
	lUtilisation:     "käyttöaste",
	lOver100:         "yli 100 %",
	lDirect:          "Välitön",
	lIndirect:        "Välillinen",
	lNoValue:         "(ei arvoa)",
	lNoProjects:      "Ei hankkeita",
	lUtilRef:         "100 %",
	lMore:            "lisää",
	lEcoShort:        "Ekologinen",
	lEconShort:       "Taloudellinen",
	lSocShort:        "Sosiaalinen",
	lUnknownScores:   "pisteet puuttuvat",
}

var labelsEN = [nLabels]string{
	lFundingTitle:    "Public funding",
	lCompareTitle:    "Public funding by project",
	lUtilTitle:       "Utilisation of EU and state funding",
	lGroupsTitle:     "Public funding by group",
	lRadarTitle:      "Sustainable development",
	lOverlayTitle:    "Sustainable development, comparison",
	lDimTitle:        "Sustainability dimensions, means",
	lGrantedEUState:  "Granted EU and state funding",
	lRealisedEUState: "Realised EU and state funding",
	lPlannedPublic:   "Planned public funding, total",
	lRealisedPublic:  "Realised public funding, total",
	lUtilisation:     "utilisation",
	lOver100:         "over 100 %",
	lDirect:          "Direct",
	lIndirect:        "Indirect",
	lNoValue:         "(no value)",
	lNoProjects:      "No projects",
	lUtilRef:         "100 %",
	lMore:            "more",
	lEcoShort:        "Ecological",
	lEconShort:       "Economic",
	lSocShort:        "Social",
	lUnknownScores:   "scores missing",
}

// labels returns the label table of lang: English for "en", Finnish otherwise.
func labels(lang string) *[nLabels]string {
	if isEnglish(lang) {
		return &labelsEN
	}
	return &labelsFI
}

func isEnglish(lang string) bool {
	return strings.HasPrefix(strings.ToLower(strings.TrimSpace(lang)), "en")
}

// criterionShort returns the short axis label of criterion i in lang.
func criterionShort(i int, lang string) string {
	if i < 0 || i >= len(data.Criteria) {
		return ""
	}
	if isEnglish(lang) {
		return data.Criteria[i].ShortEN
	}
	return data.Criteria[i].ShortFI
}

// dimensionName returns the heading of dimension d in lang.
func dimensionName(d data.Dimension, lang string) string {
	if isEnglish(lang) {
		return d.English()
	}
	return d.Finnish()
}

// dimensionShort returns a one-word name of dimension d.
func dimensionShort(d data.Dimension, lang string) string {
	l := labels(lang)
	switch d {
	case data.Ecological:
		return l[lEcoShort]
	case data.Economic:
		return l[lEconShort]
	default:
		return l[lSocShort]
	}
}

// seriesName returns the name of the direct or indirect series.
func seriesName(s Series, lang string) string {
	if s == Indirect {
		return labels(lang)[lIndirect]
	}
	return labels(lang)[lDirect]
}

// projectLabel is "CODE Name", or whichever of the two is known.
func projectLabel(p *data.Project) string {
	if p == nil {
		return ""
	}
	code, name := strings.TrimSpace(p.Code), strings.TrimSpace(p.Name)
	switch {
	case code == "":
		return name
	case name == "":
		return code
	}
	return code + " " + name
}
