package parse

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/markup"
)

func zhDoc(title string, links []string, paras ...string) *markup.Doc {
	doc := &markup.Doc{Title: title, Links: links}
	for _, p := range paras {
		kind := markup.Paragraph
		if h, ok := strings.CutPrefix(p, "# "); ok {
			kind, p = markup.Heading, h
		}
		doc.Blocks = append(doc.Blocks, markup.Block{Kind: kind, Text: p})
	}
	return doc
}

func zhEvent(t *testing.T, tl *model.Timeline, edtf string) model.Event {
	t.Helper()
	for _, e := range tl.Events {
		if e.Date.EDTF() == edtf {
			return e
		}
	}
	t.Fatalf("no event %s in %d events", edtf, len(tl.Events))
	return model.Event{}
}

func TestZhSentenceIsTheSentence(t *testing.T) {
	tl := Extract(zhDoc("测试", nil, "港口于1843年开放[2]。次年,洋行陆续设立。商会成立于1902年！[3][4]当时情况如何？1911年发生变化。"), "t")
	if got := zhEvent(t, tl, "1843"); got.Text != "港口于1843年开放。" || !reflect.DeepEqual(got.Citations, []int{2}) {
		t.Errorf("1843: text %q cites %v", got.Text, got.Citations)
	}
	if got := zhEvent(t, tl, "1844"); got.Text != "次年,洋行陆续设立。" {
		t.Errorf("1844: text %q", got.Text)
	}
	if got := zhEvent(t, tl, "1902"); got.Text != "商会成立于1902年！" || !reflect.DeepEqual(got.Citations, []int{3, 4}) {
		t.Errorf("1902: text %q cites %v", got.Text, got.Citations)
	}
	if got := zhEvent(t, tl, "1911"); got.Text != "1911年发生变化。" {
		t.Errorf("1911: text %q", got.Text)
	}
}

func TestZhMaintenanceMarkIsNoCitation(t *testing.T) {
	tl := Extract(zhDoc("测试", nil, "據說城牆建於1368年[來源請求]。"), "t")
	if e := zhEvent(t, tl, "1368"); len(e.Citations) != 0 {
		t.Errorf("citations %v, want none", e.Citations)
	}
}

func TestZhBareDayTakesTheParagraphsYear(t *testing.T) {
	tl := Extract(zhDoc("测试", nil, "1875年5月,使团出发。8月3日,使团抵达伦敦。"), "t")
	if e := zhEvent(t, tl, "1875-08-03"); !strings.HasPrefix(e.Text, "8月3日") {
		t.Errorf("text %q", e.Text)
	}
}

func TestZhPageChromeIsNoEvent(t *testing.T) {
	tl := Extract(zhDoc("测试", nil, "2023-05-06 07:08:09", "更新时间:2023年5月6日", "本页面最后修订于2023年5月6日。", "大学创办于1898年。"), "t")
	if len(tl.Events) != 1 || tl.Events[0].Date.EDTF() != "1898" {
		t.Fatalf("events %v", tl.Events)
	}
}

func TestZhTailSectionsAreNotProse(t *testing.T) {
	tl := Extract(zhDoc("测试", nil, "大学创办于1898年。", "# 参考文献", "王五.校史.2004年出版。"), "t")
	if len(tl.Events) != 1 {
		t.Fatalf("events %v", tl.Events)
	}
}

func TestZhPeople(t *testing.T) {
	cases := []struct {
		name string
		doc  *markup.Doc
		edtf string
		want []string
	}{
		{"title and name", zhDoc("测试", nil, "1994年3月,国务院总理赵六会见外宾。"), "1994-03", []string{"赵六"}},
		{"traditional title", zhDoc("測試", nil, "1994年3月,國務院總理趙六會見外賓。"), "1994-03", []string{"趙六"}},
		{"name named earlier", zhDoc("测试", nil, "外交部长钱七出席会议。1996年,钱七访问欧洲。"), "1996", []string{"钱七"}},
		{"transliteration", zhDoc("测试", nil, "首相威廉·格莱斯顿上台。1880年,格莱斯顿推行改革。"), "1880", []string{"威廉·格莱斯顿"}},
		{"four-character transliteration", zhDoc("测试", nil, "1793年,英国使节马戛尔尼抵达。船长伊拉斯谟的船队于1794年返航。"), "1794", []string{"伊拉斯谟"}},
		{"linked page with a family name", zhDoc("测试", []string{"孙中山", "广州"}, "1924年,孙中山在广州创办军校。"), "1924", []string{"孙中山"}},
		{"linked place with a family name", zhDoc("测试", []string{"江苏省", "金门", "唐朝"}, "1949年,金门发生战役,唐朝旧址。"), "1949", nil},
		{"biography subject", zhDoc("周八", nil, "周八(1950年1月2日—),作家。1972年进入工厂工作。"), "1972", []string{"周八"}},
		{"biography without a title", zhDoc("", nil, "吴十(1888年—1960年),画家。1925年,他赴法国。"), "1925", []string{"吴十"}},
		{"no biography without a year", zhDoc("", nil, "长城(古代工程),很长。1925年,修缮。"), "1925", nil},
		{"no biography of a dynasty", zhDoc("", nil, "隋朝(581年—619年),统一南北。605年,开凿运河。"), "0605", nil},
		{"no person", zhDoc("测试", nil, "1877年4月,公使馆落成。"), "1877-04", nil},
		{"office without a name", zhDoc("测试", nil, "1958年,书记处书记会议召开。"), "1958", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := zhEvent(t, Extract(c.doc, "t"), c.edtf).People; !reflect.DeepEqual(got, c.want) {
				t.Errorf("people %q, want %q", got, c.want)
			}
		})
	}
}

func TestZhNumberedLineIsProse(t *testing.T) {
	tl := Extract(zhDoc("测试", nil, "# 2. 变法时期(前356年—前338年)", "改革推行。"), "t")
	zhEvent(t, tl, "-0355/-0337")
}

func FuzzZhDates(f *testing.F) {
	for _, s := range []string{"1991年3月3日", "前230年—前221年", "从1860到1903年", "1858、1859、1860年", "二〇〇九年十月",
		"20世纪80年代", "同年11月", "(1953年6月15日—)", "公元前3世纪", "十九世紀末", "约1900年", "１９９８年"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, dm := range findZhDates(s, model.YearDate(1900), nil) {
			if dm.start < 0 || dm.start >= dm.end || dm.end > len(s) {
				t.Fatalf("%q: phrase [%d,%d)", s, dm.start, dm.end)
			}
			if dm.date.Start.Year > dm.date.End.Year {
				t.Fatalf("%q: %s starts after it ends", s, dm.date.EDTF())
			}
		}
		tl := Extract(zhDoc("测试", nil, s), "t")
		for _, e := range tl.Events {
			if e.Phrase.Start > e.Phrase.End || e.Phrase.End > len(e.Text) {
				t.Fatalf("%q: phrase %v outside %q", s, e.Phrase, e.Text)
			}
		}
	})
}

// A large Chinese article read in chunks on every core gives the events
// that one pass gives, relative dates at chunk edges included.
func TestZhChunksMatchOnePass(t *testing.T) {
	t.Parallel()
	var paras []string
	for i := range 400 {
		paras = append(paras, fmt.Sprintf("%d年%d月,外交部长钱七访问柏林[%d]。同年,双方签约。", 1800+i%200, 1+i%12, i+1))
	}
	doc := zhDoc("测试", nil, paras...)
	one := Extract(doc, "t")
	many := extract(doc, Options{Source: "t", ChunkBytes: 2000})
	if len(one.Events) != 800 || !reflect.DeepEqual(one.Events, many.Events) {
		t.Fatalf("one pass %d events, chunks %d, or they differ", len(one.Events), len(many.Events))
	}
}

// A ruler named by dynasty and temple or posthumous name is a person; a
// dynasty before a word that only looks like one ("宋代宗教", Song-dynasty
// religion) or a bare "清帝" is not.
func TestChineseRulersArePeople(t *testing.T) {
	src := "王朝史\n\n汉武帝在位时期国力强盛。公元前141年，汉武帝即位。\n\n" +
		"唐太宗与魏征议政。627年，唐太宗改元贞观。\n\n" +
		"宋代宗教兴盛。1100年，宋代宗教人士增多。\n\n清帝退位后，1912年民国成立。\n"
	tl, err := Parse([]byte(src), Options{Source: "rulers.txt"})
	if err != nil {
		t.Fatal(err)
	}
	got := map[int][]string{}
	for _, e := range tl.Events {
		got[int(e.Date.Start.Year)] = e.People
	}
	if !slices.Contains(got[-140], "汉武帝") {
		t.Errorf("141 BC: %v, want 汉武帝", got[-140])
	}
	if !slices.Contains(got[627], "唐太宗") {
		t.Errorf("627: %v, want 唐太宗", got[627])
	}
	if len(got[1100]) > 0 || len(got[1912]) > 0 {
		t.Errorf("1100: %v, 1912: %v: no one is named", got[1100], got[1912])
	}
}

// rulersPlain is rulers with each character decoded as usual: the oracle
// of the hand-decoded loop.
func rulersPlain(t string) map[string]string {
	z := &zhPeople{full: map[string]string{}}
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		if zhDynasties.has(r) && size == 3 {
			if n := rulerName(t[i+size:]); n > 0 {
				z.add(t[i : i+size+n])
			}
		}
		i += size
	}
	return z.full
}

func FuzzRulers(f *testing.F) {
	for _, s := range []string{"汉武帝即位", "唐太宗与宋代宗教", "\xe5汉光武帝", "秦始皇、秦二世", "清帝"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		z := &zhPeople{full: map[string]string{}}
		z.rulers(s)
		if want := rulersPlain(s); !reflect.DeepEqual(z.full, want) {
			t.Fatalf("%q: rulers %v, plainly %v", s, z.full, want)
		}
	})
}
