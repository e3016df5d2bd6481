package parse

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// syntheticZhArticle writes about size bytes of made-up Chinese article text:
// headings, dates of every precision, spans, lists, centuries, relative
// dates, counts that are not dates, citations and titled names.
func syntheticZhArticle(size int) []byte {
	rng := rand.New(rand.NewPCG(3, 7))
	people := []string{"国务院总理赵六", "外交部长钱七", "国家主席孙八", "大使威廉·格莱斯顿", "首相李九"}
	places := []string{"上海", "广州", "天津", "布鲁塞尔", "柏林", "安特卫普"}
	sentences := []func(y int) string{
		func(y int) string {
			return fmt.Sprintf("%d年%d月%d日,%s访问%s并签署协定", y, 1+rng.IntN(12), 1+rng.IntN(28), people[rng.IntN(len(people))], places[rng.IntN(len(places))])
		},
		func(y int) string { return fmt.Sprintf("从%d到%d年,两国没有外交关系", y, y+3+rng.IntN(9)) },
		func(y int) string {
			return fmt.Sprintf("%d世纪,传教士抵达%s", y/100+1, places[rng.IntN(len(places))])
		},
		func(y int) string {
			return fmt.Sprintf("同年%d月,%s回国", 1+rng.IntN(12), people[rng.IntN(len(people))])
		},
		func(y int) string {
			return fmt.Sprintf("%d、%d年,贸易额增长,共有%d余人参加", y, y+2, 100+rng.IntN(9000))
		},
		func(y int) string {
			return fmt.Sprintf("公元前%d年—前%d年战争持续", 300+rng.IntN(100), 200+rng.IntN(50))
		},
		func(int) string { return "双方讨论了安全、投资和人权问题" },
	}
	return writeArticle(size, rng, sentences, "== 第%d时期的关系 ==\n", "。", "")
}

func BenchmarkParseZh20MB(b *testing.B) {
	src := syntheticZhArticle(20 << 20)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		tl, err := Parse(src, Options{Source: "zh.txt"})
		if err != nil || len(tl.Events) == 0 {
			b.Fatal(err, "no events")
		}
	}
}
