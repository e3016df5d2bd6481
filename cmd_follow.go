package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/pflag"

	"github.com/annals-tui/annals/data"
	"github.com/annals-tui/annals/internal/textsafe"
	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/tui"
)

// followFlags are --follow and --follow-limit: fetch the articles a
// timeline links, one level deep, and merge them in.
type followFlags struct {
	kind     string
	limit    int
	progress io.Writer // stderr; nil while the browser owns the terminal
}

func (ff *followFlags) register(fl *pflag.FlagSet) {
	fl.StringVar(&ff.kind, "follow", "", "also open the linked articles of these: people, places or all")
	fl.IntVar(&ff.limit, "follow-limit", 25, "follow at most this many linked articles")
}

// kinds is what --follow asks for, or a usage error.
func (ff *followFlags) kinds() ([]model.EntityKind, error) {
	switch ff.kind {
	case "people", "person":
		return []model.EntityKind{model.Person}, nil
	case "places", "place":
		return []model.EntityKind{model.Place}, nil
	case "all":
		return nil, nil
	}
	return nil, usagef("--follow %q: want people, places or all", ff.kind)
}

// follow fetches the articles t links (of the kinds --follow names) and
// returns t with their events merged in, each labelled with its source.
// An article that cannot be had is one line on progress; the rest opens.
func (f *filterFlags) follow(ctx context.Context, t *model.Timeline, sources []string, stdin io.Reader) (*model.Timeline, error) {
	ff := &f.followOpts
	if ff.kind == "" {
		return t, nil
	}
	kinds, err := ff.kinds()
	if err != nil {
		return nil, err
	}
	if ff.limit < 0 {
		return nil, usagef("--follow-limit %d: want 0 or more", ff.limit)
	}
	srcs := followSources(model.FollowLinks(t, kinds, ff.limit), sourcesLang(sources), sources)
	if len(srcs) == 0 {
		return t, nil
	}
	c := f.dataOptions(stdin).Client()
	bar := newFollowProgress(ff.progress, len(srcs))
	parts := []*model.Timeline{t}
	for _, got := range c.FetchAll(ctx, srcs, bar.step) {
		if got.Err != nil {
			continue
		}
		if p, err := parseInput(got.Input, c); err == nil {
			parts = append(parts, p)
		}
	}
	bar.finish()
	if t.Source == "" {
		t.Source = data.DefaultName
	}
	merged := model.MergeAll(parts)
	merged.Title = t.Title
	return merged, nil
}

// followSources names the articles to fetch for links, without those
// already open.
func followSources(links []model.Link, lang string, open []string) []data.WikiSource {
	var out []data.WikiSource
	for _, l := range links {
		src := data.WikiSource{Lang: lang, Title: data.NormalizeTitle(l.Title)}
		if l.Lang != "" {
			src.Lang = l.Lang
		}
		skip := false
		for _, o := range open {
			if w, ok, err := data.ParseWikiSource(o); ok && err == nil && w == src {
				skip = true
			}
		}
		if !skip && src.Title != "" {
			out = append(out, src)
		}
	}
	return out
}

// followProgress shows how following goes: a bar with counts redrawn on a
// terminal, one line per article otherwise.
type followProgress struct {
	w     io.Writer
	tty   bool
	total int
}

func newFollowProgress(w io.Writer, total int) *followProgress {
	return &followProgress{w: w, tty: w != nil && isTerminal(w), total: total}
}

func (p *followProgress) step(done int, f data.Fetched) {
	if p.w == nil {
		return
	}
	title := textsafe.Line(f.Source.Title)
	if !p.tty {
		if f.Err != nil {
			fmt.Fprintf(p.w, "annals: %s\n", visible(firstLine(f.Err.Error())))
		} else {
			fmt.Fprintf(p.w, "annals: followed %s (%s)\n", f.Source, strings.TrimSpace(f.Input.Note))
		}
		return
	}
	const width = 24
	filled := width * done / p.total
	fmt.Fprintf(p.w, "\r\x1b[K[%s%s] %d/%d %s", strings.Repeat("█", filled), strings.Repeat("░", width-filled), done, p.total, title)
	if f.Err != nil {
		fmt.Fprintf(p.w, "\r\x1b[Kannals: %s\n", visible(firstLine(f.Err.Error())))
	}
}

func (p *followProgress) finish() {
	if p.w != nil && p.tty {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// tuiFollow is how the browser fetches a linked article, lists the library
// and searches Wikipedia's titles: through the same client and cache.
func (f *filterFlags) tuiFollow(stdin io.Reader, lang string) tui.Follow {
	opts := f.dataOptions(stdin)
	c := opts.Client()
	return tui.Follow{
		Fetch: func(ctx context.Context, l model.Link) (*model.Timeline, error) {
			src := data.WikiSource{Lang: lang, Title: data.NormalizeTitle(l.Title)}
			if l.Lang != "" {
				src.Lang = l.Lang
			}
			got := c.FetchAll(ctx, []data.WikiSource{src}, nil)[0]
			if got.Err != nil {
				return nil, got.Err
			}
			return parseInput(got.Input, c)
		},
		Library: func() ([]model.Link, error) {
			lib, err := c.Library()
			var out []model.Link
			for _, e := range lib {
				note := e.Lang + " · revision " + strconv.FormatInt(e.Revision, 10)
				if e.Events >= 0 {
					note += " · " + plural(e.Events, "event")
				}
				out = append(out, model.Link{Title: e.Requested, Lang: e.Lang, Text: note})
			}
			return out, err
		},
		Search: func(ctx context.Context, q string) ([]model.Link, error) {
			hits, err := c.SearchTitles(ctx, lang, q)
			var out []model.Link
			for _, h := range hits {
				out = append(out, model.Link{Title: h.Title, Lang: lang, Text: h.Description})
			}
			return out, err
		},
	}
}

// sourcesLang is the language edition of the first Wikipedia source, the
// one linked titles are fetched from: English otherwise.
func sourcesLang(sources []string) string {
	for _, s := range sources {
		if w, ok, err := data.ParseWikiSource(s); ok && err == nil {
			return w.Lang
		}
	}
	return "en"
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}
