package tui

import (
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/annals-tui/annals/export"
	"github.com/annals-tui/annals/model"
)

// exportFormats maps a file extension to the export format it names, as
// `annals export -o FILE` infers it.
var exportFormats = map[string]string{".md": "md", ".markdown": "md", ".csv": "csv", ".ics": "ics",
	".json": "json", ".html": "html", ".htm": "html", ".mw": "markwhen", ".mmd": "mermaid", ".mermaid": "mermaid"}

// exportedMsg reports that the view was written to a file, or why not.
type exportedMsg struct {
	path, command string
	events        int
	err           error
}

// exportCmd writes the events idx of t to path in the format its extension
// names, off the update loop. idx is the caller's own copy.
func exportCmd(t *model.Timeline, q model.Query, idx []int, path string) tea.Cmd {
	return func() tea.Msg {
		format, ok := exportFormats[strings.ToLower(filepath.Ext(path))]
		if !ok {
			return exportedMsg{path: path, err: fmt.Errorf("%s: name the file .md, .csv, .ics, .json, .html, .mw or .mmd to choose the format", path)}
		}
		w, err := export.Lookup(format)
		if err == nil {
			err = export.WriteFile(path, func(f io.Writer) error { return w(f, t, idx) })
		}
		return exportedMsg{path: path, command: exportCommand(t, q, path), events: len(idx), err: err}
	}
}

// exportCommand is the `annals export` command line that writes the same
// file from the shell.
func exportCommand(t *model.Timeline, q model.Query, path string) string {
	args := []string{"annals", "export", "-o", shellQuote(path)}
	if q.HasYears {
		args = append(args, "--year", shellQuote(strings.ReplaceAll(q.Years.String(), "–", "-")))
	}
	for _, p := range q.People {
		args = append(args, "--person", shellQuote(p))
	}
	if s := strings.TrimSpace(q.Text); s != "" {
		args = append(args, "--grep", shellQuote(s))
	}
	var sources []string
	for i := range t.Events {
		if s := t.Events[i].Source; s != "" && !slices.Contains(sources, s) {
			sources = append(sources, s)
		}
	}
	if len(sources) == 0 && t.Source != "" {
		sources = []string{t.Source}
	}
	for _, s := range sources {
		args = append(args, shellQuote(s))
	}
	cmd := strings.Join(args, " ")
	if len(q.Places) > 0 || len(q.Sources) > 0 {
		cmd += "  (the place and source filters have no flag)"
	}
	return cmd
}

var shellSafe = regexp.MustCompile(`^[A-Za-z0-9_./:@%+=,-]+$`)

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if shellSafe.MatchString(s) {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// defaultExportName is the file E offers: the title as a file name.
func defaultExportName(t *model.Timeline) string {
	name := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		}
		return '-'
	}, strings.TrimSpace(t.Title))
	name = strings.Trim(regexp.MustCompile(`-+`).ReplaceAllString(name, "-"), "-")
	if name == "" {
		name = "timeline"
	}
	return name + ".md"
}

func (m *Model) handleExported(msg exportedMsg) {
	if msg.err != nil {
		m.setStatus("export failed: "+msg.err.Error(), true)
		return
	}
	m.setStatus(fmt.Sprintf("wrote %s to %s · same as: %s", countText(msg.events, msg.events, false), msg.path, msg.command), false)
}
