package markup

import (
	"maps"
	"strings"
	"testing"
)

// tagAttrsPlain is tagAttrs without its fast path: the regexp on every tag.
func tagAttrsPlain(tag string) map[string]string {
	out := map[string]string{}
	for _, m := range reAttr.FindAllStringSubmatch(tag, -1) {
		out[strings.ToLower(m[1])] = strings.TrimSpace(m[2] + m[3] + m[4])
	}
	return out
}

func TestTagAttrsMatchesTheRegexpOnEveryTag(t *testing.T) {
	tags := []string{
		"<ref>", "<ref >", "<ref/>", "<ref />", "<references>", "<ref\n>",
		`<ref name="a b">`, `<ref name='x' group="note">`, "<ref name=bare/>",
		`<ref NAME = "Up" />`, `<ref group=n name="Smith 2001">`, "<ref name=>",
		`<ref name="unclosed>`, "<ref =>", `<ref data-x="1=2">`,
	}
	for _, tag := range tags {
		got, want := tagAttrs(tag), tagAttrsPlain(tag)
		if !maps.Equal(got, want) {
			t.Errorf("tagAttrs(%q) = %v, the regexp reads %v", tag, got, want)
		}
	}
	if got := tagAttrs(`<ref name="Smith 2001" group=note>`); got["name"] != "Smith 2001" || got["group"] != "note" {
		t.Errorf("a named, grouped reference reads as %v", got)
	}
}
