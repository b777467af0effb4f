#!/usr/bin/env python3
"""Generate keyshapes.jsonl: key material read by its shape, whatever its wrapper, and the near-misses of the same shapes.

Positive families (10 records each, variants drawn at random): a block of wrapped base64 or hex lines under a line that names a key
(armour of any dash count and wording, with and without an end line, RFC 4716 headers, a YAML block, a JSON array of lines, escaped
JSON, a blank line after the header); a key-length value under a key's name in HCL, TOML, INI, YAML, JSON at depth, escaped JSON, XML
attributes and elements; an RSA key as XML with its private components; a 32- or 64-byte array. Near-miss families (no entity): hex
dumps with offsets, checksum lists, git object ids, image digests, base64 images and MIME bodies, certificates and public keys in the
same wrappers, a modulus alone, digests under cache keys, nonces, byte arrays that are not random. Labels follow
../shared/data/pii/README.md: a block or XML key is PRIVATE_KEY (from an armour's begin line to its end line when there is one), a
symmetric key's value GENERIC_SECRET; public material is unlabelled. Values are random (os-independent: seeded).
Usage: keyshapes.py [SEED] > keyshapes.jsonl
"""
import base64
import json
import random
import string
import sys

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 15)


class E:
    def __init__(self, typ, text):
        self.typ, self.text = typ, text


def T(*pieces):
    text, ents = "", []
    for p in pieces:
        if isinstance(p, E):
            ents.append({"type": p.typ, "start": len(text), "end": len(text) + len(p.text)})
            text += p.text
        else:
            text += p
    return text, ents


def rbytes(n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def hexs(n):
    return rbytes(n).hex()


def wrap(s, width):
    return [s[i:i + width] for i in range(0, len(s), width)]


def word(n, alphabet=string.ascii_lowercase):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- positives: blocks

def p_block_armour():
    label = rng.choice(["SSH2 ENCRYPTED PRIVATE KEY", "ENCRYPTED SEED", "VAULT UNSEAL KEY", "MASTER KEY", "WRAPPED SECRET", "TINC KEY"])
    dashes = rng.choice(["-----", "----", "---", "-----"])
    space = " " if len(dashes) < 5 else ""
    lines = wrap(b64(rng.choice([384, 600, 900])), rng.choice([64, 70, 76]))
    headers = rng.choice(["", 'Comment: "2048-bit rsa, ops@bastion"\n', 'Subject: deploy\nComment: "rotated \\\n  2026-11"\n', "Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,9F3C\n\n"])
    begin = f"{dashes}{space}BEGIN {label}{space}{dashes}"
    end = f"{dashes}{space}END {label}{space}{dashes}"
    body = "\n".join(lines)
    intro = rng.choice(["$ cat id_deploy\n", "", "key file follows:\n"])
    if rng.random() < 0.3:
        return T(intro, E("PRIVATE_KEY", begin + "\n" + headers + body), "\n(truncated)\n")
    return T(intro, E("PRIVATE_KEY", begin + "\n" + headers + body + "\n" + end), "\n")


def p_block_hex():
    lines = wrap(hexs(256), rng.choice([32, 64]))
    v = rng.random()
    if v < 0.5:
        begin, end = "-----BEGIN OpenVPN Static key V1-----", "-----END OpenVPN Static key V1-----"
        return T("<tls-crypt>\n", E("PRIVATE_KEY", begin + "\n" + "\n".join(lines) + "\n" + end), "\n</tls-crypt>\n")
    name = rng.choice(["shared secret", "private seed", "cluster_secret"])
    return T(f"# {name} (hex)\n", E("PRIVATE_KEY", "\n".join(lines)), "\n")


def p_block_yaml():
    ind = rng.choice(["  ", "    ", "      "])
    lines = wrap(b64(rng.choice([600, 1200])), 64)
    name = rng.choice(["tls.key", "private_key", "signingKey", "client-key-data", "ssh_host_ed25519_key"])
    body = ("\n" + ind).join(lines)
    return T(f"data:\n{ind[:-2]}{name}: |\n{ind}", E("PRIVATE_KEY", body), f"\n{ind[:-2]}other: x\n")


def p_block_json_lines():
    lines = wrap(b64(480), 64)
    name = rng.choice(["private_key_lines", "secretKey", "seed"])
    parts = [f'{{\n  "{name}": [\n']
    pieces = []
    for k, ln in enumerate(lines):
        pieces.append(f'    "{ln}"' + ("," if k < len(lines) - 1 else ""))
    text = "\n".join(pieces)
    first = text.index('"') + 1
    last = text.rindex('"')
    return T(parts[0], text[:first], E("PRIVATE_KEY", text[first:last]), text[last:], "\n  ]\n}\n")


def p_block_escaped():
    lines = wrap(b64(480), 64)
    label = rng.choice(["SSH2 ENCRYPTED PRIVATE KEY", "ENCRYPTED SEED"])
    begin, end = f"---- BEGIN {label} ----", f"---- END {label} ----"
    sep = rng.choice(["\\n", "\\\\n"])
    q = '\\"' if sep == "\\\\n" else '"'
    body = begin + sep + sep.join(lines) + sep + end
    return T('{"log":"' if q == '\\"' else "", "{" + q + "key_file" + q + ":" + q, E("PRIVATE_KEY", body), sep + q + "}", '"}' if q == '\\"' else "", "\n")


def p_block_blank():
    lines = wrap(b64(300), 76)
    return T(rng.choice(["untrusted comment: wrapped secret key\n\n", "# private key\n\n"]), E("PRIVATE_KEY", "\n".join(lines)), "\n")


# ---------------------------------------------------------------- positives: named values

def key_value():
    return rng.choice([b64(32), b64(32), b64(16), b64(64), b64(24)])


def p_named_config():
    v = key_value() if rng.random() < 0.7 else hexs(rng.choice([16, 32, 64]))
    name_hex = rng.choice(["encryption_key", "aes_key", "hmac_key", "master_key", "signing_key", "wrapping_key"])
    forms = [
        lambda: T('seal "transit" {\n  address = "https://vault:8200"\n  ', name_hex, ' = "', E("GENERIC_SECRET", v), '"\n}\n'),
        lambda: T("[crypto]\n", name_hex, " = '", E("GENERIC_SECRET", v), "'\n"),
        lambda: T("[server]\nport = 8080\n", name_hex.upper(), "=", E("GENERIC_SECRET", v), "\n"),
        lambda: T("app:\n  crypto:\n    ", name_hex, ": ", E("GENERIC_SECRET", v), "\n"),
        lambda: T('{"service":"billing","crypto":{"rotation":{"days":30},"', name_hex, '":"', E("GENERIC_SECRET", v), '"}}\n'),
        lambda: T('{"log":"{\\"', name_hex, '\\":\\"', E("GENERIC_SECRET", v), '\\"}\\n","stream":"stdout"}\n'),
        lambda: T("Environment=", name_hex.upper(), "=", E("GENERIC_SECRET", v), "\n"),
    ]
    return rng.choice(forms)()


def p_named_bare_key():
    v = b64(32)
    forms = [
        lambda: T('kms "aead" {\n  purpose = "worker-auth"\n  key     = "', E("GENERIC_SECRET", v), '"\n}\n'),
        lambda: T("keys:\n  - id: k2\n    key: ", E("GENERIC_SECRET", v), "\n"),
        lambda: T('{"keyring":[{"version":3,"key":"', E("GENERIC_SECRET", v), '"}]}\n'),
    ]
    return rng.choice(forms)()


def p_named_xml():
    forms = [
        lambda: (lambda a, b: T('<machineKey validationKey="', E("GENERIC_SECRET", a), '" decryptionKey="', E("GENERIC_SECRET", b), '" validation="SHA1" />\n'))(hexs(64).upper(), hexs(24).upper()),
        lambda: (lambda a: T("<settings>\n  <EncryptionKey>", E("GENERIC_SECRET", a), "</EncryptionKey>\n</settings>\n"))(b64(32)),
        lambda: (lambda a: T('<add key="Crypto" signingKey="', E("GENERIC_SECRET", a), '"/>\n'))(b64(64)),
    ]
    return rng.choice(forms)()


def p_rsa_xml():
    parts = "".join(f"<{n}>{b64(s)}</{n}>" for n, s in [("P", 128), ("Q", 128), ("DP", 128), ("DQ", 128), ("InverseQ", 128), ("D", 256)])
    xml = f"<RSAKeyValue><Modulus>{b64(256)}</Modulus><Exponent>AQAB</Exponent>{parts}</RSAKeyValue>"
    return rng.choice([
        lambda: T('var key = @"', E("PRIVATE_KEY", xml), '";\n'),
        lambda: T("rsa.FromXmlString(\n", E("PRIVATE_KEY", xml), "\n)\n"),
    ])()


def p_byte_array():
    a = "[" + ",".join(str(b) for b in rbytes(64)) + "]"
    b = "[" + ", ".join(str(b) for b in rbytes(32)) + "]"
    return rng.choice([
        lambda: T("$ cat ~/.config/wallet/id.json\n", E("PRIVATE_KEY", a), "\n"),
        lambda: T('{"secretKey": ', E("PRIVATE_KEY", b), "}\n"),
        lambda: T("seed:\n", E("PRIVATE_KEY", b), "\n"),
    ])()


# ---------------------------------------------------------------- near-misses

def n_hexdump():
    data = rbytes(64)
    rows = []
    for off in range(0, 64, 16):
        chunk = data[off:off + 16]
        rows.append(f"{off:08x}: " + " ".join(chunk[i:i + 2].hex() for i in range(0, 16, 2)) + "  " + "".join(chr(c) if 32 <= c < 127 else "." for c in chunk))
    return T("$ xxd secret.key | head -4\n" + "\n".join(rows) + "\n")


def n_checksums():
    lines = [f"{hexs(32)}  {word(6)}-key-{k}.tar.gz" for k in range(4)]
    if rng.random() < 0.5:
        lines = [hexs(32) for _ in range(4)]
    return T(rng.choice(["SHA256 checksums for the signing key release:\n", "key rotation digests:\n", "keys:\n"]) + "\n".join(lines) + "\n")


def n_git_ids():
    return T("commits touching the keyring:\n" + "\n".join(hexs(20) for _ in range(5)) + "\n")


def n_image_digest():
    return T(rng.choice([
        f"pulled key-manager@sha256:{hexs(32)}\n",
        f"image: registry.local/secret-sync@sha256:{hexs(32)}\n",
        f'cache_key: "{hexs(32)}"\n',
        f"object key {hexs(32)} uploaded\n",
    ]))


def n_base64_image():
    img = base64.b64encode(b"\x89PNG\r\n\x1a\n" + rbytes(300)).decode()
    return rng.choice([
        lambda: T(f'{{"avatar":"data:image/png;base64,{img}","key":"user-42"}}\n'),
        lambda: T("Content-Type: image/png; name=\"logo.png\"\nContent-Transfer-Encoding: base64\n\n" + "\n".join(wrap(img, 76)) + "\n"),
    ])()


def n_public_blocks():
    der = b64(600)
    return rng.choice([
        lambda: T("-----BEGIN PUBLIC KEY-----\n" + "\n".join(wrap(der, 64)) + "\n-----END PUBLIC KEY-----\n"),
        lambda: T("---- BEGIN SSH2 PUBLIC KEY ----\nComment: \"ops@bastion\"\n" + "\n".join(wrap(der, 70)) + "\n---- END SSH2 PUBLIC KEY ----\n"),
        lambda: T("data:\n  ca.crt: |\n    " + "\n    ".join(wrap(der, 64)) + "\n"),
        lambda: T("webhooks:\n- clientConfig:\n    caBundle: " + der + "\n"),
        lambda: T("public_key: |\n  " + "\n  ".join(wrap(der, 64)) + "\n"),
    ])()


def n_rsa_public():
    return T(f"<RSAKeyValue><Modulus>{b64(256)}</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>\n")


def n_named_not_key():
    return rng.choice([
        lambda: T(f"Sec-WebSocket-Key: {b64(16)}\n"),
        lambda: T(f'key_id = "{b64(32)}"\n'),
        lambda: T(f'{{"public_key":"{b64(32)}","kid":"k1"}}\n'),
        lambda: T(f"idempotency_key: {hexs(16)}\n"),
        lambda: T(f'partition key "{hexs(32)}" rebalanced\n'),
        lambda: T(f"key={word(8)}-{rng.randrange(1000)}\n"),
    ])()


def n_arrays():
    return rng.choice([
        lambda: T("digest bytes: [" + ", ".join(str(b) for b in rbytes(32)) + "]\n"),
        lambda: T("latency_ms=[" + ",".join(str(rng.randrange(3, 40)) for _ in range(64)) + "]\n"),
        lambda: T("palette=[" + ",".join(str(rng.choice([0, 128, 255])) for _ in range(64)) + "]\n"),
    ])()


POS = [p_block_armour, p_block_hex, p_block_yaml, p_block_json_lines, p_block_escaped, p_block_blank, p_named_config, p_named_bare_key,
       p_named_xml, p_rsa_xml, p_byte_array]
NEG = [n_hexdump, n_checksums, n_git_ids, n_image_digest, n_base64_image, n_public_blocks, n_rsa_public, n_named_not_key, n_arrays]


def main():
    n = 0
    for fam in POS + NEG:
        for _ in range(10):
            text, ents = fam()
            for e in ents:
                s = text[e["start"]:e["end"]]
                assert s and s == s.strip(), (fam.__name__, s)
            assert bool(ents) == (fam in POS), fam.__name__
            n += 1
            print(json.dumps({"id": f"ks-{n:04d}-{fam.__name__}", "text": text, "entities": ents, "family": fam.__name__}))


if __name__ == "__main__":
    main()
