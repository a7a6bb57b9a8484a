package ui

import (
	"os"
	"strings"
	"sync"

	"fyne.io/fyne/v2/lang"

	"vertailu/assets"
)

// The languages the app speaks. Any other system language falls back to English, because a
// language without our strings would show a mix and log a translation failure for each.
const (
	LangFinnish = "fi"
	LangEnglish = "en"
	// LangSystem follows the system language (the default).
	LangSystem = ""
)

// localeVars are the variables gettext (and Fyne's locale lookup) read, strongest first.
var localeVars = [...]string{"LC_ALL", "LC_MESSAGES", "LANG"}

var systemLang = sync.OnceValue(detectSystemLanguage)

// PrepareLocale replaces a C or POSIX locale (C.UTF-8 included) with a real one before Fyne
// looks at it: Fyne logs "Error parsing user locale C" for C.UTF-8, and a C locale makes it
// ignore LANGUAGE, which the language switch relies on. It also records the system language
// first. Call it before creating the app; calling it again is harmless.
func PrepareLocale() {
	systemLang()
	for _, v := range localeVars {
		if cLocale(os.Getenv(v)) {
			os.Setenv(v, "en_US.UTF-8")
		}
	}
}

// cLocale reports whether a locale value is the C or POSIX locale, with or without a codeset.
func cLocale(v string) bool {
	base, _, _ := strings.Cut(v, ".")
	return base == "C" || base == "POSIX"
}

// detectSystemLanguage reads the system language the way gettext does: LANGUAGE first (unless
// the locale is C), then LC_ALL, LC_MESSAGES, LANG. Only Finnish and English are told apart.
func detectSystemLanguage() string {
	var locale string
	for _, v := range localeVars {
		if locale = os.Getenv(v); locale != "" {
			break
		}
	}
	if cLocale(locale) {
		return LangEnglish
	}
	if l := os.Getenv("LANGUAGE"); l != "" {
		locale = l
	}
	if strings.HasPrefix(strings.ToLower(locale), "fi") {
		return LangFinnish
	}
	return LangEnglish
}

// SystemLanguage returns the system's language as the app will speak it: "fi" or "en".
func SystemLanguage() string { return systemLang() }

// ResolveLanguage turns a preference ("fi", "en" or "" for the system language) into "fi" or
// "en".
func ResolveLanguage(pref string) string {
	switch pref {
	case LangFinnish, LangEnglish:
		return pref
	}
	return SystemLanguage()
}

// SetLanguage switches every translated string, ours and Fyne's dialogs, to code ("fi" or
// "en"; anything else means the system language). Fyne offers no call to force a language: it
// follows LANGUAGE each time translations are added. Widgets already on screen keep their text
// until rebuilt.
func SetLanguage(code string) error {
	code = ResolveLanguage(code)
	PrepareLocale()
	os.Setenv("LANGUAGE", code)
	return lang.AddTranslationsFS(assets.Translations, "i18n")
}

// T translates s (an English source string) into the current language. data, when given, fills
// the string's {{.Name}} placeholders.
func T(s string, data ...any) string { return lang.L(s, data...) }

// TN translates s like T, choosing the plural form for count; data fills {{.Count}}.
func TN(s string, count int) string {
	return lang.N(s, count, map[string]any{"Count": count})
}
