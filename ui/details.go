package ui

import (
	"net/url"
	"strings"

	"vertailu/assets/words"
	"vertailu/charts"
	"vertailu/data"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// detailsView shows the selected project in five tabs: overview, funding chart,
// sustainability radar and criteria, texts, and source with its warnings.
type detailsView struct {
	// OnCorrectDate asks the officer for the date of the list export file (relative to the
	// open folder), was its date so far: the Source tab's "Correct…".
	OnCorrectDate func(file string, was data.Date)

	lang           string
	result         *data.LoadResult // the load the project came from: the Source tab's folder
	project        *data.Project
	overview       *fyne.Container
	funding        *fyne.Container
	sustainability *fyne.Container
	texts          *fyne.Container
	source         *fyne.Container
	fundingChart   *ChartView
	radarChart     *ChartView
	// visible is the tab content on screen (nil: another tab), and built the contents that
	// show the project already: only the visible tab is built when the project changes, the
	// others when they are chosen (the texts of a long description take tens of milliseconds).
	visible *fyne.Container
	built   map[*fyne.Container]bool
}

// newDetailsView shows projects in lang; its charts are drawn as tasks.
func newDetailsView(lang string, tasks *Tasks) *detailsView {
	d := &detailsView{lang: lang}
	d.overview = container.NewStack()
	d.funding = container.NewStack()
	d.sustainability = container.NewStack()
	d.texts = container.NewStack()
	d.source = container.NewStack()
	d.fundingChart = NewChartView(nil, tasks, fyne.NewSize(300, 200))
	d.radarChart = NewChartView(nil, tasks, fyne.NewSize(300, 220))
	d.visible = d.overview // the first tab
	return d
}

// show tells which tab content is on screen (any object: another tab's), and builds it for
// the project when it shows another.
func (d *detailsView) show(o fyne.CanvasObject) {
	d.visible = nil
	for _, c := range []*fyne.Container{d.overview, d.funding, d.sustainability, d.texts, d.source} {
		if o == c {
			d.visible = c
		}
	}
	d.build(d.visible)
}

// set shows p (nil shows a hint), read by the load r.
func (d *detailsView) set(p *data.Project, r *data.LoadResult) {
	d.project, d.result = p, r
	if p == nil {
		hint := widget.NewLabel(T("Select a project in the table to see its details."))
		for _, c := range []*fyne.Container{d.overview, d.funding, d.sustainability, d.texts, d.source} {
			c.Objects = []fyne.CanvasObject{hint}
			c.Refresh()
		}
		d.fundingChart.SetChart(nil)
		d.radarChart.SetChart(nil)
		return
	}
	d.built = map[*fyne.Container]bool{}
	d.build(d.visible)
}

// build fills the tab content c (nil: none) for the project, unless it shows it already.
func (d *detailsView) build(c *fyne.Container) {
	p := d.project
	if c == nil || p == nil || d.built[c] {
		return
	}
	d.built[c] = true
	lang := d.lang
	switch c {
	case d.overview:
		setContent(d.overview, container.NewVScroll(overviewOf(p)))
	case d.funding:
		d.fundingChart.SetChart(charts.Funding(p, lang))
		setContent(d.funding, d.fundingChart) // the chart's title names the project
	case d.sustainability:
		d.radarChart.SetChart(charts.Radar(p, lang))
		split := container.NewHSplit(d.radarChart, container.NewVScroll(criteriaOf(p, lang)))
		split.Offset = 0.5
		setContent(d.sustainability, split)
	case d.texts:
		setContent(d.texts, container.NewVScroll(textsOf(p)))
	case d.source:
		setContent(d.source, container.NewVScroll(sourceOf(p, d.result, d.OnCorrectDate)))
	}
}

func setContent(c *fyne.Container, o fyne.CanvasObject) {
	c.Objects = []fyne.CanvasObject{o}
	c.Refresh()
}

// form lays out label/value pairs; long values wrap.
type form struct{ c *fyne.Container }

func newForm() *form { return &form{c: container.New(layout.NewFormLayout())} }

func (f *form) add(label, value string) {
	if strings.TrimSpace(value) == "" {
		value = "–"
	}
	k := widget.NewLabelWithStyle(label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v := widget.NewLabel(value)
	v.Wrapping = fyne.TextWrapWord
	f.c.Add(k)
	f.c.Add(v)
}

// addObject adds a label and a widget of its own (a value with a button).
func (f *form) addObject(label string, o fyne.CanvasObject) {
	f.c.Add(widget.NewLabelWithStyle(label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	f.c.Add(o)
}

func heading(s string) fyne.CanvasObject {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// overviewOf is the key facts, the derived figures and the gender-equality answers.
func overviewOf(p *data.Project) fyne.CanvasObject {
	facts := newForm()
	facts.add(T("column.code"), p.Code)
	facts.add(T("column.name"), p.Name)
	facts.add(T("column.applicant"), joinNonEmpty(" · ", p.Applicant.Name, p.Applicant.OrgType, p.Applicant.BusinessID))
	facts.add(T("column.status"), words.Of(string(uiLang())).Status(p.Status))
	facts.add(T("column.fund"), p.Fund)
	facts.add(T("column.period"), data.PeriodText(p.Period))
	if p.GroupCode != nil {
		facts.add(T("Group project"), *p.GroupCode)
	}
	facts.add(T("column.priority_axis"), p.PriorityAxis)
	facts.add(T("column.specific_objective"), p.SpecificObjective)
	facts.add(T("column.authority"), p.Authority)
	facts.add(T("Period"), period(p))
	facts.add(T("column.regions"), strings.Join(p.Regions, ", "))
	facts.add(T("Subregions"), strings.Join(p.Subregions, ", "))
	facts.add(T("Municipalities"), strings.Join(p.Municipalities, ", "))
	facts.add(T("Contact"), joinNonEmpty(" · ", p.Applicant.ContactName, p.Applicant.ContactRole, p.Applicant.ContactEmail, p.Applicant.ContactPhone))
	facts.add(T("Co-implementers"), coImplementers(p))

	figs := newForm()
	f, d := p.Funding, p.Derived
	figs.add(T("Granted EU+state"), data.FormatEuro(f.GrantedEUState, langCode()))
	figs.add(T("Realised EU+state"), data.FormatEuro(f.RealisedEUState, langCode()))
	figs.add(T("Utilisation EU+state"), flagged(d.UtilisationEUState))
	figs.add(T("Planned public total"), data.FormatEuro(f.PlannedPublicTotal, langCode()))
	figs.add(T("Realised public total"), data.FormatEuro(f.RealisedPublicTotal, langCode()))
	figs.add(T("Utilisation public total"), flagged(d.UtilisationPublic))
	if p.Period == data.Period2021 { // figures only the EURA 2021 export gives
		figs.add(T("Planned total"), data.FormatEuro(f.PlannedTotal, langCode()))
		figs.add(T("Realised total"), data.FormatEuro(f.RealisedTotal, langCode()))
		figs.add(T("Realised EU"), data.FormatEuro(f.RealisedEU, langCode()))
	}
	figs.add(T("EU+state share"), data.FormatPercent(d.EUStateShare, langCode()))
	figs.add(T("Persons planned"), data.FormatInt(p.Indicators.PersonsPlanned, langCode()))
	figs.add(T("Cost per planned participant"), costPerParticipant(d.CostPerPlannedParticipant))
	figs.add(T("Companies planned / realised"), data.FormatInt(p.Indicators.CompaniesPlanned, langCode())+" / "+data.FormatInt(p.Indicators.CompaniesRealised, langCode()))
	figs.add(T("Company target reached"), data.FormatPercent(d.CompanyTargetReached, langCode()))
	figs.add(T("Duration (months)"), data.FormatFloat(d.DurationMonths, 1, langCode()))
	figs.add(T("Sustainability mean, direct"), data.FormatFloat(d.Direct.Overall, 1, langCode()))
	figs.add(T("Sustainability mean, indirect"), data.FormatFloat(d.Indirect.Overall, 1, langCode()))

	gender := newForm()
	for i, g := range p.GenderEquality {
		gender.add(genderQuestion(i), joinNonEmpty(" – ", yesNo(g.Answer), g.Text))
	}
	cols := container.NewGridWithColumns(2, facts.c, figs.c)
	box := container.NewVBox(cols)
	if links := linksOf(p); links != nil {
		box.Add(links)
	}
	if p.Classification != nil {
		box.Add(heading(T("Classification (2021–2027)")))
		box.Add(classificationOf(p.Classification))
	} else {
		box.Add(heading(T("Gender equality")))
		box.Add(gender.c)
	}
	if note := sourcesNote(p); note != nil {
		box.Objects = append([]fyne.CanvasObject{note}, box.Objects...)
	}
	return box
}

// linksOf is a project's links (its card on the information service, its home page) as
// hyperlinks that open in the browser; nil when it has none.
func linksOf(p *data.Project) fyne.CanvasObject {
	if p.Links == nil {
		return nil
	}
	row := container.NewHBox()
	for _, l := range []struct{ label, url string }{
		{T("Project card on the information service"), p.Links.Card}, {T("Project home page"), p.Links.Home},
	} {
		if u, err := url.Parse(l.url); err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" {
			row.Add(widget.NewHyperlink(l.label, u))
		}
	}
	if len(row.Objects) == 0 {
		return nil
	}
	return row
}

// classificationOf is what the EURA 2021 export says of a 2021–2027 project beyond the
// other periods' fields.
func classificationOf(c *data.Classification) fyne.CanvasObject {
	f := newForm()
	f.add(T("eura2021.subtype"), c.Subtype)
	f.add(T("eura2021.intervention_field"), c.InterventionField)
	f.add(T("eura2021.location"), c.Location)
	f.add(T("eura2021.form"), c.Form)
	f.add(T("eura2021.mechanism"), c.Mechanism)
	f.add(T("eura2021.economic_activity"), c.EconomicActivity)
	f.add(T("eura2021.secondary_theme"), c.SecondaryTheme)
	f.add(T("eura2021.gender_equality"), c.GenderEquality)
	f.add(T("eura2021.baltic_sea_strategy"), c.BalticSeaStrategy)
	return f.c
}

// sourcesNote is the line above a project's overview that says its sources disagree on the
// funding, or that it has no description; nil when there is nothing to say.
func sourcesNote(p *data.Project) fyne.CanvasObject {
	var text string
	switch {
	case p.SourcesDisagree():
		text = T("⚠ The sources give different funding figures: the Source tab shows each.")
	case !p.Described():
		text = T("No description: known only from a project list")
	default:
		return nil
	}
	l := widget.NewLabel(text)
	l.Importance = widget.WarningImportance
	l.Wrapping = fyne.TextWrapWord
	return l
}

// genderQuestion is the i-th gender-equality question in the current language.
func genderQuestion(i int) string {
	switch i {
	case 0:
		return T("gender.analysis")
	case 1:
		return T("gender.mainstreamed")
	}
	return T("gender.main_goal")
}

func yesNo(b data.Bool) string {
	switch {
	case !b.Known:
		return data.Unknown(langCode())
	case b.V:
		return T("Yes")
	}
	return T("No")
}

// flagged writes a utilisation, marking one above 100 % as worth a look.
func flagged(u data.Float) string {
	s := data.FormatPercent(u, langCode())
	if data.UtilisationFlagged(u) {
		s += " ⚠ " + T("over 100 %")
	}
	return s
}

func costPerParticipant(f data.Float) string {
	if !f.Known {
		return data.Unknown(langCode())
	}
	return data.FormatDecimal(f.V, 0, langCode()) + "\u00a0€"
}

func period(p *data.Project) string {
	if !p.Start.Known() && !p.End.Known() {
		return data.Unknown(langCode())
	}
	return data.FormatDate(p.Start, langCode()) + " – " + data.FormatDate(p.End, langCode())
}

func orNA(s string) string {
	if s == "" {
		return data.Unknown(langCode())
	}
	return s
}

func coImplementers(p *data.Project) string {
	parts := make([]string, len(p.CoImplementers))
	for i, c := range p.CoImplementers {
		parts[i] = joinNonEmpty(", ", c.Name, c.BusinessID)
	}
	return strings.Join(parts, "\n")
}

func joinNonEmpty(sep string, parts ...string) string {
	out := parts[:0:0]
	for _, s := range parts {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, sep)
}

// criteriaOf lists the 15 criteria with scores and justifications, grouped by dimension.
func criteriaOf(p *data.Project, lang string) fyne.CanvasObject {
	box := container.NewVBox()
	d := p.Derived
	for _, dim := range data.Dimensions {
		name := words.Of(lang).Dimension(dim)
		box.Add(heading(name + "  (" + T("mean direct {{.D}}, indirect {{.I}}", "D", data.FormatFloat(d.Direct.Dimension(dim), 1, langCode()), "I", data.FormatFloat(d.Indirect.Dimension(dim), 1, langCode())) + ")"))
		for i, c := range p.Sustainability {
			if data.Criteria[i].Dimension != dim {
				continue
			}
			box.Add(criterionRow(i, c, lang))
		}
	}
	return box
}

func criterionRow(i int, c data.Criterion, lang string) fyne.CanvasObject {
	name := words.Of(lang).Criterion(data.Criteria[i])
	scores := T("direct {{.D}} · indirect {{.I}}", "D", data.FormatInt(c.Direct, langCode()), "I", data.FormatInt(c.Indirect, langCode()))
	l := widget.NewLabel(name + " — " + scores)
	l.Wrapping = fyne.TextWrapWord
	j := widget.NewLabel(orNA(strings.TrimSpace(c.Justification)))
	j.Wrapping = fyne.TextWrapWord
	j.TextStyle.Italic = true // the applicant's own words
	return container.NewVBox(l, container.NewPadded(j))
}

// textsOf is the summary, the target groups and the final report.
func textsOf(p *data.Project) fyne.CanvasObject {
	box := container.NewVBox()
	add := func(h, body string) {
		box.Add(heading(h))
		l := widget.NewLabel(orNA(strings.TrimSpace(body)))
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
	}
	add(T("Summary"), p.Summary)
	add(T("Primary target groups"), p.TargetGroups.Primary)
	add(T("Indirect target groups"), p.TargetGroups.Indirect)
	add(T("Final report"), p.FinalReport)
	return box
}

// problemText is "line N: message", or the message alone for the whole file.
func problemText(w data.Problem) string {
	if w.Line == 0 {
		return words.Of(string(uiLang())).Problem(w)
	}
	return T("line {{.Line}}", "Line", itoa(w.Line)) + ": " + words.Of(string(uiLang())).Problem(w)
}
