package data_test

import (
	"math"
	"testing"
	"time"

	"vertailu/assets/words"
	"vertailu/data"
)

// TestNumbersAndDatesFollowTheLanguage: money, percentages, counts and dates read as an English
// reader writes them in English ("1,234,567", "99.9 %", "1 Apr 2008") and as a Finn in
// Finnish ("1 234 567", "99,9 %", "1.4.2008"), in the table's columns and in the sums.
func TestNumbersAndDatesFollowTheLanguage(t *testing.T) {
	p := &data.Project{Start: data.NewDate(2008, time.April, 1)}
	p.Funding.GrantedEUState = data.KnownInt(1234567)
	p.Indicators.PersonsPlanned = data.KnownInt(2500)
	p.Derived.UtilisationEUState = data.KnownFloat(0.999)
	p.Derived.DurationMonths = data.KnownFloat(1234.5)
	var s data.Sums
	s.Add(p)
	for range 1234 {
		s.Add(&data.Project{})
	}
	display := func(key, lang string) string {
		c, ok := data.ColumnByKey(key)
		if !ok {
			t.Fatalf("no column %q", key)
		}
		return words.Of(lang).Cell(c, p)
	}
	for _, c := range []struct{ what, got, want string }{
		{"euros en", display("granted_eu_state", "en"), "1,234,567"},
		{"euros fi", display("granted_eu_state", "fi"), "1\u00a0234\u00a0567"},
		{"count en", display("persons_planned", "en"), "2,500"},
		{"count fi", display("persons_planned", "fi"), "2\u00a0500"},
		{"percent en", display("utilisation_eu_state", "en"), "99.9\u00a0%"},
		{"percent fi", display("utilisation_eu_state", "fi"), "99,9\u00a0%"},
		{"decimal en", display("months", "en"), "1,234.5"},
		{"decimal fi", display("months", "fi"), "1\u00a0234,5"},
		{"date en", display("start", "en"), "1\u00a0Apr\u00a02008"},
		{"date fi", display("start", "fi"), "1.4.2008"},
		{"unknown date", display("end", "en"), data.Unknown("en")},
		{"sum en", words.Of("en").Sum(s, data.GrantedEUState), "1,234,567\u00a0€ (1,234 unknown)"},
		{"sum fi", words.Of("fi").Sum(s, data.GrantedEUState), "1\u00a0234\u00a0567\u00a0€ (1\u00a0234 tuntematonta)"},
		{"euro en", data.FormatEuro(data.KnownInt(-95084), "en"), "-95,084\u00a0€"},
		{"NaN", data.FormatDecimal(math.NaN(), 1, "en"), data.Unknown("en")},
	} {
		if c.got != c.want {
			t.Errorf("%s: %q, want %q", c.what, c.got, c.want)
		}
	}
}
