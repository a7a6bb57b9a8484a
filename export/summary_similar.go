package export

import (
	"vertailu/data"
)

// similarShown is how many similar earlier projects a summary lists at most.
const similarShown = 3

// similarLines words the similar earlier projects, a heading line then one line each with its
// outcome: "S21029 Oma polku maahanmuuttajalle – Ended, utilisation EU+state 94.3 %, granted
// 426,537 €". It sets the font the lines are drawn in; none when there are none.
func (pg *page) similarLines(ps []*data.Project) []string {
	if len(ps) == 0 {
		return nil
	}
	pg.font("", 7, colMuted)
	lines := []string{pg.l.lang.T("Similar earlier projects")}
	for _, p := range ps[:min(len(ps), similarShown)] {
		outcome := pg.l.lang.T("{{.Status}}, utilisation EU+state {{.Utilisation}}, granted {{.Granted}}",
			"Status", pg.l.orNA(statusText(p.Status, pg.lang)), "Utilisation", data.FormatPercent(p.Derived.UtilisationEUState, pg.lang),
			"Granted", data.FormatEuro(p.Funding.GrantedEUState, pg.lang))
		outcome = " – " + clean(outcome)
		name := fitLine(pg.pdf, clean(p.Code+" "+p.Name), contentW-pg.pdf.GetStringWidth(outcome))
		lines = append(lines, name+outcome)
	}
	return lines
}

// drawSimilar draws the lines of similarLines from top: the heading bold.
func (pg *page) drawSimilar(lines []string, top float64) {
	for i, s := range lines {
		style := ""
		if i == 0 {
			style = "B"
		}
		pg.font(style, 7, colMuted)
		pg.text(margin, top, s)
		top += lineH(7)
	}
}
