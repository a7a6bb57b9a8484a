// Package export writes what officers take to meetings: one-page PDF summaries of projects
// (alone or as a parallel batch into a folder), a comparison report PDF, and the project table
// as CSV or XLSX.
package export

import (
	_ "embed"
	"sync"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"vertailu/assets"
	"vertailu/assets/words"
	"vertailu/charts"
	"vertailu/data"
	"vertailu/data/locale"
)

// Fonts: fpdf parses every font anew for every document, which was most of the time a page
// took, so a page uses two. Regular text is the charts' Roboto (it is in the document anyway,
// and the charts' labels match the text); bold is DejaVu Sans Bold from assets, cut to the
// Latin, Greek and Cyrillic scripts, punctuation, currency, arrows and box drawing (see
// fonts/README.md).
const (
	regularFamily = charts.PDFFontFamily
	boldFamily    = "DejaVu"
)

//go:embed fonts/DejaVuSans-Bold-subset.ttf
var dejaVuSansBold []byte

// setFont selects the regular font, or the bold one for style "B".
func setFont(pdf *fpdf.Fpdf, style string, size float64) {
	if style == "B" {
		pdf.SetFont(boldFamily, "B", size)
		return
	}
	pdf.SetFont(regularFamily, "", size)
}

// labels holds the page texts in one language, worded from the catalogue (see labelsFor).
type labels struct {
	title, fund, axis, objective, status                 string
	applicant, orgType, coImpl, authority, period        string
	regions, subregions, municipalities, persons         string
	companies, months, funding, derived                  string
	utilEU, utilPublic, share, costPerPerson, compTarget string
	sustainability, direct, indirect, overall            string
	dimensions                                           [3]string
	gender                                               [3]string
	genderQ                                              string
	sustShort                                            [2]string
	yes, no, summary, finalReport, noFinalReport         string
	continues, source, printed, none                     string
	reportTitle, totals, reportFunding                   string
	reportUtil, reportRadar, mean, incomplete            string
	noScores                                             string
	noScoresOne                                          string

	lang words.Lang
}

// more words "+N more" for a list cut short.
func (l *labels) more(n int) string { return l.lang.N("+{{.Count}} more", n) }

// companiesPR words "planned P, realised R".
func (l *labels) companiesPR(planned, realised string) string {
	return l.lang.T("planned {{.Planned}}, realised {{.Realised}}", "Planned", planned, "Realised", realised)
}

// projects words "N projects".
func (l *labels) projects(n int) string { return l.lang.N("{{.Count}} projects", n) }

// newLabels words the page texts in l.
func newLabels(l words.Lang) *labels {
	col := func(key string) string { return l.T("column." + key) }
	dims := [3]string{}
	for i, d := range data.Dimensions {
		dims[i] = words.Of(string(l)).DimensionShort(d)
	}
	return &labels{
		lang: l, title: l.T("Project summary"), fund: col("fund"), axis: col("priority_axis"),
		objective: col("specific_objective"), status: col("status"), applicant: col("applicant"),
		orgType: col("org_type"), coImpl: l.T("Co-implementers"), authority: col("authority"),
		period: l.T("Period"), regions: col("regions"), subregions: l.T("Subregions"),
		municipalities: l.T("Municipalities"), persons: col("persons_planned"),
		companies: l.T("Companies"), months: l.T("months"), funding: l.T("Funding"),
		derived: l.T("Key figures"), utilEU: col("utilisation_eu_state"), utilPublic: col("utilisation_public"),
		share: col("eu_state_share"), costPerPerson: col("cost_per_planned_participant"),
		compTarget: col("company_target_reached"), sustainability: l.T("Sustainability (means 0–10)"),
		direct: l.T("Direct"), indirect: l.T("Indirect"), overall: l.T("Overall"), dimensions: dims,
		gender:  [3]string{l.T("gender.analysis"), l.T("gender.mainstreamed"), l.T("gender.main_goal")},
		genderQ: l.T("Gender equality"), sustShort: [2]string{l.T("Sust. direct"), l.T("Sust. indirect")},
		yes: l.T("Yes"), no: l.T("No"), summary: l.T("Planned summary (3)"),
		finalReport: l.T("Final report summary (9)"), noFinalReport: l.T("No final report summary."),
		continues: l.T("The text continues in the source"), source: l.T("Source"), printed: l.T("Printed"),
		none: "–", reportTitle: l.T("Project comparison"), totals: l.T("Total"),
		reportFunding: l.T("Funding by project"), reportUtil: l.T("Utilisation"),
		reportRadar: l.T("Sustainability"), mean: l.T("mean"),
		noScores:    l.T("no sustainability scores for these projects"),
		noScoresOne: l.T("No sustainability scores: the project's source gives none (a project list, or the period 2021–2027, which has no 0–10 self-assessment)."),
		incomplete:  l.T("The source file is truncated: some values are missing."),
	}
}

var labelTables = sync.OnceValue(func() map[words.Lang]*labels {
	return map[words.Lang]*labels{words.FI: newLabels(words.FI), words.EN: newLabels(words.EN)}
})

// labelsFor returns the labels of lang: English for "en", Finnish otherwise.
func labelsFor(lang string) *labels { return labelTables()[words.Of(lang)] }

// statusText words a status value in lang (see data.StatusText).
func statusText(s, lang string) string { return words.Of(lang).Status(s) }

// formatDate writes a print date: "1.4.2008" in Finnish, "1 Apr 2008" in English.
func formatDate(t time.Time, lang string) string { return locale.Of(lang).Date(t) }

// clean makes s safe for fpdf on one line (see charts.CleanText).
func clean(s string) string {
	return charts.CleanText(s, false)
}

// cleanText is clean that keeps line breaks when multiline is set (free texts).
func cleanText(s string, multiline bool) string {
	return charts.CleanText(s, multiline)
}

// newDocument starts a PDF whose bytes depend only on what is drawn and on now: a sorted
// catalogue, fixed dates, the two fonts embedded.
func newDocument(orientation string, now time.Time) *fpdf.Fpdf {
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: orientation, UnitStr: "mm", SizeStr: "A4"})
	pdf.SetCatalogSort(true)
	now = now.UTC()
	pdf.SetCreationDate(now)
	pdf.SetModificationDate(now)
	pdf.SetCreator("Vertailu", true)
	pdf.SetProducer("Vertailu", true)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.AddUTF8FontFromBytes(regularFamily, "", assets.Roboto)
	pdf.AddUTF8FontFromBytes(boldFamily, "B", dejaVuSansBold)
	return pdf
}

// nowOr returns t, or the current time when t is zero.
func nowOr(t time.Time) time.Time {
	if t.IsZero() {
		return time.Now()
	}
	return t
}
