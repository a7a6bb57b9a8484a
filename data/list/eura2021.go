package list

import (
	"strings"

	"vertailu/data"
)

// The EURA 2021 export (2021–2027, XLSX as the service's Power BI report gives it, or CSV
// saved again): read by the list reader, header by header, one project per row. What only it
// gives is set here: group code, objective, business id, summary, links, classification, and
// the places.

// eura2021 sets what a row v of the EURA 2021 export gives beyond the other lists' columns.
func eura2021(w *warner, p *data.Project, v *rowValues) {
	if g := oneLineValue(v[colGroupCode]); g != "" {
		p.GroupCode = &g
	}
	p.SpecificObjective = oneLineValue(v[colObjective])
	p.Applicant.BusinessID = oneLineValue(v[colBusinessID])
	p.Summary = strings.TrimSpace(v[colSummary])
	card, home := oneLineValue(v[colCardURL]), oneLineValue(v[colHomeURL])
	if card != "" || home != "" {
		p.Links = &data.Links{Card: card, Home: home}
	}
	p.Classification = &data.Classification{
		Subtype: oneLineValue(v[colSubtype]), InterventionField: oneLineValue(v[colField]),
		Location: oneLineValue(v[colLocation]), Form: oneLineValue(v[colForm]),
		Mechanism: oneLineValue(v[colMechanism]), EconomicActivity: oneLineValue(v[colEconomic]),
		SecondaryTheme: oneLineValue(v[colSecondary]), GenderEquality: oneLineValue(v[colGender]),
		BalticSeaStrategy: oneLineValue(v[colBaltic]),
		RecipientPostcode: oneLineValue(v[colRecipientPostcode]), RecipientPost: oneLineValue(v[colRecipientPost]),
	}
	p.Site = data.Address{PostalCode: oneLineValue(v[colSitePostcode]), City: oneLineValue(v[colSitePost])}
	if loc := p.Classification.Location; loc != "" {
		if r, ok := regionOfLocation(loc); ok {
			p.Regions = []string{r}
		} else {
			w.warnRow("location_unknown", "Value", loc)
		}
	}
	if post := p.Site.City; post != "" {
		if m, ok := municipalityOf(post); ok {
			p.Municipalities = []string{m}
		} else {
			w.warnRow("post_office_no_municipality", "Value", post)
		}
	}
}
