package tui

import "charm.land/bubbles/v2/key"

// KeyMap is every key of the browser, grouped by where it works. Keys that do
// not apply at the moment are disabled (see Model.updateKeys), so they
// neither match nor show in the help.
type KeyMap struct {
	// Moving through the timeline (and scrolling the detail and sources panes).
	Up, Down, Top, Bottom, PageUp, PageDown key.Binding
	PrevYear, NextYear                      key.Binding
	SpanLeft, SpanRight                     key.Binding // the density strip's span

	// Panes.
	Detail, Sources, Tab, Back key.Binding

	// Filters.
	Search, Year, People, Places, SourceFilter, Clear, Undo, Export, Uncited, Fold key.Binding

	// NextMatch and PrevMatch go to the next and previous event the search
	// finds, as n and N do in less and vim; Rank lists the best matches
	// first instead of in date order (fzf's ctrl+s).
	NextMatch, PrevMatch, Rank key.Binding

	// JumpBack returns to where the last jump (enter on an event citing
	// a source) left from, as ctrl+o does in vim.
	JumpBack key.Binding

	// Sources pane.
	Open, Archive, Copy, CitedBy, Jump key.Binding

	// Prompts and pickers.
	Accept, Cancel, Mark, PickUp, PickDown key.Binding

	Help, Quit, ForceQuit key.Binding
}

// DefaultKeyMap is the keys of DESIGN.md: those of less, lazygit and k9s.
func DefaultKeyMap() KeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
	}
	return KeyMap{
		Up:        b([]string{"k", "up"}, "k/↑", "up"),
		Down:      b([]string{"j", "down"}, "j/↓", "down"),
		Top:       b([]string{"g", "home"}, "g/home", "top"),
		Bottom:    b([]string{"G", "end"}, "G/end", "bottom"),
		PageUp:    b([]string{"pgup", "ctrl+b", "ctrl+u"}, "pgup/^u", "page up"),
		PageDown:  b([]string{"pgdown", "ctrl+f", "ctrl+d", "space"}, "pgdn/spc/^d", "page down"),
		PrevYear:  b([]string{"["}, "[", "previous year"),
		NextYear:  b([]string{"]"}, "]", "next year"),
		SpanLeft:  b([]string{"h", "left"}, "h", "span: earlier"),
		SpanRight: b([]string{"l", "right"}, "l", "span: later"),

		Detail:  b([]string{"enter"}, "enter", "detail"),
		Sources: b([]string{"s"}, "s", "sources"),
		Tab:     b([]string{"tab"}, "tab", "next pane"),
		Back:    b([]string{"esc", "backspace"}, "esc", "back"),

		Search:       b([]string{"/"}, "/", "search"),
		Year:         b([]string{"y"}, "y", "year"),
		People:       b([]string{"p"}, "p", "person"),
		Places:       b([]string{"P"}, "P", "place"),
		SourceFilter: b([]string{"f"}, "f", "source"),
		Clear:        b([]string{"x"}, "x", "clear filters"),
		Undo:         b([]string{"esc"}, "esc", "undo last filter"),
		Export:       b([]string{"E"}, "E", "export this view"),
		Uncited:      b([]string{"!"}, "!", "uncited only (?)"),
		Fold:         b([]string{"z"}, "z", "fold by decade"),

		NextMatch: b([]string{"n"}, "n", "next match"),
		PrevMatch: b([]string{"N"}, "N", "previous match"),
		Rank:      b([]string{"ctrl+s"}, "ctrl+s", "best first"),

		JumpBack: b([]string{"ctrl+o", "`"}, "ctrl+o", "jump back"),

		Open:    b([]string{"enter", "o"}, "enter", "open URL"),
		Archive: b([]string{"a"}, "a", "open archive"),
		Copy:    b([]string{"y", "c"}, "y", "copy URL"),
		CitedBy: b([]string{"e"}, "e", "events citing it"),
		Jump:    b([]string{"enter"}, "enter", "go to event"),

		Accept:   b([]string{"enter"}, "enter", "apply"),
		Cancel:   b([]string{"esc"}, "esc", "cancel"),
		Mark:     b([]string{"tab"}, "tab", "mark several"),
		PickUp:   b([]string{"up", "ctrl+p", "ctrl+k"}, "↑", "up"),
		PickDown: b([]string{"down", "ctrl+n", "ctrl+j"}, "↓", "down"),

		Help:      b([]string{"?"}, "?", "help"),
		Quit:      b([]string{"q"}, "q", "quit"),
		ForceQuit: b([]string{"ctrl+c"}, "ctrl+c", "quit"),
	}
}

// keyGroup is a titled group of keys for the help screen.
type keyGroup struct {
	title string
	keys  []key.Binding
}

// groups lists every key by what it does; the help screen shows the enabled ones.
func (k KeyMap) groups() []keyGroup {
	return []keyGroup{
		{"Move", []key.Binding{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown, k.PrevYear, k.NextYear, k.SpanLeft, k.SpanRight, k.Fold}},
		{"Panes", []key.Binding{k.Detail, k.Sources, k.Tab, k.Back, k.JumpBack}},
		{"Filter", []key.Binding{k.Search, k.NextMatch, k.PrevMatch, k.Rank, k.Year, k.People, k.Places, k.SourceFilter, k.Uncited, k.Clear, k.Undo, k.Export}},
		{"Sources", []key.Binding{k.Open, k.Archive, k.Copy, k.CitedBy, k.Jump}},
		{"Prompt", []key.Binding{k.Accept, k.Mark, k.PickUp, k.PickDown, k.Cancel}},
		{"General", []key.Binding{k.Help, k.Quit, k.ForceQuit}},
	}
}

// setAll enables or disables a list of bindings.
func setAll(on bool, bs ...*key.Binding) {
	for _, b := range bs {
		b.SetEnabled(on)
	}
}
