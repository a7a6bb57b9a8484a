package main

import (
	"io"
	"log"
	"os"
	"strconv"

	"fyne.io/fyne/v2/app"

	"vertailu/data"
	"vertailu/data/pdftext"
	"vertailu/ui"
)

func init() { register("", "cli.summary.app", runApp) }

// appID is the app's unique ID: preferences and storage live under it.
const appID = "fi.vertailu.app"

// screenshotMarks reads VERTAILU_SCREENSHOT_MARK: how many rows to mark at start.
func screenshotMarks() int {
	n, err := strconv.Atoi(os.Getenv("VERTAILU_SCREENSHOT_MARK"))
	if err != nil || n < 0 {
		return 0
	}
	return min(n, 6)
}

// runApp opens the desktop app on DIR, or on the folder used last (the sample folder at
// first start). For scripts/screenshots.sh, VERTAILU_SCREENSHOT_VIEW names a tab to show
// after loading and VERTAILU_SCREENSHOT_MARK marks that many rows.
func runApp(args []string, stdout, stderr io.Writer) int {
	v := voice{lang: langOf(args), w: stderr}
	fs := v.flags("cli.app.usage")
	langFlag := fs.String("lang", "", v.lang.T("cli.app.flag.lang"))
	if err := parseFlags(fs, args); err != nil {
		return 2
	}
	dir, err := folderArg(fs.Args())
	if err == nil && *langFlag != "" {
		err = checkLang(*langFlag)
	}
	if err != nil {
		v.sayError(err)
		return 2
	}
	log.SetOutput(&fyneEOFFilter{w: os.Stderr}) // see fyneEOFFilter
	ui.PrepareLocale()                          // before Fyne reads the locale: a C locale would log an error
	prepareUserCache()
	guardFyneFiles(voice{lang: v.lang, w: logWriter{}})
	a := app.NewWithID(appID)
	a.Settings().SetTheme(ui.VisibleFocus(a.Settings().Theme())) // a focus one can find with Tab
	nb, problem := openAppNotebook(v)
	if nb != nil {
		defer nb.Close()
	}
	view := ui.New(a, data.NewStore(), ui.Options{
		Dir:   dir,
		Lang:  *langFlag,
		Watch: true,
		View:  os.Getenv("VERTAILU_SCREENSHOT_VIEW"),
		Mark:  screenshotMarks(),

		SettingsFile: ui.SettingsPath(a),
		Own:          ownFolders(),
		PDF:          pdftext.Reader(),

		Notebook:        notebookOrNil(nb),
		NotebookProblem: problem,
		Author:          authorName(),
	})
	view.FitScreen(screenRoom(a)) // on the main goroutine, GLFW started by New's window
	endOnSignal(v)
	view.Window().ShowAndRun()
	return 0
}

// prepareUserCache makes the user's cache folder (~/.cache on Linux) when it is missing, as on
// a fresh account: Fyne creates only its own folder inside it and logs errors otherwise.
func prepareUserCache() {
	if dir, err := os.UserCacheDir(); err == nil {
		_ = os.MkdirAll(dir, 0o700) // best effort: Fyne reports what still fails
	}
}
