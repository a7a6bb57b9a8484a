// Package export writes what officers take to meetings: one-page PDF summaries of projects
// (alone or as a parallel batch into a folder), a comparison report PDF, and the project table
// as CSV or XLSX.
package export

import (
	_ "embed"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"github.com/wcharczuk/go-chart/v2/roboto"

	"vertailu/charts"
	"vertailu/data"
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

// labels holds the page texts in one language.
type labels struct {
	title, fund, axis, objective, status                 string
	applicant, orgType, coImpl, authority, period        string
	regions, subregions, municipalities, persons         string
	companies, companiesPR, months, funding, derived     string
	utilEU, utilPublic, share, costPerPerson, compTarget string
	sustainability, direct, indirect, overall            string
	dimensions                                           [3]string
	gender, genderQ                                      [3]string
	sustShort                                            [2]string
	yes, no, summary, finalReport, noFinalReport         string
	continues, source, printed, page, more, none         string
	reportTitle, projects, totals, reportFunding         string
	reportUtil, reportRadar, mean, incomplete            string
}

var labelsFI = labels{
	title: "Hankkeen tiivistelmä", fund: "Rahasto", axis: "Toimintalinja", objective: "Erityistavoite",
	status: "Tila", applicant: "Hakija", orgType: "Organisaatiotyyppi", coImpl: "Osatoteuttajat",
	authority: "Vastuuviranomainen", period: "Toteutusaika", regions: "Maakunnat",
	subregions: "Seutukunnat", municipalities: "Kunnat", persons: "Henkilöt (suunn.)",
	companies: "Yritykset", companiesPR: "suunniteltu %s, toteutunut %s", months: "kk",
	funding: "Rahoitus", derived: "Tunnusluvut",
	utilEU: "Käyttöaste EU+valtio", utilPublic: "Käyttöaste julkinen", share: "EU+valtio-osuus",
	costPerPerson: "€ / suunniteltu osallistuja", compTarget: "Yritystavoitteen toteuma",
	sustainability: "Kestävä kehitys (keskiarvot 0–10)", direct: "Välitön", indirect: "Välillinen",
	overall: "Kaikki", dimensions: [3]string{"Ekologinen", "Taloudellinen", "Sosiaalinen"},
	gender: [3]string{
		"Toimintaympäristön analyysi sukupuolinäkökulmasta",
		"Sukupuolinäkökulma huomioitu toiminnassa",
		"Päätavoite on sukupuolten tasa-arvon edistäminen",
	},
	genderQ:   [3]string{"Sukupuolten tasa-arvo"},
	sustShort: [2]string{"Kest. välitön", "Kest. välill."},
	yes:       "Kyllä", no: "Ei", summary: "Suunnitelman mukainen tiivistelmä (3)",
	finalReport: "Loppuraportin tiivistelmä (9)", noFinalReport: "Ei loppuraportin tiivistelmää.",
	continues: "Teksti jatkuu lähteessä", source: "Lähde", printed: "Tulostettu", page: "1/1",
	more: "+%d muuta", none: "–",
	reportTitle: "Hankkeiden vertailu", projects: "hanketta", totals: "Yhteensä",
	reportFunding: "Rahoitus hankkeittain", reportUtil: "Käyttöaste", reportRadar: "Kestävä kehitys",
	mean: "keskiarvo", incomplete: "Lähdetiedosto on katkennut: osa tiedoista puuttuu.",
}

var labelsEN = labels{
	title: "Project summary", fund: "Fund", axis: "Priority axis", objective: "Specific objective",
	status: "Status", applicant: "Applicant", orgType: "Organisation type", coImpl: "Co-implementers",
	authority: "Responsible authority", period: "Period", regions: "Regions",
	subregions: "Sub-regions", municipalities: "Municipalities", persons: "Persons (planned)",
	companies: "Companies", companiesPR: "planned %s, realised %s", months: "months",
	funding: "Funding", derived: "Key figures",
	utilEU: "Utilisation EU+state", utilPublic: "Utilisation public", share: "EU+state share",
	costPerPerson: "€ per planned participant", compTarget: "Company target reached",
	sustainability: "Sustainability (means 0–10)", direct: "Direct", indirect: "Indirect",
	overall: "Overall", dimensions: [3]string{"Ecological", "Economic", "Social"},
	gender: [3]string{
		"Gender analysis of the operating environment",
		"Gender perspective mainstreamed",
		"Main goal is promoting gender equality",
	},
	genderQ:   [3]string{"Gender equality"},
	sustShort: [2]string{"Sust. direct", "Sust. indirect"},
	yes:       "Yes", no: "No", summary: "Planned summary (3)",
	finalReport: "Final report summary (9)", noFinalReport: "No final report summary.",
	continues: "The text continues in the source", source: "Source", printed: "Printed", page: "1/1",
	more: "+%d more", none: "–",
	reportTitle: "Project comparison", projects: "projects", totals: "Total",
	reportFunding: "Funding by project", reportUtil: "Utilisation", reportRadar: "Sustainability",
	mean: "mean", incomplete: "The source file is truncated: some values are missing.",
}

// labelsFor returns the labels of lang: English for "en", Finnish otherwise.
func labelsFor(lang string) *labels {
	if lang == "en" {
		return &labelsEN
	}
	return &labelsFI
}

// statusText translates the three known status values into English; others stay as written.
func statusText(s, lang string) string {
	if lang != "en" {
		return s
	}
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "toiminta päättynyt":
		return "Ended"
	case "toiminnassa":
		return "Running"
	case "keskeytynyt":
		return "Interrupted"
	}
	return s
}

// formatDate writes a print date: D.M.YYYY in Finnish, YYYY-MM-DD in English.
func formatDate(t time.Time, lang string) string {
	if lang == "en" {
		return t.Format("2006-01-02")
	}
	return t.Format("2.1.2006")
}

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
	pdf.AddUTF8FontFromBytes(regularFamily, "", roboto.Roboto)
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

// na is data.NA, for brevity in the layouts.
const na = data.NA
