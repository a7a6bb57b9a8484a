package charts

import (
	"strings"
	"sync"

	"vertailu/assets/words"
	"vertailu/data"
)

// label keys: the words a chart writes most, worded from the catalogue once per language.
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
	lMore
	lUnknownScores
	nLabels
)

// labelIDs are the catalogue ids of the labels.
var labelIDs = [nLabels]string{
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
	lMore:            "more",
	lUnknownScores:   "scores missing",
}

// labelTables holds the label table of each language, worded once from the catalogue.
var labelTables = sync.OnceValue(func() map[words.Lang]*[nLabels]string {
	m := map[words.Lang]*[nLabels]string{}
	for _, l := range []words.Lang{words.FI, words.EN} {
		var t [nLabels]string
		for i, id := range labelIDs {
			t[i] = l.T(id)
		}
		m[l] = &t
	}
	return m
})

// labels returns the label table of lang: English for "en", Finnish otherwise.
func labels(lang string) *[nLabels]string { return labelTables()[words.Of(lang)] }

// criterionShort returns the short axis label of criterion i in lang.
func criterionShort(i int, lang string) string {
	if i < 0 || i >= len(data.Criteria) {
		return ""
	}
	return words.Of(lang).CriterionShort(data.Criteria[i])
}

// dimensionName returns the heading of dimension d in lang.
func dimensionName(d data.Dimension, lang string) string { return words.Of(lang).Dimension(d) }

// dimensionShort returns a one-word name of dimension d.
func dimensionShort(d data.Dimension, lang string) string { return words.Of(lang).DimensionShort(d) }

// seriesName returns the name of the direct or indirect series.
func seriesName(s Series, lang string) string {
	if s == Indirect {
		return labels(lang)[lIndirect]
	}
	return labels(lang)[lDirect]
}

// ProjectLabel is "CODE Name", or whichever of the two is known: how charts, outlines and
// contents name a project.
func ProjectLabel(p *data.Project) string {
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
