package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/annals-tui/annals/data"
	"github.com/annals-tui/annals/export"
	"github.com/annals-tui/annals/internal/par"
	"github.com/annals-tui/annals/internal/textsafe"
	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/pipeline"
)

// librarySource is the SOURCE that stands for every article of the library.
const librarySource = "@library"

func newLibraryCmd(ff *filterFlags, stdin io.Reader, stdout io.Writer) *cobra.Command {
	var all bool
	cmd := &cobra.Command{
		Use:   "library [--all]",
		Short: "List the articles annals has opened; --all opens them as one timeline",
		Long: `library lists every Wikipedia article annals has fetched (its cache): title,
language, revision, when it was fetched and how many events it gave. With
--all it opens them all as one timeline (the same as the SOURCE @library);
piped, --all prints that timeline as annals list does.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !all {
				return ff.printLibrary(stdout, stdin)
			}
			q, err := ff.query()
			if err != nil {
				return err
			}
			if isTerminal(stdout) {
				return ff.browse([]string{librarySource}, q, stdin, stdout)
			}
			t, err := ff.load([]string{librarySource}, stdin)
			if err != nil {
				return err
			}
			return export.List(stdout, t, q.Apply(t), export.TerminalOptions(stdout, os.Getenv))
		},
	}
	cmd.Flags().BoolVar(&all, "all", false, "open every article of the library as one timeline")
	return cmd
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// printLibrary writes the library as a table: aligned and with a header on
// a terminal, tab-separated rows without one when piped.
func (f *filterFlags) printLibrary(w io.Writer, stdin io.Reader) error {
	lib, err := f.dataOptions(stdin).Client().Library()
	if err != nil {
		return fmt.Errorf("library: %w", err)
	}
	if len(lib) == 0 {
		fmt.Fprintln(w, "The library is empty: open an article with annals wiki:TITLE.")
		return nil
	}
	out, tty := w, isTerminal(w)
	var tw *tabwriter.Writer
	if tty {
		tw = tabwriter.NewWriter(w, 2, 8, 2, ' ', 0)
		out = tw
		fmt.Fprintln(out, "TITLE\tLANG\tREVISION\tFETCHED\tEVENTS")
	}
	for _, e := range lib {
		events := "?"
		if e.Events >= 0 {
			events = strconv.Itoa(e.Events)
		}
		title := strings.ReplaceAll(textsafe.Line(e.Title), "\t", " ")
		fmt.Fprintf(out, "%s\t%s\t%d\t%s\t%s\n", title, e.Lang, e.Revision, e.Fetched.Local().Format("2006-01-02 15:04"), events)
	}
	if tw != nil {
		return tw.Flush()
	}
	return nil
}

// expandLibrary replaces @library among the sources by every article of
// the library.
func (f *filterFlags) expandLibrary(sources []string, stdin io.Reader) ([]string, error) {
	var out []string
	for _, s := range sources {
		if s != librarySource {
			out = append(out, s)
			continue
		}
		lib, err := f.dataOptions(stdin).Client().Library()
		if err != nil {
			return nil, fmt.Errorf("library: %w", err)
		}
		if len(lib) == 0 {
			return nil, fmt.Errorf("%s: the library is empty (open an article with annals wiki:TITLE first)", librarySource)
		}
		for _, e := range lib {
			out = append(out, e.Source())
		}
	}
	return out, nil
}

// loadMany reads and parses many sources on every core and merges them
// once: the library's thousand articles, or the articles a timeline links.
// A source that fails is reported through failed and left out.
func (f *filterFlags) loadMany(ctx context.Context, sources []string, stdin io.Reader, failed func(error)) []*model.Timeline {
	parts := make([]*model.Timeline, len(sources))
	errs := make([]error, len(sources))
	par.Ranges(len(sources), 1, func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			parts[i], errs[i] = f.loadOne(ctx, sources[i], stdin)
		}
	})
	var out []*model.Timeline
	for i, t := range parts {
		if errs[i] != nil {
			failed(errs[i])
		} else {
			out = append(out, t)
		}
	}
	return out
}

// loadOne reads one Wikipedia source and parses it, noting its number of
// events in the library; the timeline this build made of the same revision
// before is read instead when the library kept it (data/parsed.go).
func (f *filterFlags) loadOne(ctx context.Context, src string, stdin io.Reader) (*model.Timeline, error) {
	opts := f.dataOptions(stdin)
	c := opts.Client()
	w, isWiki, werr := data.ParseWikiSource(src)
	isWiki = isWiki && werr == nil
	if isWiki && !f.refresh {
		if t, ok := c.ParsedTimeline(w); ok {
			return t, nil
		}
	}
	in, err := data.LoadContext(ctx, src, opts)
	if err != nil {
		return nil, err
	}
	t, err := parseInput(in, c)
	if err == nil && isWiki {
		c.KeepParsed(w, t)
	}
	return t, err
}

// parseInput parses a loaded article, labelled with its source, and notes
// its events in the library when it is a Wikipedia article.
func parseInput(in data.Input, c *data.WikiClient) (*model.Timeline, error) {
	t, err := pipeline.Parse(in)
	if err != nil {
		return nil, err
	}
	if w, ok, err := data.ParseWikiSource(in.Name); ok && err == nil {
		c.RecordEvents(w, len(t.Events))
	}
	return t, nil
}

// loadLibrary opens the sources with @library expanded: every article of
// the library, read on every core and merged once. An article that fails
// is one line on stderr; the rest opens.
func (f *filterFlags) loadLibrary(ctx context.Context, sources []string, stdin io.Reader) (*model.Timeline, error) {
	all, err := f.expandLibrary(sources, stdin)
	if err != nil {
		return nil, err
	}
	parts := f.loadMany(ctx, all, stdin, func(err error) {
		if w := f.followOpts.progress; w != nil {
			fmt.Fprintln(w, "annals: "+visible(firstLine(err.Error())))
		}
	})
	if len(parts) == 0 {
		return nil, fmt.Errorf("%s: no article of the library could be opened", librarySource)
	}
	t := model.MergeAll(parts)
	t.Title = fmt.Sprintf("Library (%d articles)", len(parts))
	return t, nil
}

// recordEvents notes a Wikipedia article's number of events in the library.
func recordEvents(in data.Input, t *model.Timeline, opts data.Options) {
	if w, ok, err := data.ParseWikiSource(in.Name); ok && err == nil {
		opts.Client().RecordEvents(w, len(t.Events))
	}
}
