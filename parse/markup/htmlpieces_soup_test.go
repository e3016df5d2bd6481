package markup

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// Pages of tag soup (misnested, unclosed, stray end tags, foreign content,
// tables out of place) read in pieces as they do whole.
func TestHTMLPiecesOfTagSoup(t *testing.T) {
	vocab := []string{"<p>", "</p>", "<a href=/wiki/X>", "<a href=#cite_note-1>", "</a>", "<li>", "</li>", "<ul>", "</ul>", "<ol class=references>", "</ol>",
		"<li id=cite_note-1>", "<sup class=reference><a href=#cite_note-1>[1]</a></sup>", "<sup class=reference><a href=#cite_note-x>[a]</a></sup>", "<div>", "</div>", "<span>", "</span>", "<b>", "</b>", "<i>", "</i>",
		"<table>", "</table>", "<tr>", "<td>", "</td>", "</tr>", "<h2>", "</h2>", "See also", "In 1990 x. ", "text ", "<dl>", "<dt>", "</dt>", "<dd>", "</dd>",
		"<br>", "<div class=mw-parser-output>", "<blockquote>", "</blockquote>", "<cite>", "</cite>", "<em>", "</em>", "<center>", "</center>", "<section>", "</section>",
		"<main>", "</main>", "<h3>", "</h3>", "References", "<style>x</style>", "<img>", "<!-- c -->", "<form>", "<font>", "</font>", "<nobr>", "</nobr>", "<p>", "</p>", "<a href=/wiki/Y>", "<li>", "<p>", "<span>", "<a>", "</a>", "<svg>", "<math>", "<mi>", "<object>", "<marquee>", "<select>", "<option>", "<textarea>", "<pre>", "\n", "<caption>", "<th>", "<tbody>", "<col>", "<hr>", "<body lang=fr>", "<html lang=de>", "<title>T</title>", "<h1 id=firstHeading>H</h1>", "<div id=mw-content-text>", "<article>", "</article>", "<p/>", "<a/>", "</br>", "<frameset>", "<template>", "</template>", "<plaintext>", "<noscript>", "</noscript>", "<ol class=references><li id=cite_note-x>n</li></ol>", "<h2>Notes</h2>", "<dl>", "<dd>"}
	var rng *rand.Rand
	fails := 0
	for seed := 1; seed < 3; seed++ {
		rng = rand.New(rand.NewSource(int64(seed)))
		for iter := 0; iter < 3000; iter++ {
			var b strings.Builder
			if rng.Intn(2) == 0 {
				b.WriteString("<!DOCTYPE html>")
			}
			b.WriteString("<html><body>")
			n := 5 + rng.Intn(90)
			for i := 0; i < n; i++ {
				b.WriteString(vocab[rng.Intn(len(vocab))])
			}
			s := b.String()
			whole, _ := readHTML([]byte(s), 1<<30, 1<<30)
			pieces, _ := readHTML([]byte(s), 1, 1)
			if !reflect.DeepEqual(whole, pieces) {
				fails++
				if fails < 4 {
					t.Errorf("%q:\nwhole  %+v\npieces %+v", s, whole, pieces)
				}
			}
		}
	}
}
