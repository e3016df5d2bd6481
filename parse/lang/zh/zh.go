// Package zh is the Chinese language pack (simplified and traditional
// characters): data only. The Chinese date scanner (parse/zh_*.go) reads it.
package zh

import "github.com/annals-tui/annals/parse/lang"

// Pack is Chinese.
var Pack = &lang.Pack{
	Name: "zh",
	// Longer titles first is not needed: the scanner takes the longest match.
	Titles: []string{
		"国家主席", "國家主席", "国务院总理", "國務院總理", "总理", "總理", "主席", "总书记", "總書記",
		"外交部长", "外交部長", "部长", "部長", "总统", "總統", "首相", "国王", "國王", "女王", "皇帝", "皇后",
		"公使", "大使", "领事", "領事", "总督", "總督", "将军", "將軍", "元帅", "元帥", "省长", "省長",
		"市长", "市長", "书记", "書記", "委员长", "委員長", "秦王", "太子", "王子", "公主", "亲王", "親王",
		"教皇", "传教士", "傳教士", "首脑", "首腦", "副总理", "副總理", "议长", "議長", "宰相", "丞相",
		"商人", "船长", "船長", "参赞", "參贊", "领袖", "領袖", "元首", "主教", "神父", "教授", "博士", "先生", "女士",
	},
	NameStops:   "于於在和与與及同对對将將把被的了是为為访訪会會说說到去出率等也又曾已即就便从從向给給让讓并並任以因由所其之而或与但则則后後前上下中内外年月日时時期间間派统統称稱发發建立成死去世投降起义義处處馆館团團府院厅廳局署所部会會",
	ChromeWords: []string{"更新时间", "更新時間", "发布时间", "發佈時間", "发表时间", "來源:", "来源:", "来源：", "最后修订", "最後修訂", "浏览次数", "阅读量"},
	TailHeadings: map[string]bool{
		"参考文献": true, "參考文獻": true, "外部链接": true, "外部連結": true, "参见": true, "參見": true,
		"注释": true, "註釋": true, "参考资料": true, "參考資料": true, "延伸阅读": true, "延伸閱讀": true,
	},
	NextYear:      []string{"次年", "翌年", "明年", "第二年"},
	SameYear:      []string{"同年", "是年"}, // not 当年: as often "back then"
	SameMonth:     []string{"同月"},
	UntilNow:      []string{"至今", "迄今"},
	RangeWords:    []string{"至", "到", "—", "－", "–", "-", "～", "~"},
	AfterDuration: []string{"来", "來", "之久", "之内", "之內", "以来", "以來", "内", "內", "间", "間", "后", "後", "前", "多"},
	PlaceSuffixes: "省市县縣区區州岛島国國城镇鎮村路街港湾灣部会會党黨军軍院校学學寺宫宮殿庙廟朝代门門关關桥橋站场場园園楼樓塔府战戰役变變案约約盟期",
	Surnames:      "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯习習温溫胡江朱李乔喬",
	// A ruler named by dynasty and temple or posthumous name: 秦始皇,
	// 秦二世, 唐太宗, 宋徽宗, 汉武帝, 隋炀帝 (zh_people.go).
	Born:        []string{"出生", "生于", "生於", "诞生", "誕生"},
	Dynasties:   "秦汉漢晋晉隋唐宋元明清魏蜀吴吳齐齊梁陈陳周商夏辽遼金",
	RegnalHeads: "太高世圣聖成仁英神徽钦欽孝光宁寧理度中睿玄肃肅代德宪憲穆敬文武宣懿僖昭哀惠景顺順定兴興熹章和安桓灵靈献獻炀煬恭简簡平元明哲宪",
	Durations:   []string{"共", "长达", "長達", "历时", "歷時", "为期", "為期", "达", "達", "近", "逾", "经过", "經過"},
}
