// Package synth writes synthetic but realistic EURA 2014 project descriptions, for benchmarks
// and load tests on folders far larger than the real samples. The output follows the layout
// of the real descriptions (the README, "What loading a folder does") with values drawn from the ranges seen in them.
package synth

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"vertailu/data"
	"vertailu/data/locale"
)

var (
	axes = []string{
		"3. Työllisyys ja työvoiman liikkuvuus", "4. Koulutus, ammattitaito ja elinikäinen oppiminen",
		"5. Sosiaalinen osallisuus ja köyhyyden torjunta", "9. REACT-EU:n ESR-toimenpiteet",
	}
	objectives = []string{
		"6.1. Nuorten ja muiden heikossa työmarkkina-asemassa olevien työllistymisen edistäminen",
		"7.1. Palveluiden kehittäminen", "8.1. Koulutukseen pääsyn parantaminen", "9.1. Aktiivisen osallisuuden edistäminen",
		"9.2. Syrjäytymisvaarassa olevien osallisuuden lisääminen", "10.1. Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen",
		"12.3. Digitalisaation edistäminen", "12.4. Työllisyyden edistäminen",
	}
	statuses    = []string{"Toiminta päättynyt", "Toiminta päättynyt", "Toiminta päättynyt", "Toiminnassa", "Keskeytynyt"}
	authorities = []string{
		"Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus", "Hämeen elinkeino-, liikenne- ja ympäristökeskus",
		"Keski-Suomen elinkeino-, liikenne- ja ympäristökeskus", "Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus",
		"Sosiaali- ja terveysministeriö",
	}
	orgTypes = []string{"Kunta", "Kuntayhtymä", "Muu järjestö tai yhdistys", "Säätiö", "Yliopisto", "Ammattikorkeakoulu", "Osakeyhtiö"}
	places   = [][3]string{
		{"Pohjois-Karjala", "Keski-Karjalan", "Kitee"},
		{"Lappi", "Kemi-Tornion", "Tornio"},
		{"Etelä-Pohjanmaa", "Seinäjoen", "Seinäjoki"},
		{"Keski-Pohjanmaa", "Kokkolan", "Kokkola"},
		{"Keski-Suomi", "Jyväskylän", "Jyväskylä"},
		{"Etelä-Savo", "Mikkelin", "Mikkeli"},
		{"Kanta-Häme", "Hämeenlinnan", "Hämeenlinna"},
		{"Pohjois-Pohjanmaa", "Oulun", "Oulu"},
	}
	words = strings.Fields("hanke kehittää maahanmuuttajien työllistymistä ohjausta valmennusta osaamista " +
		"yhteistyötä kuntien yritysten kanssa tavoitteena on vahvistaa työelämävalmiuksia digitaitoja " +
		"suomen kielen koulutusta neuvontapalvelua osallisuutta hyvinvointia alueella toimijoiden välillä " +
		"kohderyhmän tarpeisiin vastaavia palveluja uusia toimintamalleja pysyviä rakenteita")
)

// Description returns the text of the i-th synthetic description; the same i and seed give
// the same text.
func Description(i int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n\n", args...) }
	place := places[r.IntN(len(places))]
	start := 2015 + r.IntN(7)
	w("Euroopan unioni Vipuvoimaa EU:lta")
	w("Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus")
	w("1 Hanke")
	w("Hankekoodi: S%05d", 20000+i%80000)
	w("Hankkeen nimi: %s", title(r))
	w("Toimintalinja: %s", axes[r.IntN(len(axes))])
	w("Erityistavoite: %s", objectives[r.IntN(len(objectives))])
	w("Suunnitelman mukainen toteutusaika: Alkaa 1.%d.%d ja päättyy 31.12.%d", 1+r.IntN(12), start, start+1+r.IntN(3))
	status := statuses[r.IntN(len(statuses))]
	w("Toiminnan tila: %s", status)
	w("Vastuuviranomainen: %s", authorities[r.IntN(len(authorities))])
	w("2 Hakijan perustiedot")
	w("Hakijan virallinen nimi: %s %s", place[2], []string{"ry", "kaupunki", "koulutuskuntayhtymä", "säätiö sr"}[r.IntN(4)])
	w("Organisaatiotyyppi: %s", orgTypes[r.IntN(len(orgTypes))])
	w("Y-tunnus: %07d-%d", r.IntN(9999999), r.IntN(10))
	w("Jakeluosoite: Kauppakatu %d", 1+r.IntN(60))
	w("Puhelinnumero: 040 %03d %04d", r.IntN(1000), r.IntN(10000))
	w("Postinumero: %05d", 10000+r.IntN(89999))
	w("Postitoimipaikka: %s", place[2])
	w("WWW-osoite: http://www.example.fi")
	w("Hankkeen yhteyshenkilön nimi: Matti Meikäläinen")
	w("Yhteyshenkilön asema hakijaorganisaatiossa: projektipäällikkö")
	w("Yhteyshenkilön sähköpostisoite: matti.meikalainen(at)example.fi")
	w("Yhteyshenkilön puhelinnumero: 040 123 4567")
	w("Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija")
	w("3 Suunnitelman mukainen tiivistelmä toteutuksesta")
	w("%s", paragraphs(r, 3+r.IntN(4)))
	w("4 Hankkeen kohderyhmät")
	w("4.1 Varsinaiset kohderyhmät")
	w("%s", paragraphs(r, 1))
	w("4.2 Välilliset kohderyhmät")
	w("%s", paragraphs(r, 1))
	money(w, r, status)
	w("6 Maantieteellinen kohdealue")
	w("Maakunnat: %s", place[0])
	w("Seutukunnat: %s", place[1])
	w("Kunnat: %s", place[2])
	w("Toteutuspaikan osoite, jos hanke toteutetaan yhdessä paikassa")
	w("Jakeluosoite:")
	w("Postinumero:")
	w("Postitoimipaikka:")
	w("7 Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista")
	w("7.1 Osallistuvien yritysten lukumäärä")
	companies := r.IntN(3) * r.IntN(40)
	w("Suunniteltu: %d", companies)
	w("Toteutunut seurantatietojen mukaan: %d", companies*(70+r.IntN(40))/100)
	w("7.2 Osallistuvien henkilöiden lukumäärä")
	w("Suunniteltu: %d", 20+r.IntN(600))
	w("8 Horisontaaliset periaatteet")
	w("8.1 Sukupuolten tasa-arvo")
	for _, q := range data.GenderQuestions {
		fmt.Fprintf(&b, "%s: %s\n%s\n", q, []string{"Kyllä", "Ei"}[r.IntN(2)], sentence(r))
	}
	b.WriteString("\n8.2 Kestävä kehitys\n\nVälitönVälillinen\n")
	for i, c := range data.Criteria {
		if i%5 == 0 {
			b.WriteString(c.Dimension.Finnish() + "\n")
		}
		d := r.IntN(11) * r.IntN(2)
		fmt.Fprintf(&b, "%s %d %d\n%s\n", c.Finnish, d, min(10, d+r.IntN(3)), sentence(r))
	}
	b.WriteString("\n9 Loppuraportin tiivistelmä\n\n")
	if status == "Keskeytynyt" {
		b.WriteString("-\n")
	} else {
		b.WriteString(paragraphs(r, 2+r.IntN(3)) + "\n")
	}
	return []byte(b.String())
}

func money(w func(string, ...any), r *rand.Rand, status string) {
	planned := 80000 + r.IntN(900000)
	granted := planned * (75 + r.IntN(20)) / 100
	realised := granted * (85 + r.IntN(16)) / 100
	realisedPublic := planned * (85 + r.IntN(16)) / 100
	if status == "Keskeytynyt" {
		granted, realised, realisedPublic = 0, 0, 0
	}
	if status == "Toiminnassa" {
		realised, realisedPublic = realised/2, realisedPublic/2
	}
	w("5 Projektin julkinen rahoitus, euroa")
	w("Myönnetty EU- ja valtion rahoitus: %s", locale.Finnish.Int(int64(granted)))
	w("Toteutunut EU- ja valtion rahoitus: %s", locale.Finnish.Int(int64(realised)))
	w("Suunniteltu julkinen rahoitus yhteensä: %s", locale.Finnish.Int(int64(planned)))
	w("Toteutunut julkinen rahoitus yhteensä: %s", locale.Finnish.Int(int64(realisedPublic)))
}

func title(r *rand.Rand) string {
	n := 2 + r.IntN(5)
	parts := make([]string, n)
	for i := range parts {
		parts[i] = words[r.IntN(len(words))]
	}
	t := strings.Join(parts, " ")
	return strings.ToUpper(t[:1]) + t[1:]
}

func sentence(r *rand.Rand) string {
	n := 8 + r.IntN(20)
	parts := make([]string, n)
	for i := range parts {
		parts[i] = words[r.IntN(len(words))]
	}
	s := strings.Join(parts, " ")
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

// paragraphs returns n paragraphs of 3–8 sentences, one line each, blank lines between.
func paragraphs(r *rand.Rand, n int) string {
	ps := make([]string, n)
	for i := range ps {
		ss := make([]string, 3+r.IntN(6))
		for j := range ss {
			ss[j] = sentence(r)
		}
		ps[i] = strings.Join(ss, " ")
	}
	return strings.Join(ps, "\n\n")
}

// WriteFolder writes n synthetic descriptions into dir (created if needed), spread over
// subfolders of 1,000 files like a real archive.
func WriteFolder(dir string, n int, seed uint64) error {
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("erä-%02d", i/1000))
		if i%1000 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return err
			}
		}
		name := filepath.Join(sub, fmt.Sprintf("kuvaus-%05d.txt", i))
		if err := os.WriteFile(name, Description(i, seed), 0o644); err != nil {
			return err
		}
	}
	return nil
}
