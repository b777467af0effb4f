#!/usr/bin/env python3
"""Family records for the twenty-second session's person names (issue 18): lists of names after role keys (、 , ; / and 和 및),
more keys and layouts (owners:, members:, cc:, 处理人=, 值班:, YAML items under a role key, a key/value table row, a surname and
its initial after a cue), Korean names before job titles, a Han name written with a blank, and names found once with evidence and
said again bare later in the same text (positives); and what is no person: lists of teams, services and places after role keys,
titles and words before titles, the same keys before team and system values, and bare names never found with evidence. Every
name and value is made up; written out by hand, so the file is the same on every run.
Usage: python3 bench/privacy/families/names22/make.py (writes records.jsonl beside it)."""
import json, os

P = []  # (text, [names in order of appearance, each found at its next occurrence], family)
def pos(text, names, family):
    P.append((text, names, family))

# 1. Lists after role keys
pos("owner: 张伟、李娜、王芳\n", ["张伟", "李娜", "王芳"], "list")
pos("owners: 刘建华; 陈静; 赵磊\n", ["刘建华", "陈静", "赵磊"], "list")
pos("负责人：周杰和吴敏\n", ["周杰", "吴敏"], "list")
pos("담당자: 김민준 및 이서연\n", ["김민준", "이서연"], "list")
pos("reviewers: Anna Kowalski, Tomás Ruiz and Li Wei\n", ["Anna Kowalski", "Tomás Ruiz", "Li Wei"], "list")
pos("assignee: Priya Deshpande, and Oleksandr Bondar\n", ["Priya Deshpande", "Oleksandr Bondar"], "list")
pos("owner: 黄晓东 / 林婷\n", ["黄晓东", "林婷"], "list")
pos("reviewer: Fatima Haddad & Jonas Berg\n", ["Fatima Haddad", "Jonas Berg"], "list")
# 2. More keys and layouts
pos("处理人=张伟\n", ["张伟"], "keys")
pos("值班: 李娜\n", ["李娜"], "keys")
pos("cc: 王芳\n", ["王芳"], "keys")
pos("owners: 郭涛\n", ["郭涛"], "keys")
pos("members: 박지훈\n", ["박지훈"], "keys")
pos("escalated to Smith J.\n", ["Smith J."], "keys")
pos("escalated to Nguyen V.\n", ["Nguyen V."], "keys")
pos("owner: 张 伟\n", ["张 伟"], "keys")
pos("owner: 马 丽娟\n", ["马 丽娟"], "keys")
# 3. Korean names before titles
pos("담당자: 김민준 과장\n", ["김민준"], "korean-title")
pos("이서연 대리님 confirmed the fix\n", ["이서연"], "korean-title")
pos("이준 팀장이 확인함\n", ["이준"], "korean-title")
pos("박지훈님 승인 완료\n", ["박지훈"], "korean-title")
pos("최유진 책임연구원 참석\n", ["최유진"], "korean-title")
pos("장동현 부장께 보고\n", ["장동현"], "korean-title")
# 4. A name found once with evidence, said again bare
pos("owner: 张伟\n张伟 restarted the db at 10:02\n", ["张伟", "张伟"], "spread")
pos("reviewer: Anna Kowalski\n10:05 Anna Kowalski rolled back the deploy\n", ["Anna Kowalski", "Anna Kowalski"], "spread")
pos("assignee: 김민준\n11:20 김민준 restarted nginx\n", ["김민준", "김민준"], "spread")
pos("Reported by: Oleksandr Bondar\nping (Oleksandr Bondar) again\n", ["Oleksandr Bondar", "Oleksandr Bondar"], "spread")
pos("负责人：刘建华\n已通知 刘建华 , 等待回复\n", ["刘建华", "刘建华"], "spread")
pos("Исполнитель: Иван Петров\nИван Петров перезапустил сервис\n", ["Иван Петров", "Иван Петров"], "spread")

N = [
    # lists of teams, services and places after role keys
    "owners: payments, search and billing\n", "reviewers: Search Platform, Payments Team and Deploy Bot\n", "members: SRE, DBA and NOC\n",
    "owner: Berlin, Paris and London\n", "owner: 运维组、数据库组\n", "owners: 플랫폼팀, 결제팀\n", "owner: ops team / db team\n",
    # titles and words before titles
    "선생님께 문의하세요\n", "이사님 승인 필요\n", "차장님 확인\n", "고객님 문의 접수\n", "이사장님 방문 예정\n", "관리자님 확인 바랍니다\n",
    "담당자님 회신 부탁\n", "정상 처리 완료\n",
    # the same keys before team and system values
    "处理人=系统\n", "值班: 运维组\n", "cc: 方法\n", "escalated to Tier B.\n", "escalated to Route A.\n", "members: 서비스\n",
    "cc: payments-oncall\n",
    # bare names never found with evidence
    "张伟 restarted the db\n", "10:05 rolled back by deploy bot\n", "Spring Boot restarted, Spring Boot ok\n",
]

records = []
for i, (text, names, family) in enumerate(P):
    entities, at = [], 0
    for name in names:
        s = text.index(name, at)
        entities.append({"type": "PERSON", "start": s, "end": s + len(name)})
        at = s + len(name)
    records.append({"id": "n22-p%03d" % i, "text": text, "entities": entities, "family": family, "source": "synthetic/twentysecond"})
for i, text in enumerate(N):
    records.append({"id": "n22-n%03d" % i, "text": text, "entities": [], "family": "near-miss", "source": "synthetic/twentysecond"})
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "records.jsonl"), "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(records), "records")
