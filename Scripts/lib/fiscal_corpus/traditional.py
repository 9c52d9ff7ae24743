"""Mirror-site rendering (VOCABULARY §6 f): Traditional characters with pinyin inserted.

Mirror sites re-publish disclosures through a converter that turns Simplified into Traditional
characters and, on some sites, inserts the pinyin of a character after it: 经费 becomes
經(jīng)費(fèi). The tables below cover the characters the corpus uses; characters without an
entry are kept as they are (many are the same in both scripts).
"""

import random

# Simplified -> Traditional, as pairs.
_PAIRS = (
    "经經 费費 务務 车車 运運 维維 护護 购購 预預 决決 总總 项項 员員 财財 拨撥 国國 团團 组組 辆輛 "
    "关關 机機 会會 议議 训訓 较較 减減 无無 说說 况況 门門 单單 县縣 区區 卫衛 访訪 监監 资資 规規 "
    "划劃 乡鄉 设設 审審 计計 统統 环環 态態 质質 术術 药藥 检檢 验驗 编編 实實 离離 数數 额額 类類 "
    "济濟 产產 发發 为為 与與 个個 专專 业業 执執 职職 责責 构構 级級 织織 规規 划劃 农農 层層 "
    "来來 对對 这這 该該 开開 险險 险險 疗療 卫衛 险險 动動 劳勞 导導 领領 创創 应應 几幾 门門 "
    "录錄 报報 备備 处處 简簡 览覽 页頁 时時 间間 里裏 过過 还還 进進 选選 过過 迁遷 齐齊 "
    "岁歲 价價 础礎 补補 贴貼 内內 归歸 于於 据據 细細 结結 余餘 转轉 调調 后後 "
    "给給 际際 险險 兴興 庄莊 阳陽 乐樂 庆慶 绵綿 宝寶 凤鳳 湖湖 泽澤 乌烏 晋晉 镇鎮 "
    "沁沁 孟孟 浏瀏 长長 沙沙 渝渝 门門 苏蘇 浙浙 吴吳 锡錫 义義 华華 芜蕪 江江 赣贛 "
    "陕陝 鸡雞 坊坊 霸霸 涿涿 泉泉 德德 焦焦 油油 阴陰 昆崑 "
    "万萬 亿億 千千 元元 计計 预預 汇匯 状狀 严嚴 节節 约約 厉厲 压壓 缩縮 属屬 "
    "达達 标標 绩績 效效 称稱 从從 认認 识識 险險 图圖 书書 证證 条條 规規 环環 "
    "举舉 办辦 满滿 确確 给給 务務 币幣 现現 状狀 录錄 问問 题題 让讓 众眾 "
    "营營 销銷 馈饋 装裝 换換 旧舊 废廢 负負 协協 医醫 体體 变變 将將 权權 险險 "
)
_S2T = {}
for _pair in _PAIRS.split():
    if len(_pair) == 2:
        _S2T[_pair[0]] = _pair[1]
_S2T["后"] = "後"

# Pinyin (with tone marks) keyed by the Traditional form.
_PINYIN = {
    "經": "jīng", "費": "fèi", "務": "wù", "車": "chē", "運": "yùn", "維": "wéi", "護": "hù",
    "購": "gòu", "置": "zhì", "預": "yù", "算": "suàn", "決": "jué", "總": "zǒng", "項": "xiàng",
    "目": "mù", "員": "yuán", "財": "cái", "政": "zhèng", "撥": "bō", "款": "kuǎn", "國": "guó",
    "團": "tuán", "組": "zǔ", "輛": "liàng", "關": "guān", "機": "jī", "會": "huì", "議": "yì",
    "訓": "xùn", "較": "jiào", "減": "jiǎn", "無": "wú", "說": "shuō", "明": "míng", "況": "kuàng",
    "門": "mén", "單": "dān", "位": "wèi", "公": "gōng", "用": "yòng", "接": "jiē", "待": "dài",
    "出": "chū", "境": "jìng", "支": "zhī", "收": "shōu", "入": "rù", "基": "jī", "本": "běn",
    "人": "rén", "次": "cì", "批": "pī", "年": "nián", "度": "dù", "部": "bù", "情": "qíng",
    "信": "xìn", "息": "xī", "開": "kāi", "局": "jú", "委": "wěi", "衛": "wèi", "生": "shēng",
    "健": "jiàn", "康": "kāng", "教": "jiào", "育": "yù", "安": "ān", "全": "quán", "監": "jiān",
    "督": "dū", "管": "guǎn", "理": "lǐ", "資": "zī", "源": "yuán", "規": "guī", "劃": "huà",
    "統": "tǒng", "計": "jì", "審": "shěn", "司": "sī", "法": "fǎ", "環": "huán", "態": "tài",
    "編": "biān", "制": "zhì", "實": "shí", "有": "yǒu", "數": "shù", "額": "é", "類": "lèi",
    "增": "zēng", "加": "jiā", "少": "shǎo", "上": "shàng", "比": "bǐ", "同": "tóng",
    "持": "chí", "平": "píng", "項": "xiàng", "業": "yè", "其": "qí", "中": "zhōng",
    "合": "hé", "行": "xíng", "政": "zhèng", "退": "tuì", "休": "xiū", "離": "lí",
}

# Characters pinyin is never inserted after (digits, units and punctuation stay readable).
_NO_PINYIN = set("0123456789.,，。；：、（）()%％０１２３４５６７８９萬元億千")


def to_traditional(text):
    """Returns `text` with the mapped Simplified characters replaced by Traditional ones."""
    return "".join(_S2T.get(ch, ch) for ch in text)


def insert_pinyin(text, rng, rate=0.45):
    """Inserts "(pinyin)" after some characters of `text` that have a known reading.

    Only characters of `_PINYIN` get a reading; `rate` is the chance per such character.
    Numbers and units are never touched, so the figures stay the same.
    """
    out = []
    for ch in text:
        out.append(ch)
        reading = _PINYIN.get(ch)
        if reading and ch not in _NO_PINYIN and rng.random() < rate:
            out.append("(" + reading + ")")
    return "".join(out)


def mirror_text(text, rng, with_pinyin=True):
    """Converts `text` the way a mirror site does: Traditional, optionally with pinyin."""
    converted = to_traditional(text)
    return insert_pinyin(converted, rng) if with_pinyin else converted


_T2S = {}
for _s, _t in _S2T.items():
    _T2S.setdefault(_t, _s)


def to_simplified(text):
    """Undoes `mirror_text` for the characters the corpus uses: strips pinyin, maps back."""
    import re

    text = re.sub(r"\([a-zü\u00e0-\u01dc\u0300-\u036f]+\)", "", text)
    return "".join(_T2S.get(ch, ch) for ch in text)
