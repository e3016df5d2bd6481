package parse

import "testing"

func TestZZDebug(t *testing.T) {
	g := latinGrammars["fr"]
	text := "Les contacts diplomatiques remontent au début du XVIIIe siècle lorsque Pierre Ier de Russie a visité les Pays-Bas du Sud en 1717."
	var mem euMemory
	ws := splitWords(text)
	for i := range ws {
		j := g.runEnd(text, ws, i)
		if j > i {
			c, ok := g.nameOf(text, ws, i, j, nil, nil, &mem, "")
			t.Logf("run %q -> %q %v", text[ws[i].start:ws[j-1].end], c.name, ok)
		}
	}
}
