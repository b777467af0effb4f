namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>The surnames that open a name in Han or Hangul, and the shape the rest of the value must have. Lists are of the common
/// surnames by population (national census and registry rankings of China, Taiwan and Korea, and the commonest Japanese surnames'
/// first characters), written here as data. Many of these surnames are also the first character of an everyday word (Chinese 方法
/// method, 程序 program, 周期 period; Korean 정상 normal, 장애 failure, 서비스 service): the value must be a whole name — a surname, then
/// one or two characters of a given name (Hangul: syllables a given name uses) — not a listed word, and not end in a place's, a
/// team's or an organisation's word (机房 machine room, 中心 centre, 센터 centre, 팀 team).</summary>
internal sealed partial class PersonRecognizer
{
    // Single-character surnames of China, Taiwan and Korea in Han (simplified and traditional), about the hundred and thirty commonest,
    // and first characters of the commonest Japanese surnames (佐藤, 鈴木, 渡辺, 伊藤, 吉田, 松本, 斎藤, 高橋, 藤田, 岡田…). Left out:
    // characters that are chiefly a grammatical word or open too many technical words to read a value by (中 中间件, 小 小时, 文 文件,
    // 常 常见, 易, 申 申请, 加 加密, 清 清理).
    private const string HanSurnames =
        "王李张張刘劉陈陳杨楊赵趙吴吳孙孫朱胡郭徐林罗羅郑鄭梁谢謝宋唐韩韓冯馮邓鄧曹彭曾肖董袁潘蒋蔣蔡杜苏蘇魏吕呂丁沈姚卢盧姜崔谭譚陆陸汪廖贾賈夏韦韋"
        + "邹鄒孟熊秦邱尹薛侯陶黎贺賀郝龚龔邵钱錢戴莫孔汤湯"
        + "黄黃周马馬何高许許于余叶葉程任钟鍾鐘范金石付方白江闫閆段雷龙龍史顾顧毛万萬严嚴覃武向"
        + "康洪乔喬赖賴施牛樊殷庞龐齐齊葛柳伍章鲁魯聂聶翟倪岳温溫兰蘭"
        + "佐鈴渡伊吉松斎斉橋藤岡坂田井";

    // Two-character surnames of China and Korea (written in Han).
    private static readonly string[] HanCompoundSurnames =
    [
        "欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "尉迟", "尉遲", "公孙", "公孫", "慕容", "令狐", "夏侯",
        "司徒", "长孙", "長孫", "宇文", "轩辕", "軒轅", "独孤", "獨孤", "端木", "南宫", "南宮", "西门", "西門", "百里", "呼延", "澹台", "申屠",
        "鲜于", "鮮于", "钟离", "鍾離", "闻人", "聞人",
    ];

    // Everyday and technical words that open with a listed surname: the value is the word, not a name.
    private static readonly string[] HanSurnameWords =
    [
        "黄色", "黃色", "黄金", "周期", "周末", "周报", "周边", "周围", "周年", "周转", "周一", "周二", "周三", "周四", "周五", "周六", "周日",
        "马上", "馬上", "马达", "何时", "何处", "何种", "许可", "許可", "许多", "叶子", "叶节", "程序", "程度", "程式", "范围", "范例", "范式",
        "方法", "方案", "方式", "方向", "方面", "方便", "方差", "方框", "高级", "高級", "高可", "高危", "高峰", "高负", "高速", "高效", "高并",
        "高度", "高于", "高性", "高温", "高频", "高亮", "高端", "高层", "高压", "高清", "于是", "于此", "余额", "余量", "余数", "任务", "任務",
        "任意", "任何", "钟表", "金额", "金額", "金融", "石油", "付款", "付费", "白名", "白天", "白屏", "白盒", "白色", "白板", "江苏", "江西",
        "段错", "段落", "雷达", "龙头", "史上", "顾客", "顧客", "顾问", "毛刺", "毛利", "万一", "万能", "严重", "嚴重", "严格", "武汉", "武器",
        "向量", "向上", "向下", "向前", "向后", "温度", "溫度", "洪水", "施工", "齐全", "章节", "沈阳", "夏季", "孔径", "吉林", "康复",
        "鲁棒", "兰州", "宋体",
    ];

    // Common Korean surnames by population, about the sixty commonest, and the two-syllable ones.
    private const string HangulSurnames = "김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁";

    private static readonly string[] HangulCompoundSurnames = ["남궁", "선우", "제갈", "독고", "황보", "사공", "서문", "동방"];

    // Syllables of Korean given names: nearly every given name is two of these. A surname that also opens a common word (이미지
    // image, 서비스 service, 오류율 error rate) is read only before two of them.
    private const string HangulGivenSyllables =
        "각갑강건걸검겸경계고곤공관광교구국군궁권규균근금기길나난남녀년념노늘님다단달담당대덕도돈동두득라란람랑래려련렬령례록론뢰료룡루류륜률름릉리린"
        + "림마만말매맹면모목몽묘무묵미민박반방배백범법벽병보복봄봉분비빈빛사산삼상새샘생서석선설섭성세소솔솜송수숙순술숭슬승시식신실심아악안애야어억"
        + "언엄여역연열염엽영예오옥온완왕요욱용우운웅원월위유육윤율은음응익인일자작잔장재저정조족존종좌주죽준즙지직진집차찬창채천철청초촌총추춘충치칠탁"
        + "태택토팔평표풍필하학한할항해행향허헌혁현형혜호혼홍환활황회효후훈휘휴흠흥희힘";

    // Korean words of three syllables that open with a listed surname and whose other syllables a given name uses too (안정성
    // stability, 조회수 lookups, 이미지 image): a name's shape in every respect but its meaning.
    private static readonly string[] HangulSurnameWords =
    [
        "이미지", "이상치", "이중화", "이용자", "이관중", "이력서", "이벤트", "이메일", "정보가", "정상적", "정상화", "정의서", "정확도", "장애율", "장애가", "조회수",
        "조직도", "조건문", "전환율", "전달자", "전송량", "신뢰성", "신청서", "안정성", "안정적", "안전성", "안내문", "한국어", "한계치", "오류율", "오류가", "오프라",
        "최신화", "최적화", "최종본", "강제로", "임시로", "임계치", "송신자", "권한이", "고가용", "고객사", "문서화", "유효성", "유지보", "성공률", "성능이", "주의보",
        "주기적", "구성도", "진단서", "진행중", "지연율", "지표가", "방화벽", "공유기", "공지사", "선택지", "명령어", "우선순", "하위호", "심각도", "차이점", "원인은",
        "표준화", "서비스", "마스터", "도메인", "호스트", "모니터", "지금은", "오늘은", "어제는",
    ];

    // Last words of a place, a team or an organisation (machine room, centre, cluster, park, building, company, platform, system,
    // service, team, office, store, gateway).
    private static readonly string[] HanPlaceEndings =
    [
        "机房", "機房", "中心", "集群", "园区", "園區", "大厦", "大廈", "机柜", "機櫃", "分行", "公司", "平台", "系统", "系統", "服务", "服務",
        "团队", "團隊", "小组", "小組", "办公", "辦公", "大楼", "大樓", "仓库", "倉庫", "网关", "網關",
        // A company's kind of business or legal form after its name (securities, bank, group, technology, holdings, insurance,
        // shares, capital), as "Inc" or "GmbH" follows a Latin one.
        "证券", "證券", "银行", "銀行", "集团", "集團", "科技", "控股", "保险", "保險", "股份", "资本", "資本", "地产", "地產",
    ];

    // Last characters of a place, an office or a group: city, province, county, district, town, village, road, street, island, port,
    // station, bureau, hall, institute, office, shop, factory, store, network, department, section, team, room, company, agency.
    private static readonly System.Buffers.SearchValues<char> HanPlaceLast = System.Buffers.SearchValues.Create("州市省县縣区區镇鎮村路街岛島港站局厅廳院所店厂廠库庫网網部课課组組团團队隊室班社处處科司");

    // Last syllables of a place, an office or a group in Korean (team, department, room, division, unit, office, agency, city,
    // county, district, neighbourhood, branch): read after a surname that opens common words too.
    private static readonly System.Buffers.SearchValues<char> HangulPlaceLast = System.Buffers.SearchValues.Create("팀부실과단소청시군구동점");

    private static readonly string[] HangulPlaceEndings = ["센터", "본부", "그룹", "지점", "지사", "사업", "서버", "시스템", "클러스터", "플랫폼", "센타", "빌딩"];

    private static readonly System.Buffers.SearchValues<char> HanSurnameChars = System.Buffers.SearchValues.Create(HanSurnames);
    private static readonly System.Buffers.SearchValues<char> HangulSurnameChars = System.Buffers.SearchValues.Create(HangulSurnames);
    private static readonly System.Buffers.SearchValues<char> HangulGiven = System.Buffers.SearchValues.Create(HangulGivenSyllables);

    // Surnames read before a given name without more evidence, as before these lists grew: few everyday words open with them.
    private static readonly System.Buffers.SearchValues<char> PlainHangulSurnames = System.Buffers.SearchValues.Create("김박윤황홍곽류엄탁");

    /// <summary>Gets whether a Han or Hangul cell opens with a listed surname and is shaped as a whole name.</summary>
    internal static bool StartsWithListedSurname(ReadOnlySpan<char> cell) => SurnameShaped(cell);

    private static bool StartsWithSurname(string text, int start, int end) => SurnameShaped(text.AsSpan(start, end - start));

    /// <summary>Gets whether a value is a name in Han or Hangul by its surname: a listed surname (one character or two), then a given
    /// name of one or two characters (Han, two to five characters in all, as Japanese names may be) or syllables (Hangul, a blank after the
    /// surname allowed); not an everyday word that opens with a surname, and not a place's or a team's name.</summary>
    private static bool SurnameShaped(ReadOnlySpan<char> value)
    {
        if (value.Length < 2)
        {
            return false;
        }

        var script = ScriptOf(value[0]);
        if (script == Script.Han)
        {
            if (EndsWithAny(value, HanPlaceEndings) || StartsWithAny(value, HanSurnameWords))
            {
                return false;
            }

            var compound = StartsWithAny(value, HanCompoundSurnames);
            return !HanPlaceLast.Contains(value[^1]) && (compound ? value.Length is 3 or 4 : HanSurnameChars.Contains(value[0]) && value.Length is >= 2 and <= 5);
        }

        if (script != Script.Hangul || EndsWithAny(value, HangulPlaceEndings) || StartsWithAny(value, HangulSurnameWords))
        {
            return false;
        }

        var surname = StartsWithAny(value, HangulCompoundSurnames) ? 2 : HangulSurnameChars.Contains(value[0]) ? 1 : 0;
        if (surname == 0)
        {
            return false;
        }

        if (value.Length <= surname)
        {
            return false;
        }

        // Korean names are a surname and a given name of two syllables (one or two after a blank or a two-syllable surname).
        var blank = value[surname] == ' ' ? 1 : 0;
        var given = value[(surname + blank)..];
        if (given.Length is < 1 or > 2 || surname == 1 && blank == 0 && given.Length != 2 || given.ContainsAnyExceptInRange('\uac00', '\ud7a3'))
        {
            return false;
        }

        // A surname that opens common words too needs a given name of given-name syllables, the last not a place's or a group's.
        return surname == 2 || PlainHangulSurnames.Contains(value[0]) || !given.ContainsAnyExcept(HangulGiven) && !HangulPlaceLast.Contains(given[^1]);
    }

    private static bool StartsWithAny(ReadOnlySpan<char> value, string[] words)
    {
        foreach (var word in words)
        {
            if (value.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> value, string[] words)
    {
        foreach (var word in words)
        {
            if (value.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
