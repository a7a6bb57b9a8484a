package synth

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// Eura2021Headers are the EURA 2021 export's 35 headers, in order; the first has a trailing
// space, as in the real file.
var Eura2021Headers = []string{
	"Hankekoodi ", "Ryhmähanketunnus", "Rahasto", "EAKR-/JTF-alatyyppi", "Tl", "Et", "Hankkeen nimi",
	"Toteuttajan nimi", "Toteuttajan Y-tunnus", "Rahoittava viranomainen", "Toiminnan tila", "Aloituspvm",
	"Päättymispvm", "Suunniteltu EU- ja valtion rahoitus", "Suunniteltu julkinen rahoitus",
	"Suunniteltu rahoitus yhteensä", "Toteutunut EU- ja valtion rahoitus", "Toteutunut julkinen rahoitus",
	"Toteutunut rahoitus yhteensä", "Toteutunut EU-rahoituksen määrä", "Tukitoimen ala", "Sijainti",
	"Toteutuspaikan postinumero", "Toteutuspaikan postitoimipaikka", "Tuensaajan postinumero",
	"Tuensaajan postitoimipaikka", "Tukimuoto", "Alueellinen täytäntöönpanomekanismi ja alueellinen painopiste",
	"Taloudellinen toiminta", "Toissijainen teema, vain ESR+", "Sukupuolten tasa-arvo",
	"Itämeren alueen strategia", "Suunnitelman mukainen tiivistelmä hankkeen toteutuksesta",
	"Hankekuvauksen osoite", "Hankkeen kotisivun osoite",
}

// Eura2021Row is one project of the EURA 2021 export: its cells by header, amounts in cents.
type Eura2021Row struct {
	Code, Group, Fund, Axis, Objective, Name, Implementer, BusinessID, Authority, Status string
	Start, End                                                                           time.Time
	Cents                                                                                [7]int64 // the seven amounts in the header's order
	Location, SitePost, Summary                                                          string
}

var (
	euraFunds     = []string{"EAKR", "ESR+", "JTF"}
	euraLocations = []string{"FI193 Keski-Suomi", "FI1B1 Helsinki-Uusimaa", "FI1D1 Etelä-Savo", "", "", "FI1D7 Lappi"}
	euraPosts     = []string{"JYVÄSKYLÄ", "Helsinki", "MIKKELI", "Rovaniemi", "SAARIJÄRVI", "HELSINGIN YLIOPISTO", ""}
)

// Eura2021Rows returns n random rows (row i from seed and i): names with commas and quotes,
// summaries of several paragraphs, amounts with cents, a location for some.
func Eura2021Rows(n int, seed uint64) []Eura2021Row {
	rows := make([]Eura2021Row, n)
	for i := range rows {
		r := rand.New(rand.NewPCG(seed, uint64(i)))
		start := time.Date(2022+r.IntN(4), time.Month(1+r.IntN(12)), 1, 0, 0, 0, 0, time.UTC)
		row := Eura2021Row{
			Code: fmt.Sprintf("%c%05d", "SAJ"[r.IntN(3)], 30000+i), Fund: euraFunds[r.IntN(3)],
			Axis: fmt.Sprint(1 + r.IntN(6)), Objective: fmt.Sprintf("%d.%d", 1+r.IntN(4), 1+r.IntN(5)),
			Name:        joinPieces(r, namePieces, 1+r.IntN(3)),
			Implementer: joinPieces(r, implementerPieces, 1+r.IntN(2)), BusinessID: fmt.Sprintf("%07d-%d", r.IntN(9999999), r.IntN(10)),
			Authority: []string{"Etelä-Savon ELY-keskus", "Keski-Suomen liitto", "Lapin liitto", "Työ- ja elinkeinoministeriö"}[r.IntN(4)],
			Status:    listStatuses[r.IntN(len(listStatuses))], Start: start, End: start.AddDate(2, 0, -1),
			Location: euraLocations[r.IntN(len(euraLocations))], SitePost: euraPosts[r.IntN(len(euraPosts))],
			Summary: paragraphs(r, 1+r.IntN(3)),
		}
		if r.IntN(5) == 0 {
			row.Group = fmt.Sprintf("R%04d", r.IntN(999))
		}
		for k := range row.Cents {
			row.Cents[k] = int64(r.IntN(200000000))
		}
		rows[i] = row
	}
	return rows
}

// Eura2021Workbook writes rows as the service's export: one sheet, the header on row 1,
// number cells with cents, date cells, then two footer rows (the date of the extract, the
// filters applied).
func Eura2021Workbook(rows []Eura2021Row, extract time.Time) []byte {
	f := excelize.NewFile()
	defer f.Close()
	sheet := f.GetSheetName(0)
	dateStyle, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	header := make([]any, len(Eura2021Headers))
	for i, h := range Eura2021Headers {
		header[i] = h
	}
	_ = f.SetSheetRow(sheet, "A1", &header)
	for i, row := range rows {
		cells := row.cells(func(t time.Time) any { return t }, func(c int64) any { return float64(c) / 100 })
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		_ = f.SetSheetRow(sheet, cell, &cells)
		for _, col := range []int{12, 13} {
			c, _ := excelize.CoordinatesToCellName(col, i+2)
			_ = f.SetCellStyle(sheet, c, c, dateStyle)
		}
	}
	n := len(rows) + 2
	_ = f.SetCellValue(sheet, fmt.Sprintf("A%d", n), "Tiedot päivitetty "+extract.Format("2.1.2006"))
	_ = f.SetCellValue(sheet, fmt.Sprintf("A%d", n+1), "Sovelletut suodattimet: Ohjelma on Uudistuva ja osaava Suomi 2021–2027")
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		panic(err)
	}
	return b.Bytes()
}

// Eura2021CSV writes rows as a Finnish-locale spreadsheet saves the export again: ";", quoted
// where needed, dates as 01.04.08, decimal commas, the footers kept.
func Eura2021CSV(rows []Eura2021Row) []byte {
	out := [][]string{Eura2021Headers}
	for _, row := range rows {
		var cells []string
		for _, c := range row.cells(func(t time.Time) any { return finnishDate(t) },
			func(c int64) any { return finnishAmount(Amount{Cents: c, Given: true}) }) {
			cells = append(cells, fmt.Sprint(c))
		}
		out = append(out, cells)
	}
	out = append(out, []string{"Tiedot päivitetty 25.9.2026"}, []string{"Sovelletut suodattimet: …"})
	return writeCSV(out, ';')
}

// cells are the row's 35 values, dates and amounts as date and amount make them.
func (row Eura2021Row) cells(date func(time.Time) any, amount func(int64) any) []any {
	c := []any{
		row.Code, row.Group, row.Fund, "", row.Axis, row.Objective, row.Name, row.Implementer, row.BusinessID,
		row.Authority, row.Status, date(row.Start), date(row.End),
	}
	for _, m := range row.Cents {
		c = append(c, amount(m))
	}
	c = append(c, "Tukitoimen ala 016", row.Location, "40100", row.SitePost, "00100", "HELSINKI", "Avustus",
		"Ei alueellista painopistettä", "Koulutus", "", "Sukupuolitietoinen", "", row.Summary,
		"https://www.eura2021.fi/hakutulokset/projektikortti?id="+row.Code, "")
	return c
}

// Trimmed is v with the spaces around it dropped, as a reader gives a value.
func Trimmed(v string) string { return strings.TrimSpace(v) }
