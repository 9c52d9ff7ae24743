/// Traditional → Simplified conversion for the characters that matter in fiscal disclosures.
///
/// Mirror sites serve disclosures in Traditional characters. This is a character map, not a
/// full converter: it holds 930 one-to-one pairs covering the vocabulary's terms (經費,
/// 預算, 決算, 車輛購置, 運行維護, 會議, 培訓, 採購, 資產, 總計 …), the names of provinces and
/// regions, and common report words. Only characters that are exclusively Traditional forms are
/// mapped, so Simplified text passes through unchanged (著, 乾, 藉, 瞭 are left alone because
/// Simplified text uses them too).
package enum TraditionalChinese {
    /// Pairs of Traditional then Simplified characters, concatenated.
    private static let pairs: [String] = [
        "並并佔占來来係系個个們们備备傭佣傳传債债僕仆價价儀仪億亿儉俭償偿優优儲储兌兑兒儿內内兩两則则剛刚創创劃划劇剧劉刘劑剂勁劲",
        "動动務务勞劳勢势勵励勸劝匯汇區区協协卹恤卻却厭厌厲厉參参叢丛吳吴員员問问喪丧單单嗎吗嚮向嚴严國国圍围圓圆圖图團团執执堅坚",
        "報报場场塊块塗涂塵尘墊垫壇坛壓压壞坏壟垄壩坝壯壮壺壶夢梦夥伙奪夺奮奋婁娄婦妇嬰婴孫孙學学實实寧宁審审寫写寬宽寶宝將将專专",
        "尋寻對对導导屆届層层屬属崑昆崗岗嶄崭嶺岭巖岩帥帅師师帳帐帶带幣币幫帮幹干幾几庫库廟庙廠厂廢废廣广廳厅張张彈弹彙汇彥彦後后徑径",
        "從从復复徵征徹彻恆恒悅悦惡恶惱恼愛爱愜惬態态慘惨慣惯慶庆憂忧憑凭憲宪懇恳應应懷怀懸悬戰战戲戏戶户拋抛捲卷掛挂採采揚扬揮挥",
        "損损搶抢撥拨撫抚擁拥擇择擊击擔担據据擠挤擬拟擴扩擺摆攜携攝摄攤摊敗败敵敌數数斂敛斃毙斬斩斷断於于時时晉晋晝昼暈晕暢畅暫暂",
        "曆历曉晓曠旷書书會会東东條条棄弃棟栋棲栖楊杨業业極极榮荣構构槍枪槓杠樁桩樂乐樓楼標标樞枢樣样樸朴橋桥機机檔档檢检檯台櫃柜",
        "櫥橱欄栏權权歐欧歡欢歲岁歷历歸归殘残殺杀毀毁氣气氫氢決决沒没況况涼凉淨净減减湊凑準准溝沟溫温溼湿滄沧滅灭滬沪滯滞滲渗滾滚",
        "滿满漁渔漢汉漲涨漸渐漿浆潔洁潛潜潤润澆浇澤泽濁浊濃浓濕湿濟济濤涛濫滥濰潍濱滨瀋沈瀏浏瀕濒瀝沥灑洒灘滩灣湾灤滦災灾為为烏乌",
        "烴烃無无煉炼煙烟煩烦熱热燈灯燒烧燙烫營营燦灿燭烛爐炉爭争爲为爺爷爾尔牆墙牘牍牽牵犖荦犢犊犧牺狀状猶犹獄狱獎奖獨独獲获獵猎",
        "獸兽獻献玀猡現现瑣琐瑪玛璣玑環环璽玺瓊琼甕瓮產产甦苏畝亩畢毕畫画異异當当疊叠瘡疮療疗癒愈癢痒癱瘫發发皺皱盃杯盜盗盞盏盡尽",
        "監监盤盘盧卢眾众睏困睜睁瞞瞒矚瞩矯矫碩硕確确碼码礎础礙碍礦矿祿禄禍祸禎祯禦御禪禅禮礼禱祷稅税稈秆種种稱称穀谷穌稣積积穩稳",
        "穫获窩窝窮穷窯窑窺窥竄窜竅窍竊窃競竞筆笔筍笋節节範范築筑篩筛簍篓簡简簽签籃篮籌筹籤签糞粪糧粮糾纠紀纪約约紅红紋纹納纳紐纽",
        "純纯紗纱紙纸級级紛纷紡纺細细紹绍終终組组結结絕绝絡络給给統统絲丝綁绑經经綜综綠绿維维綱纲網网綴缀緊紧緒绪線线緝缉締缔緣缘",
        "編编緩缓練练緻致縣县縫缝縮缩縱纵總总績绩織织繕缮繩绳繪绘繫系繳缴繼继續续纏缠纖纤纜缆缽钵罈坛罰罚罵骂罷罢羅罗羥羟羨羡義义",
        "習习聖圣聞闻聯联聰聪聲声聳耸職职聽听肅肃脅胁脫脱脹胀腎肾腦脑腳脚膚肤膠胶膩腻膽胆臉脸臟脏臨临臺台與与興兴舉举舊旧艙舱艦舰",
        "艱艰艷艳芻刍莊庄莖茎華华萬万葉叶葦苇葷荤蒞莅蓋盖蔔卜蔣蒋蕩荡蕭萧薦荐薩萨藍蓝藝艺藥药蘆芦蘇苏蘊蕴蘋苹蘭兰處处虛虚號号虧亏",
        "蝕蚀蝦虾螢萤蟲虫蠟蜡蠶蚕衆众衊蔑術术衛卫衝冲裏里補补裝装裡里製制複复褲裤襪袜襲袭見见規规視视親亲覺觉覽览觀观訂订計计訊讯",
        "討讨訓训託托記记訪访設设許许訴诉診诊註注詐诈評评詞词詢询試试詩诗話话該该詳详誇夸誌志認认語语誠诚誤误說说誰谁課课調调談谈",
        "請请論论諮咨諸诸諾诺謀谋謄誊講讲謝谢謠谣證证識识譜谱譯译議议護护譽誉讀读變变讒谗讓让讖谶讚赞豈岂豎竖豐丰豬猪貓猫貝贝貞贞",
        "負负財财貢贡貧贫貨货販贩貪贪貫贯責责貯贮貴贵貶贬買买貸贷費费貼贴貿贸賀贺賃赁賄贿資资賈贾賑赈賓宾賜赐賞赏賠赔賣卖賤贱賦赋",
        "質质賬账賭赌賴赖賺赚購购賽赛贈赠贊赞贏赢贓赃贖赎趕赶趙赵趨趋跡迹踐践蹟迹蹤踪躍跃軀躯車车軋轧軌轨軍军軒轩軟软軸轴較较載载",
        "輓挽輔辅輕轻輛辆輝辉輩辈輪轮輯辑輸输輿舆轄辖轉转轎轿轟轰辦办辭辞辮辫辯辩農农迴回這这連连週周進进運运過过達达違违遙遥遞递",
        "遠远適适遲迟遷迁選选遺遗遼辽邁迈還还邊边邏逻郵邮鄉乡鄒邹鄧邓鄭郑鄰邻鄲郸醜丑醞酝醫医醬酱釀酿釋释釘钉針针鈔钞鈕钮鈴铃鉀钾",
        "鉅巨鉛铅鉤钩銀银銅铜銘铭銜衔銳锐銷销鋁铝鋅锌鋒锋鋪铺鋼钢錄录錘锤錢钱錦锦錫锡錯错錶表鍊炼鍋锅鍍镀鍛锻鍵键鍾钟鎂镁鎊镑鎖锁",
        "鎢钨鎮镇鏈链鏟铲鏡镜鐘钟鐳镭鐵铁鑄铸鑑鉴鑒鉴鑰钥鑲镶長长門门閃闪閉闭開开閑闲閒闲間间閘闸閣阁閥阀閨闺閩闽閱阅閻阎闆板闊阔",
        "闖闯關关闡阐陝陕陣阵陰阴陳陈陸陆陽阳隊队階阶隕陨際际隨随險险隱隐隴陇隸隶隻只雋隽雖虽雙双雛雏雜杂雞鸡離离難难雲云電电霧雾",
        "霽霁靂雳靈灵靜静韆千韋韦韌韧韓韩韻韵響响頁页頂顶項项順顺須须頌颂預预頑顽頒颁頓顿頗颇領领頭头頰颊頸颈頹颓頻频顆颗題题額额",
        "顏颜願愿類类顧顾顫颤顯显顱颅風风颱台颳刮颶飓飄飘飛飞飯饭飲饮飼饲飽饱飾饰餃饺餅饼養养餓饿餘余館馆餵喂饑饥饒饶馬马馮冯駁驳",
        "駐驻駕驾駛驶駱骆騎骑騙骗騰腾驅驱驕骄驗验驚惊驟骤驢驴骯肮髒脏體体髖髋髮发鬆松鬍胡鬚须鬢鬓鬥斗鬧闹鬱郁魚鱼魯鲁魷鱿鮮鲜鯉鲤",
        "鯨鲸鱗鳞鳥鸟鳳凤鳴鸣鴉鸦鴨鸭鴻鸿鴿鸽鵝鹅鶴鹤鷹鹰鹵卤鹹咸鹼碱鹽盐麗丽麥麦麵面麼么黃黄點点黨党黴霉齊齐齒齿齡龄龍龙龜龟",
    ]

    /// Traditional scalar value → Simplified scalar (all keys lie in U+4E00–U+9FFF).
    package static let simplified: [UInt32: Unicode.Scalar] = {
        var map: [UInt32: Unicode.Scalar] = [:]
        map.reserveCapacity(930)
        for chunk in pairs {
            var iterator = chunk.unicodeScalars.makeIterator()
            while let traditional = iterator.next(), let simple = iterator.next() {
                map[traditional.value] = simple
            }
        }
        return map
    }()

    /// The map as a flat table over U+4E00–U+9FFF (0 = no mapping), where all its keys lie:
    /// one array load per character instead of a hash lookup.
    package static let table: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0xA000 - 0x4E00)
        for (key, value) in simplified where key >= 0x4E00 && key < 0xA000 {
            table[Int(key) - 0x4E00] = value.value
        }
        return table
    }()

    /// The Simplified form of `scalar`, or `scalar` itself.
    @inline(__always)
    package static func simplify(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value >= 0x4E00 && value < 0xA000 {
            let mapped = table[Int(value) - 0x4E00]
            return mapped == 0 ? scalar : Unicode.Scalar(mapped) ?? scalar
        }
        return scalar
    }

    /// Bit `i` set where U+4E00 + `i` has an entry in ``table``: 2.6 KB, so that testing the
    /// usual character (Simplified, or the same in both scripts) stays in the first-level cache.
    package static let mappedBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: (0xA000 - 0x4E00) / 64)
        for (offset, mapped) in table.enumerated() where mapped != 0 {
            bits[offset >> 6] |= 1 << UInt64(offset & 63)
        }
        return bits
    }()

    /// The Simplified form of the scalar value `value`, or `value` itself, looked up in `table`
    /// and `bits` (the contents of ``table`` and ``mappedBits``, which a loop over many
    /// characters fetches once).
    @inline(__always)
    static func simplify(_ value: UInt32, in table: UnsafeBufferPointer<UInt32>, bits: UnsafeBufferPointer<UInt64>) -> UInt32 {
        let offset = Int(truncatingIfNeeded: value &- 0x4E00)
        guard value >= 0x4E00 && value < 0xA000, bits[offset >> 6] & (1 << UInt64(offset & 63)) != 0 else {
            return value
        }
        return table[offset]
    }
}
