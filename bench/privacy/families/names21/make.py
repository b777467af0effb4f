#!/usr/bin/env python3
"""Family records for the twenty-first session's person names (issue 18): Han and Hangul names under role keys with common single
surnames and the two-character ones, names followed by words of their line, initials after role keys and cue phrases (positives);
and what is no person: places, teams and groups under role keys, everyday words that open with a surname, Chinese and Korean log
lines and chat without names, and an adversarial list of values that each open with a listed surname (place names, products,
brands, common nouns) under role keys, one key each. Every name and value is made up or a common word; seeded, so the file is the
same on every run. Usage: python3 bench/privacy/families/names21/make.py (writes records.jsonl beside it)."""
import json, os, random

random.seed(21)
han_sur = list("黄周马何许叶程范方高于余钟金石付白江段雷龙史顾毛严武向康洪乔赖施牛樊殷庞齐葛柳伍章鲁聂翟倪岳温兰王李张刘陈杨赵吴孙朱胡郭徐林罗郑梁谢宋唐韩冯邓曹彭曾肖董袁潘蒋蔡杜苏魏吕丁沈姚卢姜崔谭陆汪廖贾夏韦邹孟熊秦邱尹薛侯陶黎贺郝龚邵钱戴莫孔汤") + ["欧阳","司马","上官","诸葛","东方","皇甫","尉迟","公孙","慕容","令狐","司徒","夏侯"]
han_given = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰萍鹏辉建国文斌宇浩凯秀梅琳晨欣怡子轩雨涵博晓东海波飞红燕志鑫佳慧婷")
ko_sur = list("이최정강조장임한오서신권안송전유고문양손배백허남심노하성차주우구민진지채원천방공현함변염여추도소석선설마길연위표명기반왕금옥") + ["남궁","선우","제갈","독고","황보"]
ko_given = ["민준","서연","지훈","하은","도윤","지우","서준","수아","예준","지민","현우","윤서","건우","채원","우진","지아","민서","준호","은지","성민","영희","철수","동현","수빈","재현","혜진","승민","유진","태현","다은"]
keys = ["owner: {}", "assignee: {}", "reporter={}", "\"owner\": \"{}\"", "{{\"assignee\": \"{}\"}}", "owner={} level=info", "assignee: {} (on call)", "owner={} ticket 4821", "reporter: {}", "approver={}"]
pos=[]
for i in range(150):
    if random.random()<0.5:
        s=random.choice(han_sur); g="".join(random.choice(han_given) for _ in range(random.choice([1,2] if len(s)==1 else [1,2])))
    else:
        s=random.choice(ko_sur); g=random.choice(ko_given) if len(s)==1 else random.choice(ko_given)[random.choice([0,1]):] if False else random.choice(ko_given)[:random.choice([1,2])]
    name=s+g
    pos.append((random.choice(keys).format(name), name))
# Latin forms with initials and trailing text
lat_sur=["Smith","Petrov","Kowalski","Nguyen","García","Okafor","Müller","Tanaka","Ivanova","Haddad"]
cyr=["Петров","Иванова","Сидоров","Смирнова","Кузнецов"]
for i in range(40):
    form=random.choice(["Owner: {s} {a}.{b}.","assignee={s} {a}.{b}.","{{\"owner\": \"{s} {a}.\"}}","contact: {s} {a}.","escalated to {a}. {s}","paged {a}.{b}. {s} at 10:02","Owner: {c} {ca}.{cb}.","owner: {a}. {s}"])
    s=random.choice(lat_sur); c=random.choice(cyr); a,b=random.sample("ABDEJKLMNRST",2); ca,cb=random.sample("АВДЕИКЛМНС",2)
    text=form.format(s=s,a=a,b=b,c=c,ca=ca,cb=cb)
    if "{c}" in form: name=f"{c} {ca}.{cb}."
    elif form.startswith("escalated"): name=f"{a}. {s}"
    elif form.startswith("paged"): name=f"{a}.{b}. {s}"
    elif "{a}. {s}" in form: name=f"{a}. {s}"
    elif "{a}.{b}." in form: name=f"{s} {a}.{b}."
    else: name=f"{s} {a}."
    pos.append((text,name))
neg_values=["张江机房","北京数据中心","上海集群","数据库组","运维部","支付团队","平台小组","深圳机房","杭州园区","김포센터","플랫폼팀","인프라본부","데이터그룹","결제팀","서울센터","판교지사","SRE Team","platform-oncall","db-team","payments-sre","方法","程序","马上","周期","黄色告警","任务调度","高可用","严重","余额","金额","向量","许可证","范围","方案","安全组","정상","장애","조회","서비스","이미지","안정성","조회수","신규","전송","한국어","오류율","권한이","최대값","임계값","Team Alpha","Ops Rota","Platform B.","Cluster A.","Site B.","Team C."]
negkeys=["owner: {}","\"owner\": \"{}\"","owner={}","assignee: {}","{{\"assignee\": \"{}\"}}","contact: {}"]
neg=[]
for v in neg_values:
    for k in random.sample(negkeys,2):
        neg.append(k.format(v))
logs_zh=["2026-12-07 10:00:01 WARN 黄色告警 触发 阈值 90%","方法调用失败: 程序异常退出","请马上处理 周期任务 超时","安全检查 通过","高可用 切换 完成","严重: 余额 不足","任务调度 失败 重试 3 次","程序 崩溃, 段错误","向量 索引 重建 完成","许可证 即将 过期","范围 查询 超时","方案 已 批准","白名单 更新","金额 校验 失败","周报 已 发送","马上 回滚","何时 恢复?","叶子节点 不可达","温度 过高 告警","江苏 机房 断电","龙头 服务 降级","钟表 同步 失败: NTP","毛刺 检测: 延迟 峰值","顾客 投诉 增加","付款 接口 超时","石油 行业 客户","段落 解析 错误","雷达 图 渲染 失败","史上 最高 QPS","万一 失败 请 回滚","武器 库 模块 加载"]
logs_ko=["전체 서버 정상","장애 발생: 조회 실패","한국 리전 서버 신규 배포 안내","전송 실패 재시도","이미지 빌드 실패","서비스 재시작 완료","정상화 완료","안정성 점검 예정","조회수 급증","오류율 상승: 5%","권한이 없습니다","최대값 초과","임계값 도달","신규 노드 추가","한국어 로케일 설정","강제로 종료됨","임시로 비활성화","유효성 검사 실패","성공률 99.9%","방화벽 규칙 변경","명령어 실행 실패","심각도: 높음","구성도 업데이트","진단서 생성","우선순위 변경","지연율 증가","공지사항 게시","표준화 작업 완료","차이점 분석","원인은 디스크 부족"]
chat=["오늘 배포는 취소합니다","정상 동작 확인했습니다","장애 원인 분석 중입니다","这个问题 马上 处理","方法 已经 修改 了","程序 已 重启","明天 周期 任务 会 跑","先 看 一下 日志","回滚 完成 了","조회 쿼리 느림"]
for l in logs_zh+logs_ko+chat:
    neg.append(l)

vals="黄金交易 周报系统 高速缓存 金山云 石墨文档 白山云 江苏移动 龙芯 万达 严选 武汉节点 向日葵 温控 康养 洪流 齐鲁 鲁班 岳麓 兰州节点 叶子 程序组 方舟 范式 许可服务 钟馗 高德 金蝶 马蜂窝 余额宝 付费墙 段位 雷神 史诗 顾家 毛坯 任务中心 何处 于是 施工 柳叶刀 章鱼 聂耳 翟 倪 程控 方正 高新 江南 白鹭 石化 金牛 王府井 李宁 张家界 陈列 杨浦 赵家 吴江 孙悟空 朱雀 胡同 郭店 徐汇 林场 罗湖 郑州 梁山 谢幕 宋城 唐山 韩国 冯 邓 曹溪 彭湖 曾经 肖像 董事会 袁 潘 蒋 蔡 杜邦 苏宁 魏 吕 丁香 沈阳节点 姚 卢湾 姜 崔 谭 陆家嘴 汪 廖 贾 夏令时 韦 邹 孟买 熊猫 秦岭 邱 尹 薛 侯 陶 黎明 贺卡 郝 龚 邵 钱包 戴尔 莫斯科 孔雀 汤臣 이커머스 정산팀 정산 장바구니 조직개편 전자결제 신용카드 안드로이드 한글판 오픈소스 서울리전 권한관리 송금 고객센터 문자발송 유저 성능팀 배민 백엔드 노티 하나은행 주문서 구글 민원 진도 지도서비스 방송 공항 현대카드 변경관리 도커 소셜 선물하기 설정 마케팅 연구소 위키 표준 명세 기획팀 반품 왕십리 금융 옥션 이커머스팀 정보보호 장바구니팀 조달청 전산실 신한은행 안랩 한화 오라클 최적화팀 강남점 임대 송파 권역 서초동 고양시 문래동 유통 성수동 배송 백화점 노원 하남시 곽 구로 민팃 진주 지하철 채용 원격근무 천안 방배 공덕 현장 함께 변동 염창 여의도 추천 도봉 소공 석촌 선릉 설빙 마곡 길동 연남 위메프 표준화팀 명동 기술지원 반포 왕복 금천 옥수 인천 맹 제주 모바일 탁송".split()
advkeys = ['owner: {}', '"owner": "{}"', 'assignee={}', '{{"assignee": "{}"}}', 'reporter: {}']
records = []
for i, (t, name) in enumerate(pos):
    s = t.index(name)
    family = "initials" if name[0].isascii() or name[0] in "АВДЕИКЛМНСПИСК" and "." in name else ("han" if "\u4e00" <= name[0] <= "\u9fff" else "hangul")
    records.append({"id": "n21-p%03d" % i, "text": t + "\n", "entities": [{"type": "PERSON", "start": s, "end": s + len(name)}], "family": family, "source": "synthetic/twentyfirst"})
for i, t in enumerate(neg):
    records.append({"id": "n21-n%03d" % i, "text": t + "\n", "entities": [], "family": "near-miss", "source": "synthetic/twentyfirst"})
for i, v in enumerate(vals):
    records.append({"id": "n21-a%03d" % i, "text": advkeys[i % len(advkeys)].format(v) + "\n", "entities": [], "family": "near-miss-adversarial", "source": "synthetic/twentyfirst"})
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "records.jsonl"), "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(records), "records")
