package ui

import (
	"fyne.io/fyne/v2/layout"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vertailu/data"
)

// mainView holds the main window's widgets; a language switch replaces it whole.
type mainView struct {
	content   fyne.CanvasObject
	table     *ProjectTable
	search    *searchEntry
	filters   map[data.Field]*multiSelect
	subset    *widget.Select
	totals    *widget.Label
	status    *widget.Label
	rowsLost  *widget.Button // rows of project lists not read: said in the warning colour
	progress  *widget.ProgressBar
	cancel    *widget.Button
	openBtn   *widget.Button
	recentBtn *widget.Button
	exportBtn *widget.Button
	tabs      *container.AppTabs // the detail tabs' bar: each item's own content is empty
	tabBody   *fyne.Container    // below the bar, the selected tab's content (see newTabs)
	pane      *fyne.Container    // the bar and the body: what Ctrl+D hides
	details   *detailsView
	compare   *compareView
	groups    *groupsView
	changes   *changesView
	mapv      *mapView
	warnings  *warningsView
	notes     *notesView
	tagFilter *multiSelect // the officer's own tags
	similar   *similarView
	warnTab   *container.TabItem
	split     *container.Split // the table above, the tabs below
	notice    *fyne.Container  // above the table: why it is empty, or not every marked project shows
}

// defaultSplit is the table's share of the height between the filters and the status bar:
// at 1280×800 twelve rows show (measured in the real app, where a row is 39 high and the
// Finnish sums take two lines), and the details their tab bar and first two lines.
const defaultSplit = 0.845

// filterFields are the filters offered above the table, in order.
var filterFields = []data.Field{
	data.FieldPeriod, data.FieldFund, data.FieldStatus, data.FieldPriorityAxis, data.FieldSpecificObjective,
	data.FieldAuthority, data.FieldRegion, data.FieldOrgType,
}

func (a *App) newMainView() *mainView {
	v := &mainView{filters: map[data.Field]*multiSelect{}}
	cols, leading := tableColumns(a.prefs.columnKeys())
	v.table = NewProjectTable(cols, a.lang, a.marks)
	v.table.SetOwn(a.own.index)
	v.table.StickyColumnCount = 1 + leading // the mark, code and name stay in view
	v.table.SetSort(a.sess.Query().SortKey, a.sess.Query().Desc)
	v.table.OnSort = a.sortBy
	v.table.OnSelect = a.selectProject
	v.table.OnMark = a.marksChanged
	v.table.OnClearMarks = a.AskClearMarks
	v.table.OnKey = a.globalKey
	v.search = newSearchEntry(a.globalKey, a.globalShortcut)
	v.search.SetPlaceHolder(T("Search code, name, applicant, places, texts… (Ctrl+F)"))
	v.search.SetText(a.sess.Query().Text)
	v.search.OnChanged = a.searchChanged
	v.search.onDone = a.FocusTable
	v.totals = widget.NewLabel("")
	v.totals.Wrapping = fyne.TextWrapWord // a narrow window wraps the sums, never cuts them
	v.status = widget.NewLabel("")
	v.status.Truncation = fyne.TextTruncateEllipsis
	v.progress = widget.NewProgressBar()
	v.cancel = widget.NewButtonWithIcon(T("Cancel loading"), theme.CancelIcon(), a.CancelLoad)
	v.details = newDetailsView(a.lang, &a.tasks)
	v.details.OnCorrectDate = a.askExportDate
	v.compare = newCompareView(a.lang, &a.tasks)
	v.groups = newGroupsView(a.groupBy, a.lang, &a.tasks)
	v.groups.OnChoose = a.groupChosen
	v.changes = newChangesView(&a.tasks)
	v.changes.OnOpen = a.openSource
	v.mapv = newMapView(a.mapBy, a.lang, &a.tasks)
	v.mapv.OnChoose, v.mapv.OnArea = a.mapChosen, a.mapArea
	v.warnings = newWarningsView()
	v.warnings.OnOpen = a.openSource
	v.notes = newNotesView(&a.own, a.opts.Author, a.win, &a.tasks)
	v.notes.OnAllNotes, v.notes.OnImport = a.ShowAllNotes, a.ShowImportNotes
	v.notes.OnExport = func() { a.chooseFile(datedName("json", T("notes")), a.ExportNotes) }
	v.notes.Change, v.notes.ChangeQuietly = a.changeNotebook, a.changeNotebookQuiet
	v.notes.OnError, v.notes.Confirm = a.showError, a.confirmKeys
	v.similar = newSimilarView(a.marks, &a.tasks, a.ShowSimilarText)
	v.similar.OnOpen, v.similar.OnMark, v.similar.Index = a.openProject, a.setMark, a.similarIndexShown
	v.tabs = a.newTabs(v)
	v.content = container.NewBorder(a.topBar(v), a.statusBar(v), nil, nil, a.centre(v))
	return v
}

func (a *App) newTabs(v *mainView) *container.AppTabs {
	v.warnTab = container.NewTabItemWithIcon(T("Warnings"), theme.WarningIcon(), v.warnings)
	groups := container.NewTabItem(T("Groups"), v.groups)
	maps := container.NewTabItem(T("Map"), v.mapv)
	changes := container.NewTabItem(T("Changes"), v.changes)
	// Similar comes after the others, so that Ctrl+1 … Ctrl+9 keep their tabs; Ctrl+L shows it.
	similarTab := container.NewTabItem(T("Similar"), v.similar)
	tabs := container.NewAppTabs(
		container.NewTabItemWithIcon(T("Overview"), theme.InfoIcon(), v.details.overview),
		container.NewTabItem(T("Funding"), v.details.funding),
		container.NewTabItem(T("Sustainability"), v.details.sustainability),
		container.NewTabItem(T("Texts"), v.details.texts),
		container.NewTabItem(T("Source"), v.details.source),
		container.NewTabItem(T("Comparison"), v.compare),
		groups,
		maps,
		v.warnTab,
		changes,
		container.NewTabItemWithIcon(T("Notes"), theme.DocumentCreateIcon(), v.notes),
		similarTab,
	)
	// Fyne's tabs refresh every tab's content whenever a tab is selected or a title changes:
	// with twelve tabs, tables and long texts among them, a step of tens of milliseconds. So
	// the items hold empty contents, and the body below the bar shows the selected tab's own,
	// the others hidden. Each tab scrolls when the pane is lower than its charts: the pane's
	// least height is then the tab bar and a line, and the divider can give the table the room.
	inner := map[*container.TabItem]fyne.CanvasObject{}
	body := map[*container.TabItem]fyne.CanvasObject{}
	v.tabBody = container.NewStack()
	for _, t := range tabs.Items {
		inner[t] = t.Content
		body[t] = container.NewVScroll(t.Content)
		body[t].Hide()
		v.tabBody.Add(body[t])
		t.Content = layout.NewSpacer()
	}
	shown := body[tabs.Items[0]]
	shown.Show()
	tabs.OnSelected = func(t *container.TabItem) {
		if body[t] != shown {
			shown.Hide()
			shown = body[t]
			shown.Show() // refreshes the tab shown, and it alone: the body's size is the tab's
		}
		v.details.show(inner[t])
		grouped := v.groups.show(t == groups)
		mapped := v.mapv.show(t == maps)
		a.askFor()
		if grouped || mapped { // one snapshot with what the tab shown needs; none on leaving
			a.sess.Refresh()
		}
		v.changes.show(t == changes)
		v.similar.show(t == similarTab)
	}
	return tabs
}

func (a *App) topBar(v *mainView) fyne.CanvasObject {
	v.openBtn = widget.NewButtonWithIcon(T("Open folder…"), theme.FolderOpenIcon(), a.ShowOpenFolder)
	v.recentBtn = widget.NewButtonWithIcon(T("Recent"), theme.HistoryIcon(), a.showRecent)
	reload := widget.NewButtonWithIcon(T("Reload"), theme.ViewRefreshIcon(), a.Reload)
	v.exportBtn = widget.NewButtonWithIcon(T("Export…"), theme.DocumentSaveIcon(), a.ShowExportMenu)
	langs := widget.NewSelect([]string{"Suomi", "English"}, func(s string) {
		if s == "English" {
			a.SwitchLanguage(LangEnglish)
		} else {
			a.SwitchLanguage(LangFinnish)
		}
	})
	if a.lang == LangEnglish {
		langs.Selected = "English"
	} else {
		langs.Selected = "Suomi"
	}
	left := container.NewHBox(v.openBtn, v.recentBtn, reload, v.exportBtn)
	bar := container.NewBorder(nil, nil, left, langs, container.New(shrinkable{minWidth: 160}, v.search))
	var row []fyne.CanvasObject
	for _, f := range filterFields {
		s := newMultiSelect(T("filter."+string(f)), func(n int) string { return TN("filter.many."+string(f), n) })
		v.filters[f] = s
		row = append(row, s)
	}
	v.tagFilter = newMultiSelect(T("filter.tags"), func(n int) string { return TN("filter.many.tags", n) })
	v.tagFilter.SetChoices(a.own.index.AllTags(), a.own.index.AllTags(), a.sess.Query().Tags)
	v.tagFilter.OnChosen = func(values []string) { a.sess.SetTags(values) }
	if len(a.own.index.AllTags()) == 0 {
		v.tagFilter.Hide() // shown once the officer has tags (see fillTagFilter)
	}
	row = append(row, v.tagFilter)
	v.subset = a.newSubsetSelect()
	row = append(row, v.subset)
	filters := newFlowGrid(row...)
	filters.Layout.(*flowGrid).squeeze = 0.8 // one row at 1280 wide, each label a little cut at most
	return container.NewVBox(bar, filters)
}

func (a *App) statusBar(v *mainView) fyne.CanvasObject {
	v.progress.Hide()
	v.cancel.Hide()
	right := container.NewHBox(container.NewGridWrap(fyne.NewSize(200, v.progress.MinSize().Height), v.progress), v.cancel)
	v.rowsLost = widget.NewButtonWithIcon("", theme.WarningIcon(), func() { a.ShowView("warnings") })
	v.rowsLost.Importance = widget.WarningImportance
	v.rowsLost.Hide()
	return container.NewBorder(nil, nil, v.rowsLost, right, v.status)
}

func (a *App) centre(v *mainView) fyne.CanvasObject {
	columns := widget.NewButtonWithIcon(T("Columns…"), theme.ListIcon(), a.ShowColumns)
	selections := widget.NewButtonWithIcon(T("Selections…"), theme.StorageIcon(), a.ShowSelections)
	clear := widget.NewButtonWithIcon(T("Clear filters"), theme.ContentClearIcon(), a.ClearFilters)
	footer := container.NewBorder(nil, nil, nil, container.NewHBox(clear, selections, columns), v.totals)
	v.notice = newFlowGrid()
	v.notice.Hide()
	top := container.NewBorder(v.notice, footer, nil, nil, v.table)
	v.pane = container.New(barAbove{}, v.tabs, v.tabBody)
	v.split = container.NewVSplit(top, v.pane)
	v.split.Offset = defaultSplit
	if a.splitOffset > 0 {
		v.split.Offset = a.splitOffset
	}
	if a.detailsHidden {
		v.pane.Hide()
	}
	return v.split
}

// barAbove lays out the detail tabs' bar at its height and the selected tab's body below it,
// with no gap: as Fyne's tabs place their own content.
type barAbove struct{}

func (barAbove) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	bar := objs[0].MinSize().Height
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width, bar))
	objs[1].Move(fyne.NewPos(0, bar))
	objs[1].Resize(fyne.NewSize(size.Width, size.Height-bar))
}

func (barAbove) MinSize(objs []fyne.CanvasObject) fyne.Size {
	bar, body := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(max(bar.Width, body.Width), bar.Height+body.Height)
}
