#!/usr/bin/env python3
"""Linear time on pathological input: `fm redact` on 1 MB and 4 MB of repeated near-misses for each pattern family.

Each input is redacted three times at each size; the best time, minus the time of a one-line input in the same run (process start),
is reported (a 1 MB time under 50 ms counts as 50 ms in the ratio, below the noise of starting a process). Passes when every 1 MB input takes < 0.5 s and every 4 MB / 1 MB ratio is <= 5 (linear is 4; quadratic would be 16).
Usage: bench/privacy/pathological.py [--cpu] [--only=WORDS ...] [FM]   (default ./fm; --only runs the inputs whose name holds WORDS)
--cpu: measure the CPU seconds (user + system) of `fm redact` instead of wall time. On a loaded machine wall time measures the
other processes (a one-line input took 1.6 s to start at load 30, ±0.5 s), and the bars are checked against CPU seconds instead."""
import os, random, resource, subprocess, sys, tempfile, time

ONLY = [a[len("--only="):] for a in sys.argv[1:] if a.startswith("--only=")]
ARGS = [a for a in sys.argv[1:] if a != "--cpu" and not a.startswith("--only=")]
CPU = "--cpu" in sys.argv[1:]
FM = ARGS[0] if ARGS else os.path.join(os.path.dirname(__file__), "..", "..", "fm")
UNITS = {
    "PEM headers": "-----BEGIN PRIVATE KEY-----\n",
    "base64 '-----BEGIN' prefixes": "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t ",
    "one character": "a",
    "digits": "4",
    "digits and spaces": "4 ",
    "at signs": "a@",
    "dots and digits": "1.",
    "colons and hex": "a1:",
    "password= keys": "password=",
    "escaped quotes": "password\\\\\\\":",
    "long options": "--password ",
    "docker login -p": "docker login -p ",
    # Parts of tool names that the tool search stops at, none a whole tool name (nineteenth session).
    "tool-name parts": "ongo snmp ldap smb rdp -p ",
    "cookie headers": "Cookie: a=b; ",
    "name/value pairs": "\"name\":\"DB_PASSWORD\",\"value\":",
    "capitalised words": "Aa ",
    "short lines shaped like names": "x Ab\n",
    "URL schemes": "postgres://",
    "unicode escapes": "\\u0040",
    "backslash runs before an escape": "\\\\\\\\\\\\\\\\x4",
    "IBAN-shaped groups": "AB12 ",
    "phone characters": "(1.",
    "IPv6-shaped colon runs": "a::",
    # Disguises read through before detection: every character a full-width digit or `＠`, or a zero-width space inside a token.
    "full-width digits and at signs": "\uff10\uff17\uff18\uff20",
    "zero-width spaces in tokens": "ghp_\u200b",
    # Numbers beside numbers: every group of a run is a candidate start (cards, phone numbers), so runs of groups are the worst case.
    "card groups": "4111 1111 1111 1111 ",
    "4-digit groups, no card": "4916 4532 7781 1027 ",
    "phone numbers and counts": "+1 415 555 0199 42 ",
    "international-shaped groups": "+1 23 45 67 89 01 23 ",
    "zero groups": "0 0 0 0 42 ",
    "counting numbers": lambda size: counting(size),
    # The same two shapes with every number different: no answer of libphonenumber is asked twice (the worst case of its memo).
    "distinct phone numbers": lambda size: distinct(size, lambda r: f"+1 {r.randint(200, 999)} {r.randint(200, 999)} {r.randint(0, 9999):04} {r.randint(10, 99)} "),
    "distinct international groups": lambda size: distinct(size, lambda r: "+1 " + " ".join(f"{r.randint(0, 99):02}" for _ in range(6)) + " "),
    # Base64 runs that decode to text (each read by the secret recognizers), one run of text far past the longest decoded, key
    # bodies after headers whose footer never comes, and the anchors of the UK number patterns.
    "base64 of plain text": "dGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZw== ",
    "base64 of key=value text": "cGFzc3dvcmQ9VHIxY2t5T3R0ZXIhNzc= ",
    "one base64 run of text": "cGFzc3dvcmQ9",
    "footerless keys with bodies": "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMx\nTtA=\n",
    "NHS and NI anchors": "NHS number NI number 401 ",
    # Readings added for the fourth blind set's kinds: a delimited table under a header that names its columns (headers and rows
    # alternating; one header over 1 MB of rows), names in named fields and elements, positional passwords, IPv6 with ports.
    "CSV header and rows": "name;mobile;password\nAb Cd;123 456 78;Xy1-Zq2w\n",
    "CSV rows under one header": "Ab Cd;123 456 78;Xy1-Zq2w\n",
    "one XML element of names": "<displayName>Ab Cd ",
    "JSON name fields": "\"name\" : \"Ab Cd\", ",
    "AUTH and LOGIN lines": "> AUTH a1-Bc2d\nx1 LOGIN u \"p4-Qr5s\"\n",
    "net use without a break": "net use \\\\h\\s ",
    "pgpass-shaped lines": "h:5432:d:u:Xy1-Zq2w\n",
    "prompts naming a password": "$ get password\nAb1cdefgh\n",
    "IPv6 with ports": "fd00:1::2:65535 ",
    # The view layer (src/FaultMaven.Core/Privacy/Views): lines that read differently are read twice, so each of these puts every
    # line (or the whole text) in the view: a base64 run wrapped at 76 columns, backslash continuations, percent and entity runs,
    # escapes of escapes, quoted reply lines, a YAML folded block that never ends.
    "wrapped base64": "TWFueSBoYW5kcyBtYWtlIGxpZ2h0IHdvcmsuIFRoZSBxdWljayBicm93biBmb3gganVtcHMgb3Zl\n",
    "backslash continuations": "\\\n",
    "continued tokens": "ghp_Zq8Wx2Lm7Tn4\\\n  ",
    "percent runs": "%",
    "percent escapes": "%25%40%2B",
    "entity runs": "&amp;amp;quot;&#64;",
    "quoted reply lines": "> > a\n",
    "folded block lines": "  Ab1 Cd2\n",
    # Readings added for the fifth blind set's kinds: signature parameters, password switches, positional device secrets, name
    # fields, SIP display names, RESP AUTH, lines cut by a length limit (each line ends and the next starts with a long token run),
    # and one define( call that never closes its quote.
    "signature parameters": "&sig=Zx8Wq2Lm7Tn4Kp9Vb3Rc",
    "password switches": "-P Ab1-Cd2e /p:Xy1-Zq2w ",
    "device secrets": "snmp-server community Ab1Cd2 RO\n key 0 Xy1-Zq2w\n psk=\"Ab1-Cd2e\"\n",
    "name part fields": "\"first_name\": \"Ab\", ",
    "SIP display names": "From: \"Ab Cd\" <sip:1@h> ",
    "RESP AUTH": "AUTH\\r\\n$8\\r\\nAb1-Cd2e\\r\\n",
    "lines cut mid-token": "k=Zq8Wx2Lm7Tn4Kp9Vb3Rc6Yd1Hs5Jf0Gu8Ei2Oa4Qc6Se8Ug0Wi2Yk4Am6Co8Xr1Bt3Dv5Fx7Hz9\n",
    "an unclosed define": "define('AUTH_KEY', 'Ab1 ",
    # Rows of the removed value classifier (twelfth session), kept for the readers that took its shapes: anchor words on every line, so every line is in a window; a key
    # above its value on every pair of lines, numbered reply lines, lists that never close, nesting without end, and a run of
    # flags with no values.
    "key above value lines": "db_password:\n  Xy1-Zq2w\n",
    "numbered reply lines": "1) \"masterauth\"\n2) \"Xy1-Zq2w\"\n",
    "list items that never close": "\"secret_parts\": [\"Ab1Cd2\", ",
    "deep nesting of keys": "{\"token\": {\"auth\": [",
    "flags without values": "--a --b --c ",
    "secret-named flags without values": "--token --auth --key ",
    "call arguments": "set_token(\"k\", \"Ab1-Cd2e\") ",
    "auth pairs": "auth=(\"a\", auth=[\"b\", ",
    "basic-auth setters": "x.SetBasicAuth(\"u\", new PDO(\"d\", \"u\", ",
    "userpwd options": "CURLOPT_USERPWD, 'u:",
    "client variables": "A_AUTH=B_PAT=x_AUTH: ",
    "mc secret keys": "mc alias set a b c mc admin user add ",
    "spoken passphrases": "password: \"the dog is ",
    # Names from structure (twelfth session): tables read as columns (one wide table of name rows, a table of 5,000 columns, 100k
    # rows of one column under a name header), SQL tuples of names, vCards, names said alone after a pair, signatures after closings.
    "one wide table of names": "Anna,Quist,anna.quist@x.io," + ",".join(f"v{i}" for i in range(40)) + "\n",
    "a table of 5,000 columns": ",".join("Ab" for _ in range(5000)) + "\n",
    "one-column rows under a name header": "Anna\n",
    "SQL tuples of names": "(1,'Ab','Cd','ab.cd@x.io'),",
    "vCards": "BEGIN:VCARD\nN:Ab;Cd;;;\nFN:Ab Cd\nEND:VCARD\n",
    "pairs and their first word alone": "Ab Cd, Ab, ",
    "closings and signatures": "Regards,\nAb\nx. Cheers, Ab\n",
    # Names from structure, hostile findings (thirteenth session): tuples whose VALUES was in an earlier block (every block of one
    # long line opens inside the list), a header repeated down a table, a headerless column beside given names counted for variety.
    "SQL tuples cut from their VALUES": "(1,'Ab','Cd','ab.cd@x.io'),",
    "a header repeated down a table": "First Name,Last Name,Team\nAb,Cd,x\n",
    "headerless names beside given names": "Anna,Ab,3\n",
    # Secrets from context (ContextSecretRecognizer, thirteenth session): each anchor read back to back — armour begin lines that
    # never end, realm hashes, "value" children of secret-named parents, Go DSNs, AWS key ids, label lines, password words of other
    # languages, lookups, namespaced closing tags.
    "armour begin lines without an end": "-----BEGIN ACCOUNT SEED-----\nSAB\n",
    "realm hashes": "u: MD5:0f1e2d3c4b5a69788796a5b4c3d2e1f0, r\n",
    "value children": "{\"db.password\": {\"value\": \"Ab1-Cd2e\"}, ",
    "Go DSNs": "u:Ab1@tcp(h)/d ",
    "AWS key ids": "AKIAABCDEFGHIJKLMNOP:",
    "label lines": "Key\n",
    # (The reader of "password" in other languages was removed after the blind eighth set; the row stays as plain prose.)
    "password words of other languages": "heslo je Ab1-Cd2e ",
    "lookups": "getenv(\"DB_PASSWORD\") = \"Ab1-Cd2e\" ",
    "namespaced closing tags": "<a:Password x=\"y\">Ab1-Cd2e</a:Password>",
    # Names in mail (fourteenth session): address headers back to back (quoted "Last, First", encoded words), one header folded
    # over every line (its value read to its end once), quotes that never close, message ids, bounce addresses, FHIR-like objects
    # whose "family" has no "given" beside it (each read for its siblings within a bounded reach).
    "address headers": "To: \"Cd, Ab\" <ab.cd@x.io>, =?UTF-8?Q?Ab_C=C3=A9d?= <ab@x.io>\n",
    "one folded address header": lambda size: "To: " + " \"Cd, Ab\" <ab.cd@x.io>,\n" * (size // 24),
    "address quotes that never close": "From: \"Ab Cd <a@x.io>\n",
    "message ids and bounce addresses": "Message-ID: <a1.b2@x.io>\nReturn-Path: <b+1=ab=x.io@y.io>\n",
    "family keys without given": "{\"family\": \"Ab\", \"x\": [1]}, ",
    # Key files, second factors and service grammars (ContextSecretRecognizer, fourteenth session): each anchor back to back — JWKs
    # that never close and "kty" without a brace, PuTTY private lines, signify comments, setup keys, authenticator option lines,
    # code headings, SNMP communities, hook paths, user-info pairs.
    "JWKs that never close": "{\"kty\":\"oct\",\"k\":\"GawgguFyGrWKav7AX4VKUg\",",
    "kty without a brace": "\"kty\" ",
    "PuTTY private lines": "Private-Lines: 1\nAAAAIHb2Lq9xTz4Wm7Kp\n",
    "signify comments": "untrusted comment: secret key\n",
    "setup keys": "setup key: ab2c dk3e fg4h ij5k\n",
    "authenticator option lines": "\" TOTP_AUTH\n",
    "recovery code headings": "recovery codes\n",
    "SNMP communities": "rocommunity Ab1cD2eF\n",
    "hook paths": "/hooks/",
    "user-info pairs": "user.info=AB:Cd1Ef2Gh3 ",
    # Key material by its shape (KeyMaterialRecognizer, fifteenth session): one base64 line of the whole input, base64 lines of one
    # width (each read once as a block), key words back to back, a byte array that never closes, escaped newlines, moduli alone.
    "one base64 line under a key name": lambda size: distinct(size, lambda r: "".join(r.choice(B64) for _ in range(64))),
    "60-char base64 lines under a key name": lambda size: distinct(size, lambda r: "".join(r.choice(B64) for _ in range(60)) + "\n"),
    "key words back to back": "key=secret:seed privKey ",
    "a byte array that never closes": "200, 17, ",
    "byte arrays of 64": "[" + ",".join(str((i * 37) % 256) for i in range(64)) + "] ",
    "escaped newlines under a key": "key\\nAb\\n",
    "moduli without a key": "<Modulus>QUJD</Modulus>",
    # Fifteenth session: community settings far from any SNMP line (each looks back a bounded number of lines for its parent),
    # names in caseless scripts and surname-first pairs after their cues, one long line of comma pairs, hook paths of code names.
    "community settings without SNMP": "  community: Xk29QpLm7Tz\n",
    "community settings on one line": "community: Xk29QpLm7Tz ",
    "caseless names after cues": "owner: 刘建华\nreporter: محمد الفارسي\non-call: 김민준\n",
    "a long run of Han": "王",
    "surname-first pairs after cues": "name: DOE, JOHN\non-call: Santos, Maria\n",
    "comma pairs on one line": "Ab Cd, Ef Gh, ",
    "hook paths of code names": "/hooks/GitHubPushHandlerV2 ",
    "message ids of people": "Message-ID: <john.smith@x.io>\n",
    # names in any caseless script, closings and chat speakers in them, encoded display names, comma pairs without the blank,
    # twelve-digit card runs, one long run of a spaced script's words.
    "any-script names, closings and speakers": "assignee: ಪ್ರಕಾಶ್ ಹೆಗ್ಡೆ\nধন্যবাদ,\nসুমন দাস\n\n[06/12/2026 15:04] ગૌરવ મહેતા: ok\nReply by ਹਰਪ੍ਰੀਤ ਸੰਧੂ\n",
    "a long run of Kannada words": "ಪ್ರಕಾಶ್ ",
    "encoded script display names": "From: =?UTF-8?B?4KSq4KWN4KSw4KS/4KSv4KS+IOCkpuClh+CktuCkquCkvuCkguCkoeClhw==?= <priya.deshpande@x.io>\n",
    "comma pairs without the blank on one line": "Ab,Cd,",
    "twelve-digit card runs": "card 501820123450 card 5018 2012 3450\n",
    # Person labels in the name's own script (each colon looks back a bounded key), honorifics and Korean closings after Han and
    # Hangul (each looks back a few characters), Cyrillic pairs by their endings, surnames first in capitals after every colon.
    "labels in their own script": "姓名: 佐藤健一\nФИО: Смирнова Ольга Петровна\nالاسم: يوسف الحداد\n担当者：山田\n",
    "long keys before colons on one line": "Ответственный Ответственный: ",
    "honorifics after Han and Hangul": "田中さん、山田様 김서연님, 请联系王建国先生处理。\n김민준 드림\n",
    "a long run of Han before honorifics": "王建国様",
    "Cyrillic pairs by their endings": "Белозёров Тимофей ",
    "surname-first capitals after colons": "name: IVANOV Ivan\na:ABC Def ",
    # Names with initials after every colon, numbered roster lines, quoted keys before colons, Han names in a person's column.
    "initials after colons": "ФИО: Ларионов К. А.\nReporter: T. Okafor\na: B. C. D. E. ",
    "numbered roster lines": "1. Хасанов Ильдар — инженер\n2) Adeyemi Chioma - backup\n",
    "quoted keys before colons": "{\"氏名\": \"小林 美咲\", \"\"\"\": ",
    "Han names in a person's column": "| 氏名 | 役割 |\n|---|---|\n| 石井 翔 | 当番 |\n",
    # Cyrillic capitals (each word read once), place words before and after names, quoted Han values after keys, thanks ending
    # with an exclamation mark, Han cells under a role's header.
    "Cyrillic surnames in capitals": "ИВАНОВ ИВАН ПЕТРОВ Сергей ",
    "a long run of Cyrillic capitals": "ИВАНОВ ",
    "place words before names": "улица Льва Толстого, Rue Victor Hugo, Nelson Mandela Square\n",
    "quoted Han values after keys": "{\"氏名\": \"山田太郎\", \"担当者\": \"佐々木陽菜\"}\n",
    "closings with exclamation marks": "Рақмет, Айгерім!\n",
    "Han names under a role header": "id,assignee\n1,森下健太\n",
    # English role keys before Han and Hangul values, initials without a blank, names after a shift's or a team's word (a long line
    # of them: each candidate is read again from its last such word), nouns in the genitive plural in capitals (twentieth session).
    "role keys before Han values": "{\"assignee\": \"佐藤花子\", \"owner\": \"数据平台组\"} owner=김민준 ",
    "initials without a blank": "Author: Петров А.В.\nИсполнитель: А.В.Петров А.Б.В.Г.Д. ",
    # Twenty-first session: initials after a cue phrase, Han and Hangul values under role keys with Latin words after them, a shift
    # word and its modifier before capitalised words.
    "initials after cue phrases": "escalated to J. ",
    "Han and Hangul values under role keys": "owner: 欧阳娜 owner=이서연 x ",
    "shift words and modifiers": "Turno Noche Ana ",
    "shift words before names": "On call: Night Shift Anna Kowalski\nДежурный: Ночная Смена Иван Петров\n",
    "a long line of team words": "Night Shift Team Support Desk ",
    "genitive plurals in capitals": "ЗАПРОСОВ ИВАН СЕРВЕРОВ ",
    # Names given as data: attributes opening elements that never close, quoted argument pairs, indexed assignments, file names
    # above password lines, byte initialisers in braces.
    "named elements never closed": "<property type=\"s\" name=\"db.password\">Ab1",
    "quoted argument pairs": "(\"jwt_secret\", \"",
    "indexed assignments": "$cfg['password'] = '",
    "password file headers": "# /etc/app/jmxremote.password\nmonitorRole  Ab1x9Zq2\n",
    "brace byte arrays": "{0x3f, 0xa2, ",
    "heredoc openers": "client_secret = <<EOT\nAb1x9Zq2\n",
    # A heredoc pattern is tried at each place a key can start in the run of key characters before each "= <<": short words, or
    # letters outside ASCII.
    "heredoc openers after short words": "a b c d e f g h i j k l m n = <<EOT\n",
    "heredoc openers after accented runs": "é é é é é é é é éé=<<-EOT\n",
    # Sibling name and value fields: one JSON record of many fields, YAML items value first, a long line of bare value words, values
    # whose quote never closes, block scalars under a secret key (each body read once, at most 64 lines).
    "sibling fields in one record": "\"value\": \"Ab1x9Zq2\", \"flags\": 0, \"name\": \"db_password\", ",
    "YAML items value first": "- value: Ab1x9Zq2\n  name: DB_PASSWORD\n",
    "a long line of value words": "value default ",
    "value fields never closed": "value=\"Ab1x9Zq2Ab1x9Zq2 ",
    "block scalars under a secret key": "password: |\n  Ab1x9Zq2\n",
    "block lines under one secret key": "  QWIxeDlacTJBYjF4OVpxMg==\n",
    # Child elements and flags as a record's fields (issue 18, eighteenth session): name elements without a value, value elements
    # without a close, one flag repeated, continued flag lines, escaped quotes that never close, comments between fields.
    "name elements without a value": "<name>db.password</name>",
    "value elements never closed": "<value>  Ab1x9Zq2 ",
    "one value flag repeated": "--value Ab1x9Zq2 ",
    "continued flag lines": "--name db_password \\\n  --value=Ab1x9Zq2 \\\n",
    "escaped quotes never closed": "\"value\":\"Ab\\\"x9\\\\\\\"",
    "secret keys under encryptedData": "    password: AgB1x9Zq2Ab1x9Zq2\n",
    "comments between child elements": "<name>db_password</name><!-- c --><value>Ab1x9Zq2</value>\n",
    # Forms the readers cut (issue 18, nineteenth session): namespaced name elements with attributes and no value, escaped quotes
    # inside one JSON string, "<<" after a store write on every line and many on one line, a reference or envelope cut at ";" with
    # its run going on, old klist key lines without their hex, digest credentials ending in a third colon, dotted key names.
    "namespaced names with attributes": "<p:name a=\"1\" b='2' >fs.azure.account.key.x.net</p:name >",
    "escaped quotes in one string": "\\\"",
    "store writes fed heredocs": "consul kv put app/db/password - <<EOF\n",
    "heredoc openers on one line": "<<EOF ",
    "envelopes cut at semicolons": "db_password=$ANSIBLE_VAULT;Ab1x9Zq2;",
    "klist key lines without hex": "Key: (DES cbc mode with CRC-32), ",
    "digest credentials with a third colon": "digest:u:Ab1x9Zq2:",
    "dotted key names": "<name>a.account.key.b.c.d</name><value>Ab1x9Zq2</value>",
    # Block ends (issue 18, twentieth session): one heredoc that never closes, an opening line on every other line, a table that is
    # only its header again and again, quotes that never close in a table's cells, quoted commas and line breaks in every row.
    "one open heredoc": "a line of a heredoc body\n",
    "heredoc openers on every other line": "token=- <<EOF\nAb1x9Zq2\n",
    "a header-only table": "ticket,summary,assignee,reporter\n",
    "table quotes that never close": "1,\"Ab Cd,open\n",
    "quoted commas and line breaks": "1,\"a, b\nc\",Ab Cd\n",
    # Block ends (issue 18, twenty-first session): a quote opened on every line that the next line's quote closes, rows of three
    # lines whose middle line is no row.
    "quotes opened on every line": "1,\"a, b\n",
    "three-line quoted rows": "1,Ab Cd,\"x\ny\nz\"\n",
    # Long rows (issue 18, twenty-second session): stack traces of 150 lines in a quoted cell, and a quote that the next row's
    # quote closes 1,000 lines later (each row read across lines as far as the bound of a known table's row).
    "stack traces in quoted cells": "1,Ab Cd,\"x, y\n" + "\tat a.B.c(B.java:1)\n" * 150 + "\"\n",
    "quotes closed 1,000 lines later": "1,Ab Cd,\"x\n" + "a b c\n" * 999,
    # Stores, shells, XML dialects and listings (issue 18, twentieth session): Redis writes with an expiry, ACLs without their
    # permissions, a cipher described in words before no key, ktutil's slot rows without a key, printf formats never piped, store
    # writes with flags before "<<", expansions never closed, closing brackets after a value.
    "setex writes without a value": "SETEX api_key:a 60 ",
    "acl credentials without permissions": "digest:u:Ab1x9Zq2:x ",
    "described ciphers before no key": "(Triple DES cbc mode with HMAC/sha1) ",
    "slot rows without a key": "   1    2 a@B.C (0x1\n",
    "printf formats never piped": "printf '%s' 'Ab1x9Zq2' ",
    "store writes with flags fed heredocs": "gh secret set A --repo a/b -x <<EOF\n",
    "expansions never closed": "password=${Ab1x9",
    "closing brackets after a value": "(password=Ab1x9Zq2)]}",
    "plist pairs": "<key>Password</key><string>Ab1x9Zq2</string>",
    # Ends, shells and stores (issue 18, twenty-first session): values after frames opened on one long line (each looks back a bounded
    # stretch), echo piped to sudo without -S and many flags, gh secret set with flags and no body, hash writes, variables' values
    # with separators before words.
    "values after open frames": "{[( password=Ab1}x])",
    "values ending in closers, no frame": "password=Ab1x}]) ",
    "echo piped to sudo without -S": "echo Ab1x9Zq2 | sudo -u a -g b -k ",
    "gh secret set flags without a body": "gh secret set A -e a -R b/c ",
    "hash writes": "HSET a:b api_key Ab1x9Zq2 ",
    "variable values before words": "DB_PASSWORD=Ab1;cd&&ef ",
    # Stores and account tools (issue 18, twenty-second session): one long line of redis-cli writes, of ACL signs, of AUTH words and
    # of MONITOR arguments; prompts without a command, pipes into passwd with echoes before them, here-strings never given a
    # value, sends with no prompt before them, memcached headers without their data.
    "redis-cli writes on one line": "redis-cli SET a b ",
    "SET lines": "SET a b\n",
    "ACL signs": ">",
    "ACL SETUSER rules": "ACL SETUSER a on >Ab1x9 ~* ",
    "AUTH words": "AUTH ",
    "MONITOR arguments": "1700000000.123456 [0 1.2.3.4:5] \"SET\" \"a:password\" ",
    "prompts without a command": "a:6379> ",
    "echoes piped into passwd": "echo $A echo | passwd ",
    "here-strings without a value": "sudo -S <<<",
    "sends after no prompt": "expect send \"Ab1x9\\r\" ",
    "memcached headers": "set a:token 0 0 5\n",
    "ldappasswd flags": "ldappasswd -S -A -s ",
    "net user arguments": "net user a /b ",
    "openssl passwd options": "openssl passwd -6 -salt a ",
    "dscl -passwd paths": "dscl . -passwd /a ",
    # Secrets a structure names (issue 18, twenty-second session): INSERTs cut in their first value, rows under one secret column,
    # maps under credentials keys that never close, credential calls nested and never closed, expect sends after password prompts.
    "INSERTs cut in a value": "INSERT INTO t (password) VALUES ('",
    "rows under a password column": "('a', 'Ab1x9Zq2'), ",
    "maps that never close": "passwords: {a: ",
    "credential calls never closed": "login(\"a\", login(\"b\", ",
    "expect sends after password prompts": "expect \"password:\" send \"",
    # Structures read across the stream's blocks (issue 18, twenty-third session): an INSERT's, a COPY's rows and users' maps that run
    # on for megabytes (their opening carried to every block), sections opened on every line, hashing calls never closed.
    "INSERT rows carried across blocks": "('a', 'Ab1x9Zq2'),\n",
    "COPY rows carried across blocks": "1\tAb1x9Zq2\n",
    "YAML user maps carried across blocks": "  a: Ab1x9Zq2\n",
    "JSON user maps carried across blocks": "    \"a\": \"Ab1x9Zq2\",\n",
    "INI user sections carried across blocks": "a = Ab1x9Zq2\n",
    "INI sections opened on every line": "[users]\n",
    "hashing calls never closed": "(crypt('",
    # Prose (issue 18, twenty-second session): a password's noun in many languages with qualifying words and no verb on one long
    # line, CJK nouns and particles glued without a value, cue lines for a token alone with nothing below, "try X for" without an end.
    "password nouns without verbs": "Passwort für den mot de passe hasło контраст ",
    "CJK nouns glued to particles": "パスワードは密码是비밀번호는",
    "contact keys of many scripts, cut short": "t\u00e9l\u00e9f \u624b\u673ax \uc804 \u0442\u0435 contac: mobi\u00f3 \u9023\u7d61: 1\n",
    "token cue lines with nothing below": "here's the token:\n\n",
    "try values without a login": "try Ab1x9Zq2! for for for ",
    # Keyed phones' contact words of other scripts found ignoring case from each non-ASCII character (twenty-third session): every
    # character an anchor's capital, keys without a number, a key cut before its separator.
    "capitals of contact words' anchors": "ТМÉÓТМ",
    "contact keys of every script without numbers": "ТЕЛЕФОН: x тел= МОБИЛ teléfono TÉLÉPHONE komórka 电话 電話 携帯 연락처 핸드폰 contact:",
}
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
# Inputs that are one header and then the unit repeated (a table of 1 MB under one header row).
HEADERS = {"CSV rows under one header": "name;mobile;password\n", "folded block lines": "k: >-\n",
           "one wide table of names": "first_name,last_name,email," + ",".join(f"c{i}" for i in range(40)) + "\n",
           "a table of 5,000 columns": ",".join(f"c{i}" for i in range(5000)) + "\n",
           "one-column rows under a name header": "first_name\n", "SQL tuples of names": "INSERT INTO t VALUES ",
           "family keys without given": "{\"given\": [\"Ab\"]}\n",
           "one base64 line under a key name": "private_key: ", "60-char base64 lines under a key name": "-----BEGIN SECRET KEY-----\n",
           "a byte array that never closes": "secret key: [",
           "block lines under one secret key": "signing_key: !!binary |\n",
           "secret keys under encryptedData": "spec:\n  encryptedData:\n",
           "escaped quotes in one string": "{\"password\":\"Ab", "one open heredoc": "vault kv put secret/db password=- <<EOF\n",
           "table quotes that never close": "ticket,full_name,status\n", "quoted commas and line breaks": "ticket,summary,assignee\n",
           "quotes opened on every line": "ticket,summary,assignee\n", "three-line quoted rows": "id,assignee,notes\n",
           "stack traces in quoted cells": "id,assignee,notes\n", "quotes closed 1,000 lines later": "id,assignee,notes\n",
           "rows under a password column": "INSERT INTO t (name, password) VALUES ",
           "INSERT rows carried across blocks": "INSERT INTO t (name, password) VALUES\n", "COPY rows carried across blocks": "COPY t (id, password) FROM stdin;\n",
           "YAML user maps carried across blocks": "passwords:\n", "JSON user maps carried across blocks": "{\n  \"credentials\": {\n",
           "INI user sections carried across blocks": "[credentials]\n", "hashing calls never closed": "INSERT INTO t (password) VALUES "}


def counting(size):
    """`1 2 3 4 …` up to `size` bytes: one run of digit groups of growing length."""
    parts, total, n = [], 0, 1
    while total < size:
        part = f"{n} "
        parts.append(part)
        total += len(part)
        n += 1
    return "".join(parts)[:size]


def distinct(size, unit):
    """Units drawn by `unit` from a seeded generator up to `size` bytes: the same input on every run."""
    r, parts, total = random.Random(18), [], 0
    while total < size:
        parts.append(unit(r))
        total += len(parts[-1])
    return "".join(parts)[:size]


def now():
    if CPU:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime
    return time.perf_counter()


def run(path, times=3):
    best = float("inf")
    for _ in range(times):
        start = now()
        subprocess.run([FM, "redact", path, "-o", os.devnull], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        best = min(best, now() - start)
    return best


def main():
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        base_path = os.path.join(tmp, "base.txt")
        with open(base_path, "w") as f:
            f.write("hello\n")
        # Process start is subtracted from every figure: taken as the best of many runs, so that one slow start does not
        # shrink the 1 MB times toward zero and inflate the ratios.
        base = run(base_path, 9)
        print(f"{'CPU seconds' if CPU else 'wall time'}; process start (one-line input): {base:.2f} s, subtracted below")
        print(f"{'input':<30}{'1 MB s':>9}{'4 MB s':>9}{'ratio':>8}")
        for name, unit in UNITS.items():
            if ONLY and not any(o in name for o in ONLY):
                continue
            times = []
            for mb in (1, 4):
                path = os.path.join(tmp, f"in-{mb}.txt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(HEADERS.get(name, ""))
                    f.write(unit(mb << 20) if callable(unit) else unit * ((mb << 20) // len(unit.encode("utf-8"))))
                times.append(max(run(path) - base, 0.001))
            # Below 50 ms the 1 MB time is mostly noise of process start: the ratio is taken against that floor.
            ratio = times[1] / max(times[0], 0.05)
            ok = times[0] < 0.5 and ratio <= 5
            failed |= not ok
            print(f"{name:<30}{times[0]:>9.3f}{times[1]:>9.3f}{ratio:>8.1f}{'' if ok else '  FAIL'}")
    print("all linear and under 0.5 s per MB" if not failed else "FAILED: see the rows marked FAIL")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
