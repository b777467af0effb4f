"""Names for unseen14: Latin-script names of 20 cultures, Cyrillic names of Bulgarian, Serbian, Macedonian, Belarusian and Russian
people in the forms official documents use, Korean names in Hanja, Japanese names with their kana reading, Chinese names in pinyin
with tone marks, and Javanese and Baybayin script transliterated by rule from romanised names (no native reader checked them)."""

S = str.split

LATIN = {
    # culture: (given names, family names, how a full name is put together)
    "nahuatl": (S("Xóchitl Citlali Itzel Tonatiuh Cuauhtli Yaretzi Meztli Ollin Yaotl Nezahualli"),
                S("Cuautle Popoca Xicoténcatl Tecuatl Tlatelpa Ixtlapale Tepoztecatl Ocotlán"), "gf"),
    "zapotec": (["Guie'", "Xquenda", "Nisadó", "Biulú", "Beeu", "Xhunaxi", "Bidxi", "Guendaxheela"],
                ["Matus Orozco", "Toledo Regalado", "Pineda Cabrera", "Gallegos Vicente", "López Luis", "Santiago Cruz"], "gf"),
    "garifuna": (S("Marcelina Sabino Aurelia Teófilo Wanda Efraín Dorotea Celestino"),
                 S("Guity Satuyé Bernárdez Arzú Lambey Suazo Zapata Valerio"), "gf"),
    "papiamento": (S("Shurandy Jurickson Gisette Ruthmilda Jairzinho Ivette Giandro Sheraina"),
                   S("Martina Rosalia Girigorie Juliana Isenia Pietersz Sulvaran Wawoe Lourens"), "gf"),
    "tetum": (S("Ermelinda Domingos Aurélio Filomena Zeferino Natalina Jacinto Olinda"),
              ["Ximenes", "Guterres", "da Costa Soares", "Belo", "Sarmento", "Tilman", "Pereira Amaral", "Mau Berek"], "gf"),
    "luo": (S("Achieng Atieno Awuor Adhiambo Ouma Otieno Odhiambo Ochieng Akinyi Onyango Omondi"),
            S("Okoth Owino Oduor Ogola Omolo Okello Ochola Anyango Odongo Wasonga"), "gf"),
    "maasai": (S("Nashipae Lemayian Naserian Saitoti Sironka Naini Kipeno Nalangu Lesian Tipilit"),
               ["ole Sankale", "ole Kisemei", "Tipape", "ole Nkoitoi", "Parsimei", "ole Kaelo", "Leshan", "Koikai", "Mpaayei"], "gf"),
    "fula": (S("Hawa Mamadou Kadiatou Oumou Amadou Aissatou Boubacar Mariama Souleymane Djenabou Thierno"),
             S("Bâ Sow Diallo Barry Bah Baldé Kane Sy Dia Ly Sidibé Jallow"), "gf"),
    "bambara": (S("Seydou Fanta Bakary Kadidia Sékou Assétou Modibo Nana Drissa Lassana"),
                S("Traoré Keïta Coulibaly Diarra Konaté Dembélé Sangaré Doumbia Sissoko Samaké"), "gf"),
    "herero": (S("Kaera Uaendja Tjiuai Vetaruhe Kavezeri Mbaunguraije Ueriuka Karuaera Jaheva"),
               S("Tjikuua Kazonganga Katjiuongua Tjiriange Muharukua Kandjii Hengari Tjipueja Kaputu"), "gf"),
    "mizo": (S("Lalrinawma Zothanpuii Lalthlamuana Vanlalhriati Lalremsiami Zorinpuii Lalmuanpuia Lalbiakzuala Rohmingthangi"),
             S("Ralte Pachuau Hmar Sailo Khiangte Chhangte Fanai Renthlei Hnamte Tochhawng"), "gf"),
    "khasi": (S("Wanphrang Iaishah Bashaimon Synshai Kyrshan Ibadahun Wanshan Banteilang Dapbiang Ridalin"),
              ["Lyngdoh", "Kharkongor", "Marbaniang", "Nongrum", "Syiem", "Kharbuli", "Mawlong", "Nongkynrih", "Lyngdoh Nongbri", "Warjri"], "gf"),
    "batak": (S("Hotman Rotua Parulian Lamtiur Tumpal Rosmawati Marojahan Tiurma Sahat Dameria"),
              S("Sitompul Nainggolan Siregar Simanjuntak Sihombing Hutagalung Panjaitan Situmorang Lumbantobing Pardede"), "gf"),
    "minangkabau": (S("Yusnidar Rusli Nurhayati Afrizal Erlinda Zulkifli Desmawati Yulizar"),
                    ["Chaniago", "Piliang", "Koto", "Sikumbang", "Tanjung", "Jambak", "Sutan Malintang", "Guci"], "gf"),
    "acehnese": (["Teuku Ridwan", "Cut Fitriani", "Teungku Mahmud", "Teuku Safrizal", "Cut Rahmah", "Teuku Muzakkir", "Cut Nurul Aini"],
                 S("Hasballah Abdullah Ibrahim Daud Syahputra Usman Ishak"), "gf"),
    "yolngu": (S("Djäpirri Ŋalkanbuy Gawura Dhalulu Mätjarra Wäwa Yalmay Gapany Djawa Dhuwarrwarr"),
               S("Munuŋgurr Wanambi Marika Yunupiŋu Gumana Ganambarr Maymuru Wunuŋmurra Dhamarrandji Guyula"), "gf"),
    "karen": (["Saw Htoo Paw", "Naw Eh Ler", "Saw Kler Say", "Naw Paw Htoo", "Saw Ba Thein", "Naw Hser Wah", "Saw Tha Blay",
               "Naw Mu Mu", "Saw Eh Doh", "Naw Say Paw"], [], "one"),
    "aromanian": (["Ianula", "Tachi", "Steriu", "Vanghea", "Cola", "Mitica", "Hristu", "Zoița"],
                  S("Caragiani Pitrop Cuțova Bagavu Zuca Dzima Cușuli Nacu Tușa"), "gf"),
    "kashubian": (["Kòrnel", "Hana", "Jerzi", "Bòżena", "Brunon", "Zyta", "Maruszka", "Józef"],
                  S("Szczëpańsczi Lëbiszka Labùda Kòrth Trepczik Mùszka Dzëbiszewsczi Ptôch"), "gf"),
    "tuareg": ([], [], "tuareg"),
}
TUAREG_M = S("Mohamed Assalat Hadi Attaher Aghaly Intahet Alhousseini")
TUAREG_F = S("Fatimata Tina Mariam Takamat Lalla Aïcha Tanalher")
TUAREG_FATHER = S("Alhassane Ahmed Elmoctar Mohamed Ibrahim Assaleh Ghissa")

CULTURES = sorted(LATIN)


def latin(r, culture=None):
    """(given, family, full) for a Latin-script name; family may be '' for one-part names."""
    c = culture or r.choice(CULTURES)
    gs, fs, how = LATIN[c]
    if how == "one":
        n = r.choice(gs)
        return n, "", n
    if how == "tuareg":
        if r.random() < .5:
            g, f = r.choice(TUAREG_M), "ag " + r.choice(TUAREG_FATHER)
        else:
            g, f = r.choice(TUAREG_F), "walet " + r.choice(TUAREG_FATHER)
        return g, f, g + " " + f
    g, f = r.choice(gs), r.choice(fs)
    return g, f, g + " " + f


# ---------------------------------------------------------------------------------------------------------------- Cyrillic
CYR = {
    # lang: [(surnames, given names, patronymics) for men, the same for women]
    "bg": [(S("ПЕТКОВ ДИМИТРОВ ХРИСТОВ ЙОРДАНОВ"), S("Стоян Бойко Пламен Светослав"), S("Георгиев Николов Асенов")),
           (S("ГЕОРГИЕВА СТОЯНОВА ИЛИЕВА ТОДОРОВА"), S("Милена Цветелина Радостина Десислава"), S("Иванова Петрова Стефанова"))],
    "sr": [(S("ЈОВАНОВИЋ ПЕТРОВИЋ НИКОЛИЋ ЖИВКОВИЋ"), S("Драган Милош Небојша Предраг"), []),
           (S("ЂОРЂЕВИЋ СТОЈАНОВИЋ МАРКОВИЋ ЋИРИЋ"), S("Јелена Ивана Љиљана Снежана"), [])],
    "mk": [(S("ТРАЈКОВСКИ НИКОЛОВСКИ СТОЈАНОВСКИ ВЕЛЈАНОВСКИ"), S("Горан Дејан Зоран Благоја"), []),
           (S("ЃОРГИЕВСКА ЌОСЕВСКА ЈАНКУЛОВСКА"), S("Билјана Маја Ѕвезданка"), [])],
    "be": [(S("ЛУКАШЭВІЧ КАВАЛЁЎ КРАЎЧАНКА ЛЯВОНЧЫК"), S("Алесь Янка Андрэй Сяргей"), []),
           (S("ШЫМАНСКАЯ ДУБОЎСКАЯ КРАЎЧАНКА"), S("Алена Вольга Алеся"), [])],
    "ru": [(S("СМИРНОВ ПАНКРАТОВ ЕЛИСЕЕВ ЗАХАРЧЕНКО"), S("Глеб Тимофей Аркадий Всеволод"), S("Олегович Павлович Ильич")),
           (S("КОЗЛОВА ВОРОБЬЁВА ГРИГОРЬЕВА ЗАХАРЧЕНКО"), S("Марина Ульяна Варвара Злата"), S("Сергеевна Игоревна Андреевна Юрьевна"))],
}


def cyr_title(s):
    return s[0] + s[1:].lower()


def cyrillic(r, lang=None):
    """(SURNAME, Given, Patronymic or '', lang), one gender per name."""
    lang = lang or r.choice(sorted(CYR))
    sur, giv, pat = r.choice(CYR[lang])
    return r.choice(sur), r.choice(giv), (r.choice(pat) if pat else ""), lang


# ---------------------------------------------------------------------------------------------------------------- East Asian forms
HANJA = [("金敏俊", "김민준"), ("李瑞妍", "이서연"), ("朴志勳", "박지훈"), ("崔秀彬", "최수빈"), ("鄭允書", "정윤서"), ("姜賢宇", "강현우"),
         ("尹芝媛", "윤지원"), ("張東玄", "장동현"), ("韓藝璘", "한예린"), ("吳承宰", "오승재")]
FURIGANA = [("佐々木 陽菜", "ささき ひな"), ("高橋 蓮", "たかはし れん"), ("渡辺 結衣", "わたなべ ゆい"), ("伊藤 大翔", "いとう ひろと"),
            ("中村 美咲", "なかむら みさき"), ("小林 悠真", "こばやし ゆうま"), ("加藤 さくら", "かとう さくら"), ("吉田 陸", "よしだ りく"),
            ("松本 葵", "まつもと あおい"), ("井上 湊", "いのうえ みなと")]
PINYIN = [("Wáng", "Xiùyīng"), ("Lǐ", "Jūnhuī"), ("Zhāng", "Yǔtóng"), ("Liú", "Hàorán"), ("Chén", "Měilíng"), ("Yáng", "Zǐxuān"),
          ("Huáng", "Jìngyí"), ("Zhào", "Mínghuī"), ("Xú", "Ruòxī"), ("Sūn", "Lìhuá"), ("Lǚ", "Xīnyuè"), ("Guō", "Zhìqiáng")]
HAN = S("王秀英 李俊辉 张雨桐 刘浩然 陈美玲 杨子轩 黄静怡 赵明辉 徐若曦 孙丽华")
KANA_SURNAME = S("サトウ スズキ タナカ ヤマモト")


# ---------------------------------------------------------------------------------------------------------------- scripts by rule
JAV_C = {"ng": "ꦔ", "ny": "ꦚ", "dh": "ꦝ", "th": "ꦛ", "h": "ꦲ", "n": "ꦤ", "c": "ꦕ", "r": "ꦫ", "k": "ꦏ", "d": "ꦢ", "t": "ꦠ",
         "s": "ꦱ", "w": "ꦮ", "l": "ꦭ", "p": "ꦥ", "j": "ꦗ", "y": "ꦪ", "m": "ꦩ", "g": "ꦒ", "b": "ꦧ"}
JAV_V = {"a": "", "i": "ꦶ", "u": "ꦸ", "e": "ꦺ", "o": "ꦺꦴ"}
JAV_IND = {"a": "ꦄ", "i": "ꦆ", "u": "ꦈ", "e": "ꦌ", "o": "ꦎ"}
JAVANESE = [("Wulan", "Sari"), ("Budi", "Santoso"), ("Dewi", "Lestari"), ("Agus", "Setiawan"), ("Rini", "Susanti"),
            ("Bayu", "Widodo"), ("Sekar", "Wulandari"), ("Joko", "Purnomo"), ("Ratih", "Handayani"), ("Danang", "Kurniawan")]
BAY_C = {"ng": "ᜅ", "k": "ᜃ", "c": "ᜃ", "g": "ᜄ", "t": "ᜆ", "d": "ᜇ", "r": "ᜇ", "n": "ᜈ", "p": "ᜉ", "b": "ᜊ", "m": "ᜋ", "y": "ᜌ",
         "l": "ᜎ", "w": "ᜏ", "s": "ᜐ", "h": "ᜑ"}
BAY_V = {"a": "", "i": "ᜒ", "e": "ᜒ", "u": "ᜓ", "o": "ᜓ"}
BAY_IND = {"a": "ᜀ", "i": "ᜁ", "e": "ᜁ", "u": "ᜂ", "o": "ᜂ"}
TAGALOG = [("Dalisay", "Dimaculangan"), ("Ligaya", "Macaraeg"), ("Bayani", "Dimaano"), ("Mayumi", "Lacsamana"), ("Tala", "Magbanua"),
           ("Amihan", "Panganiban"), ("Luningning", "Malakas"), ("Makisig", "Dimagiba"), ("Tanglaw", "Gatdula"), ("Diwa", "Mangubat")]


def _translit(word, cons, vsign, vind, virama, finals=None, medial=None):
    w, out, i = word.lower(), "", 0
    while i < len(w):
        c2 = w[i:i + 2]
        c = c2 if c2 in cons else w[i]
        if c in "aeiou":
            out += vind[c]
            i += 1
            continue
        if c not in cons:
            i += 1
            continue
        j = i + len(c)
        nxt = w[j] if j < len(w) else ""
        if medial and nxt in medial and j + 1 < len(w) and w[j + 1] in "aeiou":
            out += cons[c] + medial[nxt] + vsign[w[j + 1]]
            i = j + 2
            continue
        if nxt in "aeiou" and nxt:
            out += cons[c] + vsign[nxt]
            i = j + 1
            continue
        fin = finals.get(c) if finals and (nxt == "" or nxt not in "aeiou") else None
        out += fin if fin else cons[c] + virama
        i = j
    return out


def javanese(given, family):
    f = lambda w: _translit(w, JAV_C, JAV_V, JAV_IND, "꧀", {"ng": "ꦁ", "r": "ꦂ", "h": "ꦃ"}, {"r": "ꦿ", "y": "ꦾ"})
    return f(given) + " " + f(family)


def baybayin(given, family):
    f = lambda w: _translit(w, BAY_C, BAY_V, BAY_IND, "᜔")
    return f(given) + " " + f(family)


# ---------------------------------------------------------------------------------------------------------------- other scripts (as written in those countries' own forms)
NONLATIN = {
    "姓名": HAN,
    "氏名": [a for a, _ in FURIGANA],
    "이름": [b for _, b in HANJA],
    "ФИО": ["Козлова Марина Сергеевна", "Смирнов Глеб Олегович", "Воробьёва Ульяна Игоревна", "Панкратов Тимофей Павлович"],
    "الاسم": ["فاطمة الزهراء بنعلي", "يوسف العلوي", "سلمى بن عمر", "عبد الرحيم التازي"],
    "שם": ["נועה לוי", "איתי כהן", "מאיה פרידמן", "עומר אזולאי"],
    "ชื่อ": ["สมชาย ใจดี", "กัลยา ศรีสุข", "ธนพล วงศ์ใหญ่", "ปิยะนุช แก้วมณี"],
    "όνομα": ["Ελένη Παπαδοπούλου", "Γιώργος Κωνσταντίνου", "Δήμητρα Αλεξίου", "Νίκος Βασιλείου"],
    "नाम": ["प्रिया शर्मा", "राहुल वर्मा", "अनीता यादव", "विकास चौधरी"],
    "নাম": ["রাকিব হাসান", "তাসলিমা আক্তার", "সুমন চৌধুরী", "নুসরাত জাহান"],
}
