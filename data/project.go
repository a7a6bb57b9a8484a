// Package data is Vertailu's domain: the EURA 2014 project description, its parser, loading a
// folder of descriptions, the figures officers derive from them and the shared model (Store)
// that the table, the charts, the exports and the app read. It knows nothing of screens.
package data

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"
)

// Int is a whole number that may be unknown. The zero value is unknown: an empty value, "-" or
// a missing label in a description is never read as 0.
type Int struct {
	V     int64
	Known bool
}

// KnownInt returns a known Int.
func KnownInt(v int64) Int { return Int{V: v, Known: true} }

// MarshalJSON writes the number, or null when unknown.
func (i Int) MarshalJSON() ([]byte, error) {
	if !i.Known {
		return []byte("null"), nil
	}
	return strconv.AppendInt(nil, i.V, 10), nil
}

// UnmarshalJSON reads a number or null.
func (i *Int) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*i = Int{}
		return nil
	}
	var v int64
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*i = KnownInt(v)
	return nil
}

// Float is a real number that may be unknown. The zero value is unknown.
type Float struct {
	V     float64
	Known bool
}

// KnownFloat returns a known Float.
func KnownFloat(v float64) Float { return Float{V: v, Known: true} }

// MarshalJSON writes the number, or null when unknown.
func (f Float) MarshalJSON() ([]byte, error) {
	if !f.Known {
		return []byte("null"), nil
	}
	return strconv.AppendFloat(nil, f.V, 'g', -1, 64), nil
}

// UnmarshalJSON reads a number or null.
func (f *Float) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*f = Float{}
		return nil
	}
	var v float64
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*f = KnownFloat(v)
	return nil
}

// Bool is a yes/no answer (Kyllä/Ei) that may be unknown.
type Bool struct {
	V     bool
	Known bool
}

// MarshalJSON writes true, false or null.
func (b Bool) MarshalJSON() ([]byte, error) {
	if !b.Known {
		return []byte("null"), nil
	}
	return []byte(strconv.FormatBool(b.V)), nil
}

// Date is a calendar day that may be unknown (the zero value).
type Date struct {
	time.Time
}

// NewDate returns the known date y-m-d.
func NewDate(y int, m time.Month, d int) Date {
	return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// Known reports whether the date is known.
func (d Date) Known() bool { return !d.IsZero() }

// ISO returns the date as YYYY-MM-DD, or "" when unknown.
func (d Date) ISO() string {
	if !d.Known() {
		return ""
	}
	return d.Format("2006-01-02")
}

// Finnish returns the date as D.M.YYYY, or "" when unknown.
func (d Date) Finnish() string {
	if !d.Known() {
		return ""
	}
	return fmt.Sprintf("%d.%d.%d", d.Day(), int(d.Month()), d.Year())
}

// MarshalJSON writes "YYYY-MM-DD" or null.
func (d Date) MarshalJSON() ([]byte, error) {
	if !d.Known() {
		return []byte("null"), nil
	}
	return []byte(`"` + d.ISO() + `"`), nil
}

// Project is one project description: every field of the document, where it came from and
// what was wrong with it.
type Project struct {
	// File is the source path relative to the opened folder, with forward slashes.
	File string `json:"file"`

	// Section 1.
	Code              string `json:"code"`
	Name              string `json:"name"`
	Fund              string `json:"fund"` // "ESR" or "EAKR", from the document type line or the code
	PriorityAxis      string `json:"priority_axis"`
	SpecificObjective string `json:"specific_objective"`
	Start             Date   `json:"start"`
	End               Date   `json:"end"`
	Status            string `json:"status"`
	Authority         string `json:"authority"`
	// ProgrammePart is a 2007–2013 list row's programme part ("Ohjelma / osio"); "" elsewhere.
	ProgrammePart string `json:"programme_part,omitempty"`
	// Period is the programme period the project belongs to (Period2007, Period2014,
	// Period2021), from its source; "" when no source says.
	Period string `json:"period"`
	// GroupCode is a 2021–2027 project's group project code (Ryhmähanketunnus), nil when none.
	GroupCode *string `json:"group_code"`
	// Links are the project's card on the information service and its home page, nil when
	// its source gives neither.
	Links *Links `json:"links"`
	// Classification is what the EURA 2021 export says of a 2021–2027 project beyond the
	// other periods' fields; nil for the others.
	Classification *Classification `json:"classification,omitempty"`

	// Section 2.
	Applicant      Applicant       `json:"applicant"`
	Applicants     string          `json:"applicants"` // "Hakijoiden lukumäärä tai tuen siirto -menettely"
	CoImplementers []CoImplementer `json:"co_implementers"`

	// Free texts: sections 3, 4.1/4.2 and 9. FinalReport is "" when the document says "-".
	Summary      string       `json:"summary"`
	TargetGroups TargetGroups `json:"target_groups"`
	FinalReport  string       `json:"final_report"`

	// Section 5.
	Funding Funding `json:"funding"`

	// Section 6.
	Regions        []string `json:"regions"`
	Subregions     []string `json:"subregions"`
	Municipalities []string `json:"municipalities"`
	Site           Address  `json:"site"`

	// Section 7.
	Indicators Indicators `json:"indicators"`

	// Section 8.
	GenderEquality [3]GenderAnswer `json:"gender_equality"`
	Sustainability [15]Criterion   `json:"sustainability"`

	// Derived holds the figures computed from the values above (see Derive).
	Derived Derived `json:"derived"`

	// Complete is false when sections are missing (a truncated copy); Missing names them.
	Complete bool     `json:"complete"`
	Missing  []string `json:"missing_sections"`
	// Warnings are the problems found while reading the file, each with its line.
	Warnings []Problem `json:"warnings"`
	// Sources are the files the project was read from, the description first: several when
	// project lists give its code too (see Source).
	Sources []Source `json:"sources"`

	CodeLine int `json:"-"` // where the code was read, for warnings about it
}

// Applicant is section 2's organisation and contact person.
type Applicant struct {
	Name         string `json:"name"`
	OrgType      string `json:"org_type"`
	BusinessID   string `json:"business_id"`
	Street       string `json:"street"`
	Phone        string `json:"phone"`
	PostalCode   string `json:"postal_code"`
	City         string `json:"city"`
	Website      string `json:"website"`
	ContactName  string `json:"contact_name"`
	ContactRole  string `json:"contact_role"`
	ContactEmail string `json:"contact_email"` // "(at)" already turned into "@"
	ContactPhone string `json:"contact_phone"`
}

// CoImplementer is one "Osatoteuttajat" line: a name and its business ID (Y-tunnus).
type CoImplementer struct {
	Name       string `json:"name"`
	BusinessID string `json:"business_id"`
}

// TargetGroups holds sections 4.1 and 4.2.
type TargetGroups struct {
	Primary  string `json:"primary"`
	Indirect string `json:"indirect"`
}

// Funding is section 5, in whole euros.
type Funding struct {
	GrantedEUState      Int `json:"granted_eu_state"`
	RealisedEUState     Int `json:"realised_eu_state"`
	PlannedPublicTotal  Int `json:"planned_public_total"`
	RealisedPublicTotal Int `json:"realised_public_total"`
	// What only the EURA 2021 export (2021–2027) gives: funding in total, planned and
	// realised, and the realised EU funding alone; unknown elsewhere.
	PlannedTotal  Int `json:"planned_total"`
	RealisedTotal Int `json:"realised_total"`
	RealisedEU    Int `json:"realised_eu"`
}

// The programme periods, as Project.Period names them.
const (
	Period2007 = "2007-2013"
	Period2014 = "2014-2020"
	Period2021 = "2021-2027"
)

// Links are where a project is on the web.
type Links struct {
	Card string `json:"card"` // the project's card on the information service
	Home string `json:"home"` // the project's own home page
}

// Classification is how the EURA 2021 export classifies a 2021–2027 project.
type Classification struct {
	Subtype           string `json:"subtype"`             // EAKR-/JTF-alatyyppi
	InterventionField string `json:"intervention_field"`  // Tukitoimen ala
	Location          string `json:"location"`            // Sijainti: a NUTS 3 code and name
	Form              string `json:"form"`                // Tukimuoto
	Mechanism         string `json:"mechanism"`           // Alueellinen täytäntöönpanomekanismi …
	EconomicActivity  string `json:"economic_activity"`   // Taloudellinen toiminta
	SecondaryTheme    string `json:"secondary_theme"`     // Toissijainen teema, vain ESR+
	GenderEquality    string `json:"gender_equality"`     // Sukupuolten tasa-arvo
	BalticSeaStrategy string `json:"baltic_sea_strategy"` // Itämeren alueen strategia
	RecipientPostcode string `json:"recipient_postcode"`  // Tuensaajan postinumero
	RecipientPost     string `json:"recipient_post"`      // Tuensaajan postitoimipaikka
}

// Address is the single-site address of section 6 (usually empty).
type Address struct {
	Street     string `json:"street"`
	PostalCode string `json:"postal_code"`
	City       string `json:"city"`
}

// Indicators is section 7.
type Indicators struct {
	CompaniesPlanned  Int `json:"companies_planned"`
	CompaniesRealised Int `json:"companies_realised"`
	PersonsPlanned    Int `json:"persons_planned"`
}

// GenderQuestion identifies one of the three gender-equality questions of section 8.1.
type GenderQuestion int

// The three questions, in document order.
const (
	GenderAnalysis      GenderQuestion = iota // an analysis from the gender perspective was made
	GenderMainstreaming                       // the gender perspective is mainstreamed
	GenderMainGoal                            // promoting gender equality is the main goal
)

// GenderQuestions holds the Finnish label of each question, as in the document.
var GenderQuestions = [3]string{
	"Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta",
	"Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen)",
	"Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen",
}

// GenderAnswer is one answer of section 8.1 with the text that explains it.
type GenderAnswer struct {
	Question string `json:"question"`
	Answer   Bool   `json:"answer"`
	Text     string `json:"text"`
}

// Dimension is one of the three sustainability dimensions of section 8.2.
type Dimension int

// The dimensions, in document order.
const (
	Ecological Dimension = iota
	Economic
	Social
)

// Dimensions lists the three dimensions in document order.
var Dimensions = [3]Dimension{Ecological, Economic, Social}

// Finnish returns the dimension's heading as in the document.
func (d Dimension) Finnish() string {
	switch d {
	case Ecological:
		return "Ekologinen kestävyys"
	case Economic:
		return "Taloudellinen kestävyys"
	default:
		return "Sosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus"
	}
}

// Key returns a short stable key: "ecological", "economic" or "social".
func (d Dimension) Key() string {
	switch d {
	case Ecological:
		return "ecological"
	case Economic:
		return "economic"
	default:
		return "social"
	}
}

// MarshalJSON writes the key.
func (d Dimension) MarshalJSON() ([]byte, error) { return []byte(`"` + d.Key() + `"`), nil }

// CriterionInfo names one of the 15 sustainability criteria.
type CriterionInfo struct {
	Dimension Dimension
	Key       string // the catalogue's "criterion." + Key names it, + ".short" for chart axes
	Finnish   string // as in the document
}

// Criteria lists the 15 sustainability criteria of section 8.2 in document order.
var Criteria = [15]CriterionInfo{
	{Ecological, "natural_resources", "Luonnonvarojen käytön kestävyys"},
	{Ecological, "climate_risks", "Ilmastonmuutoksen aiheuttamien riskien vähentäminen"},
	{Ecological, "biodiversity", "Kasvillisuus, eliöt ja luonnon monimuotoisuus"},
	{Ecological, "water_soil_air", "Pinta- ja pohjavedet, maaperä sekä ilma (ja kasvihuonekaasujen väheneminen)"},
	{Ecological, "natura_2000", "Natura 2000 -ohjelman kohteet"},
	{Economic, "materials_waste", "Materiaalit ja jätteet"},
	{Economic, "renewable_energy", "Uusiutuvien energialähteiden käyttö"},
	{Economic, "local_economy", "Paikallisen elinkeinorakenteen kestävä kehittäminen"},
	{Economic, "intangible_services", "Aineettomien tuotteiden ja palvelujen kehittäminen"},
	{Economic, "mobility", "Liikkuminen ja logistiikka"},
	{Social, "well_being", "Hyvinvoinnin edistäminen"},
	{Social, "equality", "Tasa-arvon edistäminen"},
	{Social, "equity", "Yhteiskunnallinen ja kulttuurinen yhdenvertaisuus"},
	{Social, "cultural_environment", "Kulttuuriympäristö"},
	{Social, "environmental_skills", "Ympäristöosaaminen"},
}

// Criterion is one scored sustainability criterion: the applicant's own claim of the project's
// direct and indirect effect (0–10) and the justification given.
type Criterion struct {
	Dimension     Dimension `json:"dimension"`
	Criterion     string    `json:"criterion"`
	Direct        Int       `json:"direct"`
	Indirect      Int       `json:"indirect"`
	Justification string    `json:"justification"`
}
