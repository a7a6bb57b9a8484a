package export

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"vertailu/data"
)

var (
	synthWords = strings.Fields("hanke kehittää maahanmuuttajien työllistymistä ohjausta valmennusta osaamista " +
		"yhteistyötä kuntien yritysten kanssa tavoitteena on vahvistaa työelämävalmiuksia digitaitoja " +
		"suomen kielen koulutusta neuvontapalvelua osallisuutta hyvinvointia alueella toimijoiden " +
		"välillä kohderyhmän tarpeisiin vastaavia palveluja uusia toimintamalleja pysyviä rakenteita " +
		"Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus ääkkösiä åland €-määräiset")
	synthOdd = []string{
		"Привет", "мир", "😀", "🇫🇮", "\x00", "\x1b[31m", "\t", "\u200b", "\ufeff", "—", "–", "€",
		"\u2028", "𝕏", "\xff\xfe", "Ω", "ﬁ", "\u0301", "日本語", "עברית", "\ue000",
	}
	synthStatuses = []string{"Toiminta päättynyt", "Toiminnassa", "Keskeytynyt"}
	synthPlaces   = []string{
		"Kitee", "Tohmajärvi", "Rääkkylä", "Joensuu", "Oulu", "Kemi", "Tornio", "Seinäjoki",
		"Kokkola", "Jyväskylä", "Mikkeli", "Hämeenlinna", "Pyhäjärvi", "Ii", "Utsjoki", "Närpiö",
	}
)

// synthProject returns the i-th synthetic project. Every tenth one is extreme (the longest
// texts, names and lists, emoji and control characters), every tenth from the fifth on has
// nothing known, and the rest look like real projects.
func synthProject(i int) *data.Project {
	r := rand.New(rand.NewPCG(7, uint64(i)))
	p := &data.Project{
		File:     fmt.Sprintf("synth/%04d_%x.txt", i, r.Uint32()),
		Code:     fmt.Sprintf("S%05d", 20000+i),
		Fund:     "ESR",
		Complete: true,
		Status:   synthStatuses[r.IntN(3)],
	}
	switch i % 10 {
	case 0:
		synthExtreme(r, p, i)
	case 5:
		p.Complete = false
		p.Name = synthText(r, 3, false)
	default:
		synthRealistic(r, p)
	}
	p.Derived = data.Derive(p)
	return p
}

func synthText(r *rand.Rand, n int, odd bool) string {
	var b strings.Builder
	for j := range n {
		if j > 0 {
			b.WriteByte(' ')
			if r.IntN(12) == 0 {
				b.WriteString(".\n")
			} else if r.IntN(15) == 0 {
				b.WriteString(". ")
			}
		}
		if odd && r.IntN(6) == 0 {
			b.WriteString(synthOdd[r.IntN(len(synthOdd))])
			continue
		}
		b.WriteString(synthWords[r.IntN(len(synthWords))])
	}
	return b.String()
}

func synthRealistic(r *rand.Rand, p *data.Project) {
	p.Name = synthText(r, 3+r.IntN(12), false)
	p.PriorityAxis = "5. Sosiaalinen osallisuus ja köyhyyden torjunta"
	p.SpecificObjective = "10.1. Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen"
	y := 2015 + r.IntN(7)
	p.Start = data.NewDate(y, time.Month(1+r.IntN(12)), 1)
	p.End = data.NewDate(y+1+r.IntN(3), 12, 31)
	p.Authority = "Keski-Suomen elinkeino-, liikenne- ja ympäristökeskus"
	p.Applicant = data.Applicant{Name: synthText(r, 2+r.IntN(4), false) + " ry", OrgType: "Muu järjestö tai yhdistys"}
	for range r.IntN(4) {
		p.CoImplementers = append(p.CoImplementers, data.CoImplementer{Name: synthText(r, 3, false) + " Oy", BusinessID: "1234567-8"})
	}
	p.Summary = synthText(r, 40+r.IntN(300), false)
	if r.IntN(3) > 0 {
		p.FinalReport = synthText(r, 20+r.IntN(250), false)
	}
	granted := int64(20000 + r.IntN(2000000))
	p.Funding = data.Funding{
		GrantedEUState:      data.KnownInt(granted),
		RealisedEUState:     data.KnownInt(granted * int64(70+r.IntN(35)) / 100),
		PlannedPublicTotal:  data.KnownInt(granted * 5 / 4),
		RealisedPublicTotal: data.KnownInt(granted * int64(70+r.IntN(35)) / 80),
	}
	p.Regions = []string{"Pohjois-Karjala"}
	p.Subregions = []string{"Keski-Karjalan"}
	for range 1 + r.IntN(6) {
		p.Municipalities = append(p.Municipalities, synthPlaces[r.IntN(len(synthPlaces))])
	}
	p.Indicators = data.Indicators{
		CompaniesPlanned:  data.KnownInt(int64(r.IntN(40))),
		CompaniesRealised: data.KnownInt(int64(r.IntN(40))), PersonsPlanned: data.KnownInt(int64(r.IntN(500))),
	}
	synthScores(r, p)
}

func synthScores(r *rand.Rand, p *data.Project) {
	for j := range p.Sustainability {
		p.Sustainability[j] = data.Criterion{
			Dimension: data.Criteria[j].Dimension, Criterion: data.Criteria[j].Finnish,
			Direct: data.KnownInt(int64(r.IntN(11))), Indirect: data.KnownInt(int64(r.IntN(11))),
		}
	}
	for j := range p.GenderEquality {
		p.GenderEquality[j] = data.GenderAnswer{
			Question: data.GenderQuestions[j],
			Answer:   data.Bool{V: r.IntN(2) == 0, Known: true}, Text: synthText(r, 12, false),
		}
	}
}

// synthExtreme fills p with the longest content: a 600-character name, 20 000-character texts
// with emoji and control characters, 400 municipalities, 60 co-implementers, huge sums.
func synthExtreme(r *rand.Rand, p *data.Project, i int) {
	p.Name = strings.Repeat("Pitkäaikaistyöttömien ", 28)[:600] + " 😀 " + synthText(r, 3, true)
	if i%20 == 0 {
		p.Name = strings.Repeat("Työllisyydenhoitokokeilunkehittämisohjelmaprojekti", 12) // one long word
	}
	p.PriorityAxis = strings.Repeat("9. REACT-EU:n ESR-toimenpiteet ", 10)
	p.SpecificObjective = synthText(r, 60, true)
	p.Start = data.NewDate(2014, 1, 1)
	p.End = data.NewDate(2029, 12, 31)
	p.Authority = synthText(r, 50, true)
	p.Applicant = data.Applicant{Name: synthText(r, 80, true), OrgType: synthText(r, 30, true)}
	for range 60 {
		p.CoImplementers = append(p.CoImplementers, data.CoImplementer{Name: synthText(r, 8, true), BusinessID: "1234567-8"})
	}
	p.Summary = synthText(r, 2500, true)
	p.FinalReport = synthText(r, 2500, true)
	p.Funding = data.Funding{
		GrantedEUState:      data.KnownInt(987654321098),
		RealisedEUState:     data.KnownInt(1987654321098),
		PlannedPublicTotal:  data.KnownInt(999999999999),
		RealisedPublicTotal: data.KnownInt(0),
	}
	for j := range 400 {
		p.Regions = append(p.Regions, synthPlaces[j%len(synthPlaces)]+"n maakunta")
		p.Subregions = append(p.Subregions, synthPlaces[j%len(synthPlaces)]+"n seutukunta")
		p.Municipalities = append(p.Municipalities, synthPlaces[j%len(synthPlaces)]+fmt.Sprint(j))
	}
	p.Indicators = data.Indicators{
		CompaniesPlanned: data.KnownInt(1e9), CompaniesRealised: data.KnownInt(3e9),
		PersonsPlanned: data.KnownInt(1),
	}
	synthScores(r, p)
	p.GenderEquality[1].Text = synthText(r, 500, true)
}
