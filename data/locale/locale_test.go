package locale_test

import (
	"math"
	"testing"
	"time"

	"vertailu/data/locale"
)

// TestFormats is the one place both languages' formats are written down.
func TestFormats(t *testing.T) {
	fi, en := locale.Finnish, locale.English
	date := time.Date(2008, time.April, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ got, want string }{
		{fi.Int(1234567), "1\u00a0234\u00a0567"},
		{en.Int(1234567), "1,234,567"},
		{fi.Int(-95084), "-95\u00a0084"},
		{en.Int(-95084), "-95,084"},
		{en.Int(999), "999"},
		{en.Int(0), "0"},
		{en.Int(math.MaxInt64), "9,223,372,036,854,775,807"},
		{en.Int(math.MinInt64), "-9,223,372,036,854,775,808"},
		{fi.Euro(1234567), "1\u00a0234\u00a0567\u00a0€"},
		{en.Euro(1234567), "1,234,567\u00a0€"},
		{fi.Decimal(1234.5, 1), "1\u00a0234,5"},
		{en.Decimal(1234.5, 1), "1,234.5"},
		{en.Decimal(-0.04, 1), "0.0"},
		{en.Decimal(-0.06, 1), "-0.1"},
		{en.Decimal(6.6, 0), "7"},
		{en.Decimal(1e20, 0), "100,000,000,000,000,000,000"},
		{en.Decimal(math.Inf(1), 1), ""},
		{fi.Date(date), "1.4.2008"},
		{en.Date(date), "1\u00a0Apr\u00a02008"},
		{en.Date(time.Time{}), ""},
		{locale.Of("en_GB.UTF-8").Int(1000), "1,000"},
		{locale.Of("fi").Int(1000), "1\u00a0000"},
		{locale.Of("").Int(1000), "1\u00a0000"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func BenchmarkEuro(b *testing.B) {
	for b.Loop() {
		locale.Finnish.Euro(1234567)
		locale.English.Euro(1234567)
	}
}

// The words for an unknown value are asked for when the first one is written, and once: the
// catalogue that gives them is not parsed by a command that writes none.
func TestUnknownAskedOnce(t *testing.T) {
	asked := 0
	locale.SetUnknown(func() (string, string) { asked++; return "ei tiedossa", "n/a" })
	if asked != 0 {
		t.Fatalf("asked %d times before any value was written", asked)
	}
	for range 3 {
		if fi, en := locale.Finnish.Unknown(), locale.English.Unknown(); fi != "ei tiedossa" || en != "n/a" {
			t.Fatalf("%q, %q", fi, en)
		}
	}
	if asked != 1 {
		t.Fatalf("asked %d times", asked)
	}
}
