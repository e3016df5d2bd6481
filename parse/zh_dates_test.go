package parse

import (
	"reflect"
	"strings"
	"testing"

	"github.com/annals-tui/annals/model"
)

// zhWhens runs the Chinese scanner over s after a sentence dated anchor
// ("" for none) and returns each date's EDTF.
func zhWhens(t *testing.T, s, anchor string) []string {
	t.Helper()
	var a model.Date
	if anchor != "" {
		var err error
		if a, err = model.ParseEDTF(anchor); err != nil {
			t.Fatal(err)
		}
	}
	var out []string
	for _, dm := range findZhDates(s, a, nil) {
		out = append(out, dm.date.EDTF())
	}
	return out
}

func TestZhDateForms(t *testing.T) {
	cases := []struct {
		name, s, anchor string
		want            []string
	}{
		{"day", "他于2001年4月9日抵达上海", "", []string{"2001-04-09"}},
		{"month", "2005年12月,工厂开工", "", []string{"2005-12"}},
		{"year", "1888年,铁路通车", "", []string{"1888"}},
		{"numeral year", "一八九五年条约签订", "", []string{"1895"}},
		{"numeral zero", "二〇一一年十二月大桥竣工", "", []string{"2011-12"}},
		{"numeral day", "一九七六年十月六日事件结束", "", []string{"1976-10-06"}},
		{"full-width digits", "１９９８年洪水", "", []string{"1998"}},
		{"bare month takes the year", "3月,双方会谈", "1990", []string{"1990-03"}},
		{"bare day takes the year", "7月15日,代表团离开", "1921-05", []string{"1921-07-15"}},
		{"bare month without a year", "3月,双方会谈", "", nil},
		{"span 至", "1914年至1918年欧洲大战", "", []string{"1914/1918"}},
		{"span 从…到 with one 年", "从1911到1927年的动荡", "", []string{"1911/1927"}},
		{"span BC without 公元", "战争(前260年—前256年)持续", "", []string{"-0259/-0255"}},
		{"span month end takes the year", "1937年7月至12月战事激烈", "", []string{"1937-07/1937-12"}},
		{"until now", "2015年6月至今担任馆长", "", []string{"2015-06"}},
		{"since until now", "自2008年至今未变", "", []string{"2008"}},
		{"life still going", "张三(1962年3月2日—),作家", "", []string{"1962-03-02"}},
		{"list sharing 年", "1901、1905、1911年三次起义", "", []string{"1901", "1905", "1911"}},
		{"two sharing 年", "(2010、2014年当选)", "", []string{"2010", "2014"}},
		{"BC era", "公元前338年改革失败", "", []string{"-0337"}},
		{"AD era", "公元8年王莽称帝", "", []string{"0008"}},
		{"century", "19世纪,港口兴起", "", []string{"18XX"}},
		{"century numerals", "十九世纪末期", "", []string{"18XX"}},
		{"century traditional", "16世紀的地圖", "", []string{"15XX"}},
		{"century end", "18世纪末开始交流", "", []string{"17XX"}},
		{"century BC", "公元前3世纪的铜器", "", []string{"-02XX"}},
		{"decade in century", "20世纪70年代经济增长", "", []string{"197X"}},
		{"decade numerals", "二十世纪五十年代", "", []string{"195X"}},
		{"decade alone", "九十年代初期", "", []string{"199X"}},
		{"decade of a year", "1920年代的电影", "", []string{"192X"}},
		{"next year", "次年,他回国", "1936", []string{"1937"}},
		{"following year", "翌年春天", "1712-05", []string{"1713"}},
		{"next year after a span", "次年,条约签订", "1939/1945", []string{"1946"}},
		{"back then is vague", "当年的码头", "1930", nil},
		{"same year", "同年,协议生效", "1954-02-01", []string{"1954"}},
		{"same year month", "同年9月,会议召开", "1954-02", []string{"1954-09"}},
		{"same month", "同月,双方签约", "1983-08-02", []string{"1983-08"}},
		{"same month day", "同月27日,战役结束", "1949-05", []string{"1949-05-27"}},
		{"relative needs a date", "次年,他回国", "", nil},
		{"approximate", "约1650年建成", "", []string{"1650~"}},
		{"glued name", "2016年8月王五访问东京", "", []string{"2016-08"}},
		{"two dates", "生于1901年5月3日和1920年2月7日两次", "", []string{"1901-05-03", "1920-02-07"}},
		{"duration", "前后历经43年", "", nil},
		{"duration 共", "共14年", "", nil},
		{"duration numerals", "统治了十四年", "", nil},
		{"long duration", "长达1200年的传统", "", nil},
		{"count of people", "约7000余人参加", "", nil},
		{"count of countries", "与183个国家建交", "", nil},
		{"iso timestamp", "2021-03-04 10:11:12", "", nil},
		{"month of counts", "三个月后", "1950", nil},
		{"three-digit duration", "这座桥已有800年来的历史", "", nil},
		{"three-digit year", "汉朝于220年灭亡", "", []string{"0220"}},
		{"bare day takes the month", "24日,军队入城", "1900-08", []string{"1900-08-24"}},
		{"bare day needs a month", "24日,军队入城", "1900", nil},
		{"day count", "3日内完成", "1900-08", nil},
		{"BC span with one 年", "(前221—前207年)", "", []string{"-0220/-0206"}},
		{"dash span with one 年", "1914—1918年的战争", "", []string{"1914/1918"}},
		{"top ten is no year", "前100名", "", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := zhWhens(t, c.s, c.anchor); !reflect.DeepEqual(got, c.want) {
				t.Errorf("%q: got %q, want %q", c.s, got, c.want)
			}
		})
	}
}

// The phrase of each date is the expression itself, inside the sentence.
func TestZhPhrase(t *testing.T) {
	s := "早在1840年英国舰队北上"
	dms := findZhDates(s, model.Date{}, nil)
	if len(dms) != 1 || s[dms[0].start:dms[0].end] != "1840年" {
		t.Fatalf("got %+v", dms)
	}
	s = "秦王(前246年—前210年在位)"
	dms = findZhDates(s, model.Date{}, nil)
	if len(dms) != 1 || !strings.HasPrefix(s[dms[0].start:], "前246年—前210年") {
		t.Fatalf("got %+v", dms)
	}
}

func TestDetectScript(t *testing.T) {
	cases := map[string]string{
		"中德两国于二十世纪建立关系,贸易往来频繁。":                            "zh",
		"兩國關係在十九世紀開始。":                                     "zh",
		"Belgium and China established relations in 1971.": "",
		"Xi Jinping (习近平) visited Brussels in March 2014.": "",
		"": "",
		"《共产党宣言》(Manifest der Kommunistischen Partei)出版于1848年": "zh",
	}
	for s, want := range cases {
		if got := DetectScript(s); got != want {
			t.Errorf("DetectScript(%q) = %q, want %q", s, got, want)
		}
	}
}
