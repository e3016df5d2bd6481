package tui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
)

// Theme names the colour roles of the browser. The colours are chosen so
// that the terminal's downsampling to 256 or 16 colours keeps them apart.
type Theme struct {
	Text, Muted, Faint color.Color
	Accent, Phrase     color.Color
	SelBg, BlurBg      color.Color
	MatchBg, MatchFg   color.Color
	ChipBg             color.Color
	Error              color.Color
}

// NewTheme picks the colours for a dark or a light background.
func NewTheme(isDark bool) Theme {
	ld := lipgloss.LightDark(isDark)
	c := lipgloss.Color
	return Theme{
		Text:    ld(c("#1C1C1C"), c("#E4E4E4")),
		Muted:   ld(c("#5F5F5F"), c("#A8A8A8")),
		Faint:   ld(c("#A8A8A8"), c("#585858")),
		Accent:  ld(c("#5F00AF"), c("#AF87FF")),
		Phrase:  ld(c("#005F00"), c("#87D787")),
		SelBg:   ld(c("#D7D7FF"), c("#3A3A7A")),
		BlurBg:  ld(c("#E4E4E4"), c("#303030")),
		MatchBg: ld(c("#FFD75F"), c("#AF8700")),
		MatchFg: c("#000000"),
		ChipBg:  ld(c("#E4E4E4"), c("#3A3A3A")),
		Error:   ld(c("#AF0000"), c("#FF5F5F")),
	}
}

// RowStyles draw one timeline row.
type RowStyles struct {
	Gutter, Text, People, Match, Badge lipgloss.Style
}

// Styles is every style of the browser, grouped by pane. NewStyles builds it;
// nothing else makes styles.
type Styles struct {
	NoColor bool
	Header  struct{ Title, Meta, Chip, Hint lipgloss.Style }
	Strip   struct{ Bar, In, Out, Mark, Axis lipgloss.Style }
	List    struct {
		Row, Sel, Blur RowStyles
		Sep, Empty     lipgloss.Style
	}
	Detail struct {
		Title, TitleBlur, Date, Text, Phrase, Match, Label, Value, Missing lipgloss.Style
	}
	Sources struct{ Num, Sel, Title, Meta, URL, Dead lipgloss.Style }
	Picker  struct{ Name, Count, Match, Sel, Mark lipgloss.Style }
	Help    struct{ Group, Key, Desc lipgloss.Style }
	Status  struct{ Info, Error lipgloss.Style }
	Rule    lipgloss.Style
	Bubbles struct {
		Help  help.Styles
		Input textinput.Styles
	}
}

// NewStyles builds the styles for a dark or light background. With noColor
// (NO_COLOR) it uses no colour at all, only bold, faint, underline and
// reverse, so that selection and matches stay visible.
func NewStyles(isDark, noColor bool) Styles {
	th := NewTheme(isDark)
	p := painter{noColor: noColor}
	var s Styles
	s.NoColor = noColor
	plain := lipgloss.NewStyle()

	s.Header.Title = p.fg(plain.Bold(true), th.Accent)
	s.Header.Meta = p.fg(plain, th.Muted)
	s.Header.Chip = p.bg(p.fg(plain, th.Text), th.ChipBg)
	if noColor {
		s.Header.Chip = plain.Underline(true)
	}
	s.Header.Hint = p.fg(plain, th.Muted)

	s.Strip.Bar = p.fg(plain, th.Muted)
	s.Strip.In = p.fg(plain, th.Accent)
	s.Strip.Out = p.fg(plain.Faint(noColor), th.Faint)
	s.Strip.Mark = p.fg(plain.Reverse(true), th.Phrase)
	s.Strip.Axis = p.fg(plain, th.Muted)

	s.List.Row = rowStyles(p, th, plain)
	s.List.Sel = selected(s.List.Row, p.bg(plain.Bold(true), th.SelBg), noColor)
	s.List.Blur = selected(s.List.Row, p.bg(plain, th.BlurBg), noColor)
	s.List.Sep = p.fg(plain, th.Accent)
	s.List.Empty = p.fg(plain, th.Muted)

	d := &s.Detail
	d.Title = p.fg(plain.Bold(true).Underline(noColor), th.Accent)
	d.TitleBlur = p.fg(plain.Bold(true), th.Muted)
	d.Date = p.fg(plain.Bold(true), th.Text)
	d.Text = p.fg(plain, th.Text)
	d.Phrase = p.fg(plain.Bold(true).Underline(true), th.Phrase)
	d.Match = s.List.Row.Match
	d.Label = p.fg(plain, th.Muted)
	d.Value = p.fg(plain, th.Text)
	d.Missing = p.fg(plain.Italic(true), th.Muted)

	s.Sources.Num = p.fg(plain.Bold(true), th.Accent)
	s.Sources.Sel = p.bg(plain.Bold(true).Reverse(noColor), th.SelBg)
	s.Sources.Title = p.fg(plain, th.Text)
	s.Sources.Meta = p.fg(plain, th.Muted)
	s.Sources.URL = p.fg(plain.Underline(true), th.Phrase)
	s.Sources.Dead = p.fg(plain.Bold(true), th.Error) // "dead link" reads without colour too

	s.Picker.Name = p.fg(plain, th.Text)
	s.Picker.Count = p.fg(plain, th.Muted)
	s.Picker.Match = p.fg(plain.Bold(true).Underline(noColor), th.Accent)
	s.Picker.Sel = p.bg(plain.Reverse(noColor), th.SelBg)
	s.Picker.Mark = p.fg(plain.Bold(true), th.Phrase)

	s.Help.Group = p.fg(plain.Bold(true), th.Accent)
	s.Help.Key = p.fg(plain.Bold(true), th.Text)
	s.Help.Desc = p.fg(plain, th.Muted)

	s.Status.Info = p.fg(plain, th.Phrase)
	s.Status.Error = p.fg(plain.Bold(true), th.Error)
	s.Rule = p.fg(plain.Faint(noColor), th.Faint)

	s.Bubbles.Help = bubblesHelp(isDark, noColor, th)
	s.Bubbles.Input = bubblesInput(isDark, noColor, th)
	return s
}

func rowStyles(p painter, th Theme, plain lipgloss.Style) RowStyles {
	match := p.bg(p.fg(plain.Bold(true), th.MatchFg), th.MatchBg)
	if p.noColor {
		match = plain.Bold(true).Underline(true)
	}
	return RowStyles{
		Gutter: p.fg(plain, th.Accent),
		Text:   p.fg(plain, th.Text),
		People: p.fg(plain, th.Muted),
		Match:  match,
		Badge:  p.fg(plain.Bold(true), th.Error),
	}
}

// selected lays a selection background (or reverse video) under a row.
func selected(r RowStyles, sel lipgloss.Style, noColor bool) RowStyles {
	if noColor {
		sel = sel.Reverse(true)
	}
	return RowStyles{
		Gutter: r.Gutter.Inherit(sel),
		Text:   r.Text.Inherit(sel),
		People: r.People.Inherit(sel),
		Match:  r.Match.Inherit(sel),
		Badge:  r.Badge.Inherit(sel),
	}
}

// bubblesHelp draws the footer's key hints in the theme's text and muted
// colours: the bubbles defaults (about 2:1 on black and on white) are too
// faint to read; these are over 4.5:1 on either.
func bubblesHelp(isDark, noColor bool, th Theme) help.Styles {
	if !noColor {
		h := help.DefaultStyles(isDark)
		key := lipgloss.NewStyle().Foreground(th.Text).Bold(true)
		desc := lipgloss.NewStyle().Foreground(th.Muted)
		h.ShortKey, h.ShortDesc, h.ShortSeparator, h.Ellipsis = key, desc, desc, desc
		h.FullKey, h.FullDesc, h.FullSeparator = key, desc, desc
		return h
	}
	plain := lipgloss.NewStyle()
	return help.Styles{
		Ellipsis: plain, ShortKey: plain.Bold(true), ShortDesc: plain, ShortSeparator: plain,
		FullKey: plain.Bold(true), FullDesc: plain, FullSeparator: plain,
	}
}

func bubblesInput(isDark, noColor bool, th Theme) textinput.Styles {
	in := textinput.DefaultStyles(isDark)
	in.Cursor.Blink = false
	if noColor {
		plain := lipgloss.NewStyle()
		in.Focused = textinput.StyleState{Text: plain, Placeholder: plain.Faint(true), Suggestion: plain, Prompt: plain.Bold(true)}
		in.Blurred = in.Focused
		in.Cursor.Color = lipgloss.NoColor{}
		return in
	}
	in.Focused.Prompt = lipgloss.NewStyle().Foreground(th.Accent).Bold(true)
	in.Focused.Text = lipgloss.NewStyle().Foreground(th.Text)
	in.Focused.Placeholder = lipgloss.NewStyle().Foreground(th.Muted)
	in.Cursor.Color = th.Accent
	return in
}

// painter adds colours unless colour is off.
type painter struct{ noColor bool }

func (p painter) fg(s lipgloss.Style, c color.Color) lipgloss.Style {
	if p.noColor {
		return s
	}
	return s.Foreground(c)
}

func (p painter) bg(s lipgloss.Style, c color.Color) lipgloss.Style {
	if p.noColor {
		return s
	}
	return s.Background(c)
}
