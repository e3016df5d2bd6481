package markup

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// bracePairsPlain and linkPairsPlain are the matchers as maps: the oracle
// for the pairEnds they fill.
func bracePairsPlain(s string) map[int]int {
	pairs := map[int]int{}
	type open struct{ at, width int }
	var stack []open
	for i := 0; i+1 < len(s); {
		switch {
		case s[i] == '{' && s[i+1] == '{':
			w := 2
			if i+2 < len(s) && s[i+2] == '{' && !(i+3 < len(s) && s[i+3] == '{') {
				w = 3
			}
			stack = append(stack, open{i, w})
			i += w
		case s[i] == '}' && s[i+1] == '}' && len(stack) > 0:
			top := stack[len(stack)-1]
			w := 2
			if top.width == 3 && i+2 < len(s) && s[i+2] == '}' {
				w = 3
			}
			stack = stack[:len(stack)-1]
			pairs[top.at] = i + w
			i += w
		default:
			i++
		}
	}
	return pairs
}

func linkPairsPlain(s string) map[int]int {
	pairs := map[int]int{}
	var stack []int
	for i := 0; i+1 < len(s); {
		switch {
		case s[i] == '[' && s[i+1] == '[':
			stack = append(stack, i)
			i += 2
		case s[i] == ']' && s[i+1] == ']' && len(stack) > 0:
			pairs[stack[len(stack)-1]] = i + 2
			stack = stack[:len(stack)-1]
			i += 2
		default:
			i++
		}
	}
	return pairs
}

func TestPairEndsMatchTheMaps(t *testing.T) {
	texts := []string{
		"", "{{", "}}", "{{a}}", "{{{1}}}", "{{a|{{b}}|c}}", "{{{{x}}}}", "{{a}} {{b", "}} {{a}}",
		"[[a]]", "[[File:x.jpg|a [[b]] c]]", "[[a", "]] [[b]] [[", "{{a|[[b|{{c}}]]}}",
	}
	rng := rand.New(rand.NewPCG(1, 18))
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(60) {
			b.WriteByte("{}[]x|"[rng.IntN(6)])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		for _, m := range []struct {
			name  string
			got   pairEnds
			plain map[int]int
		}{{"braces", bracePairs(s), bracePairsPlain(s)}, {"links", linkPairs(s), linkPairsPlain(s)}} {
			if len(m.got) != len(m.plain) {
				t.Fatalf("%s of %q: %d pairs, the map has %d", m.name, s, len(m.got), len(m.plain))
			}
			for i := 0; i <= len(s); i++ {
				end, ok := m.got.get(i)
				want, wantOK := m.plain[i]
				if ok != wantOK || end != want {
					t.Fatalf("%s of %q at %d: %d %v, the map says %d %v", m.name, s, i, end, ok, want, wantOK)
				}
			}
		}
	}
}
