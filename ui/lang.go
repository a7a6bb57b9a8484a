package ui

import (
	"os"
	"strings"
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2"

	"fyne.io/fyne/v2/lang"

	"vertailu/assets/words"
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

// current is the language T speaks: "fi" or "en".
var current atomic.Value

// SetLanguage switches every translated string, ours and Fyne's dialogs, to code ("fi" or
// "en"; anything else means the system language). Ours come from the catalogue
// (vertailu/assets/words). Fyne picks its dialogs' language from the system's locales and
// offers no call to choose one; so the chosen language's dialog strings are given to Fyne
// under every locale it may pick (English, Finnish and the system's own), and whichever it
// picks speaks the chosen language. The environment is left as it is. Widgets already on
// screen keep their text until rebuilt.
func SetLanguage(code string) error {
	code = ResolveLanguage(code)
	current.Store(words.Of(code))
	b, err := words.Fyne.ReadFile("fyne/" + code + ".json")
	if err != nil {
		return err
	}
	for _, l := range fyneLocales() {
		if err := lang.AddTranslationsForLocale(b, l); err != nil {
			return err
		}
	}
	return nil
}

// fyneLocales are the locales Fyne may choose its dialogs' strings by: English (its
// fallback), Finnish, and the system's.
func fyneLocales() []fyne.Locale {
	ls := []fyne.Locale{"en", "fi"}
	if sys := lang.SystemLocale().LanguageString(); sys != "en" && sys != "fi" && sys != "" {
		ls = append(ls, fyne.Locale(sys))
	}
	return ls
}

// uiLang is the language the interface speaks now.
func uiLang() words.Lang {
	if l, ok := current.Load().(words.Lang); ok {
		return l
	}
	return words.Of(SystemLanguage())
}

// T words id (see the catalogue) in the interface's language; args are pairs of placeholder
// name and value: T("Saved {{.File}}.", "File", path).
func T(id string, args ...any) string { return uiLang().T(id, args...) }

// TN is T with the plural form for count, which fills {{.Count}}.
func TN(id string, count int, args ...any) string { return uiLang().N(id, count, args...) }
