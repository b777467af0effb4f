#!/usr/bin/env python3
"""Writes records.jsonl: secrets told in prose and chat with no key name before them (English and eleven other languages), tokens
alone on a line below a sentence that gives them, and near-misses of the same shapes that must stay visible. The secret is marked
[[like this]] in the sources below; every value was made up for this set.
  python3 bench/privacy/prose22/make.py      (then: bench/privacy/score-set.sh prose22 DLL)"""
import json
import os
import re

SECRETS = {
    "p_english": [
        "try [[hunter2!x]] for the admin login",
        "use [[Tr0ub4dor&3]] to log in to grafana, it expires friday",
        "creds are bob / [[Xk9#mPq2]]",
        "I reset your password this morning. I reset it to [[Wq8!zR2p]], please change it",
        "ok I rotated it to [[Bv5%Nq2Lk]] just now",
        "[[Qz7v-K2mX]] is the new staging db password",
        "creds for the bastion: ops / [[Rt4$Yp9Lw]]",
        "login is deploy:[[Mk3!Zx8Vq]] until we move to sso",
        "hey, can you log in with [[Zp6@Kd2Fs]] on the console and check?",
        "temp account created, try [[Welc0me!Feb26]] for the first login",
        "changed the password for svc-backup, changed it to [[Hq2#Lm7Pz]]",
    ],
    "p_languages": [
        "das Passwort ist [[Kx7!pQ2m]]",
        "Das neue Datenbankpasswort lautet jetzt [[Rt5#vB8n]], bitte nicht weitergeben",
        "le mot de passe est [[Jh6@wE3r]]",
        "le nouveau mot de passe du serveur : [[Pl0-Ok9-Ij8]]",
        "la contraseña es [[Mn8$bV5c]]",
        "la contraseña de la base es ahora «[[Qa1!Ws2e]]»",
        "a senha é [[Zx3#Cv4b]]",
        "a nova senha do banco é [[Yt6%Re4w]]",
        "パスワードは [[Hy7!Ju8k]] です",
        "新しいパスワードは「[[Bn5#Mj6h]]」です",
        "密码是[[Kv4@Lo9p]]。",
        "数据库密码已改为 [[Wd3!Ef5g]]",
        "비밀번호는 [[Gt6$Hy7u]] 입니다",
        "пароль: [[Cx8!Vb9n]]",
        "новый пароль [[Uy3#Ti4o]]",
        "пароль от базы — [[Ws9$Qa1z]]",
        "hasło do bazy to [[Ws4@Ed5r]]",
        "la password del db è [[Qw2!Er3t]]",
        "het wachtwoord is nu [[Az4$Sx5d]]",
    ],
    "p_alone": [
        "here's the token:\n[[9fK2xQ7vLm3pR8tZ1wYc4nB6]]\n",
        "new api key below\n```\n[[Zq8Lm2Vx9Kp4Rt7Wc3Nb6Hy1]]\n```\n",
        "sorry, wrong one. the right key:\n\n[[a8F3kL9qX2mV7pZ4rT1wC6nB]]\n",
        "voici le nouveau token :\n[[Xk7pQ2vLm9Rt4Wz8Nc3Bj6Hy]]\n",
        "the new password is below\n[[Lk8#Pq3Vz]]\n",
        "can you send me the deploy token?\n> sure, here it is, token:\n> [[ghx9Kq2Lm7Vp4Rt8Wz3Nc6Bj1]]\n",
        "hier ist der Token:\n[[Nv5Lq9Kx2Pm7Rt4Wz8Cb3Hy6]]\n",
        "トークンは以下です\n[[Jm4Kx8Lq2Pv7Rz9Wt3Nc6Bh1]]\n",
        "secret for the webhook:\n`[[wH7kQ2mX9pL4vR8tZ3nB6cY1]]`\n",
        "令牌如下：\n[[Rq3Zx7Lm2Kv9Pt4Wn8Bc6Hj1]]\n",
    ],
}

NEAR = {
    "n_prose": [
        "the password is expired",
        "the password is wrong, try again",
        "the token is invalid",
        "password is required",
        "use the vault for the admin login",
        "la contraseña es incorrecta",
        "パスワードは間違っています",
        "the password is <password>",
        "set the password to ${DB_PASSWORD}",
        "the default password is changeme in the docs",
        "das Passwort ist abgelaufen",
        "das Passwort ist ABGELAUFEN",
        "le mot de passe est incorrect",
        "a senha é inválida",
        "пароль неверный",
        "密码是错误的",
        "비밀번호가 틀렸습니다",
        "I reset it to default",
        "hasło jest nieprawidłowe",
        "use kubectl to log in to the cluster",
        "use prod-db-01 to log in, not the replica",
        "creds are in vault / see the wiki",
        "login: admin/admin is blocked now",
        "set it to us-east-1 for the new region",
        "la password è scaduta",
        "das Passwort für db-01.prod ist in Vault",
        "use ssh-keygen to log in with keys",
    ],
    "n_alone": [
        "the fix is in commit:\n4f2a9c1e7b3d8a6f0c5e2b9d7a1f3c8e6b4d2a90\n",
        "trace id:\n4bf92f3577b34da6a3ce929d0e0e4736\n",
        "here's the request id:\n3f2c9a1e-7b4d-4e8a-9c6f-1d2e3f4a5b6c\n",
        "$ sha256sum release.tar.gz\n9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  release.tar.gz\n",
        "the public key is below\nAAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n",
        "here is the config, base64:\nZW52aXJvbm1lbnQ6IHByb2R1Y3Rpb24KcmVwbGljYXM6IDMK\n",
        "the key fingerprint:\nSHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8\n",
        "the token:\nexpired\n",
        "the password below\n********\n",
        "new key below\nhttps://vault.example.net/ui/vault/secrets/kv/show/app\n",
    ],
}


def record(rid, family, source):
    text, entities, pos = "", [], 0
    for m in re.finditer(r"\[\[(.+?)\]\]", source, re.S):
        text += source[pos:m.start()]
        start = len(text)
        text += m.group(1)
        entities.append({"type": "GENERIC_SECRET", "start": start, "end": len(text)})
        pos = m.end()
    text += source[pos:]
    if not text.endswith("\n"):
        text += "\n"
    return {"id": rid, "text": text, "entities": entities, "family": family}


rows = []
for family, sources in {**SECRETS, **NEAR}.items():
    for n, source in enumerate(sources, 1):
        rows.append(record(f"p22-{family}-{n:02d}", family, source))
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "records.jsonl"), "w", encoding="utf-8") as out:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(rows), "records")
