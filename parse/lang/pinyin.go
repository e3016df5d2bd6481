package lang

// PinyinSurnames are the commonest Chinese family names in pinyin, which
// French, Dutch and German articles write before the given name: "Xi
// Jinping", "Li Keqiang". With a given name that reads as pinyin
// syllables after it, one makes a person's name that no list of European
// first names holds.
var PinyinSurnames = Words(`Bai Bo Cai Cao Chen Cheng Dai Deng Ding Dong Du Duan Fan Fang Feng Fu Gao Gong Gu Guan
Guo Han Hao He Hou Hu Hua Huang Ji Jia Jiang Jin Kang Kong Lei Li Liang Liao Lin Liu Long Lu Luo Lü Ma Mao
Meng Pan Peng Qian Qiao Qin Qiu Ren Rong Shen Shi Song Su Sun Tan Tang Tian Wan Wang Wei Wen Wu Xi Xia Xiao
Xie Xu Xue Yan Yang Yao Ye Yi Yin Yu Yuan Zeng Zhang Zhao Zheng Zhou Zhu Zou`)
