#!/usr/bin/env python3
"""Family records for the twenty-third session's leaks (issue 18 item 2): secrets passed where tools take them. A call's tuple or
keyword arguments (auth=('user', 'X'), HTTPBasicAuth, NetworkCredential, PasswordAuthentication, connect(user=…, password=…),
createConnection({password: …}), basic-auth helpers in Python, Java, C#, Go, JS, Ruby, PHP); environment variables that client tools
read as secrets without PASSWORD in their names (REDISCLI_AUTH, MYSQL_PWD, SSHPASS, BORG_PASSPHRASE, VAULT_TOKEN, …) while the
path-valued ones (PGPASSFILE, GOOGLE_APPLICATION_CREDENTIALS, KUBECONFIG) stay visible; account tools taking the secret as an
argument (usermod -p, rabbitmqctl add_user, createUser({pwd}), CREATE USER … IDENTIFIED BY, influx, mc admin, keytool, openssl
-passin, zip -P, 7z -p); passphrases that read as a sentence in quotes after a secret key. With near misses of each shape: names and
references ($REDISCLI_AUTH, ${{ secrets.X }}, os.environ["MYSQL_PWD"]), placeholders, paths, empty and masked values, help texts,
pointers. Every value is made up here. Written before the readings were built.

Run:  python3 bench/privacy/families/leaks23/make.py      (writes records.jsonl next to this file; score with
      bench/privacy/score-set.sh families/leaks23 FM_DLL)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
records = []
S = "GENERIC_SECRET"
K = "API_KEY"
A = "AWS_SECRET_KEY"
G = "GITHUB_TOKEN"


def rec(family, text, *values):
    """values: (TYPE, value) in text order; each value's first occurrence after the previous one is its span."""
    entities, at = [], 0
    for kind, value in values:
        start = text.index(value, at)
        entities.append({"type": kind, "start": start, "end": start + len(value)})
        at = start + len(value)
    records.append({"id": f"f23-{len(records) + 1:04d}-{family}", "text": text, "entities": entities, "family": family, "source": "synthetic/twentythree"})


# A call's tuple or keyword arguments
rec("call", "r = requests.get(url, auth=('deploy', 'Hq7vRt2Lx9'), timeout=5)\n", (S, "Hq7vRt2Lx9"))
rec("call", "resp = requests.post(api, auth=HTTPBasicAuth('svc-ci', 'Wm4zPq8Kt3'))\n", (S, "Wm4zPq8Kt3"))
rec("call", "session.auth = (\"reporter\", \"Zx5Lq2Vn8w\")\n", (S, "Zx5Lq2Vn8w"))
rec("call", "conn = psycopg2.connect(host='pg1', user='app', password='Tn6Wq3Xr9v', dbname='orders')\n", (S, "Tn6Wq3Xr9v"))
rec("call", "var cred = new NetworkCredential(\"svc_backup\", \"Rp8Kx2Mz5q\");\n", (S, "Rp8Kx2Mz5q"))
rec("call", "client.setCredentials(new UsernamePasswordCredentials(\"jenkins\", \"Lv3Qw9Tz6k\"));\n", (S, "Lv3Qw9Tz6k"))
rec("call", "return new PasswordAuthentication(\"mailer\", \"Bx4Nt7Wq2r\".toCharArray());\n", (S, "Bx4Nt7Wq2r"))
rec("call", "const pool = mysql.createConnection({ host: 'db', user: 'shop', password: 'Kq9Zr4Lm7t' });\n", (S, "Kq9Zr4Lm7t"))
rec("call", "req.SetBasicAuth(\"metrics\", \"Vz2Hx8Qp5n\")\n", (S, "Vz2Hx8Qp5n"))
rec("call", "axios.get(u, { auth: { username: 'bot', password: 'Jt6Wk3Rz9x' } })\n", (S, "Jt6Wk3Rz9x"))
rec("call", "http.basic_auth('ops', 'Mq5Xv2Lz8r')\n", (S, "Mq5Xv2Lz8r"))
rec("call", "curl_setopt($ch, CURLOPT_USERPWD, \"api:Pz7Kr3Wn4q\");\n", (S, "Pz7Kr3Wn4q"))
rec("call", "$pdo = new PDO('mysql:host=db;dbname=shop', 'shop', 'Wx3Rt8Kq6z');\n", (S, "Wx3Rt8Kq6z"))
rec("call", "client = Client(username='ci', password='Nq4Zt8Vx2m')\n", (S, "Nq4Zt8Vx2m"))
rec("call", "ftp.login(\"backup\", \"Hz6Pq2Rw9k\")\n", (S, "Hz6Pq2Rw9k"))
rec("call", "smtp.login('alerts@example.org', 'Tk3Vx7Lq5w')\n", ("EMAIL", "alerts@example.org"), (S, "Tk3Vx7Lq5w"))
rec("call", "ssh.connect('bastion', username='ops', password='Qw8Zr2Kt4x')\n", (S, "Qw8Zr2Kt4x"))
rec("call", "redis.Redis(host='cache', port=6379, password='Xr5Kq9Wv3t')\n", (S, "Xr5Kq9Wv3t"))
rec("call-neg", "r = requests.get(url, auth=(user, password), timeout=5)\nauth=HTTPBasicAuth(os.environ['API_USER'], os.environ['API_PASS'])\n")
rec("call-neg", "var cred = new NetworkCredential(userName, password);\nconn = psycopg2.connect(user=cfg.user, password=cfg.password)\n")
rec("call-neg", "req.SetBasicAuth(user, pass)\nhttp.basic_auth(ENV['U'], ENV['P'])\n")
rec("call-neg", "session.auth = (\"reporter\", \"\")\nlogin('alice', '********')\n")
rec("call-neg", "foo = dict(name='web', image='nginx:1.25', replicas=3)\nlog.info('user %s logged in from %s', user, ip)\n")
rec("call-neg", "assertEqual(('admin', 'admin'), parse(line))\nos.path.join('etc', 'passwd')\n")
# Environment variables that client tools read as secrets
rec("env", "REDISCLI_AUTH=Vq7Wx2Lz9k redis-cli -h cache1 info\n", (S, "Vq7Wx2Lz9k"))
rec("env", "export MYSQL_PWD=Tq3Zn8Kx5r\nmysql -u report -h db1 -e 'show tables'\n", (S, "Tq3Zn8Kx5r"))
rec("env", "SSHPASS=Lm6Qx2Wr9t sshpass -e ssh ops@web2\n", (S, "Lm6Qx2Wr9t"))
rec("env", "export BORG_PASSPHRASE=Rk4Vz8Nq2x\nborg create ::daily /srv\n", (S, "Rk4Vz8Nq2x"))
rec("env", "RESTIC_PASSWORD=Wz5Tq9Lx3m restic backup /data\n", (S, "Wz5Tq9Lx3m"))
rec("env", "export VAULT_TOKEN=hvs.CAESIKq7Zx2Lm9Wt4Rv8Np3Hx6\n", (K, "hvs.CAESIKq7Zx2Lm9Wt4Rv8Np3Hx6"))
rec("env", "CONSUL_HTTP_TOKEN=4c7e2a91-5b3d-4f8e-9a26-d1e0b7c3f582 consul members\n", (S, "4c7e2a91-5b3d-4f8e-9a26-d1e0b7c3f582"))
rec("env", "NOMAD_TOKEN=8f3b1c6d-2e7a-49f0-b5c4-a9d2e6f1037b nomad job status\n", (S, "8f3b1c6d-2e7a-49f0-b5c4-a9d2e6f1037b"))
rec("env", "env:\n  NPM_TOKEN: npm_Kq7Zx2Lm9Wt4Rv8Np3Hx6Tz5Qw1Bc2Vd3Ef4\n", (K, "npm_Kq7Zx2Lm9Wt4Rv8Np3Hx6Tz5Qw1Bc2Vd3Ef4"))
rec("env", "TWINE_USERNAME=__token__ TWINE_PASSWORD=Xk2Wq8Tz5Lr twine upload dist/*\n", (S, "Xk2Wq8Tz5Lr"))
rec("env", "export ARM_CLIENT_SECRET=Qv8~Zk2.Lm9Wt4Rv8Np3Hx6_Tz5Qw\n", (S, "Qv8~Zk2.Lm9Wt4Rv8Np3Hx6_Tz5Qw"))
rec("env", "AWS_SECRET_ACCESS_KEY=Zq7Lm2Wx9Kt4Rv8Np3Hx6Tz5Qw1Bc2Vd3Ef4Gh5J\n", (A, "Zq7Lm2Wx9Kt4Rv8Np3Hx6Tz5Qw1Bc2Vd3Ef4Gh5J"))
rec("env", "docker run -e ANSIBLE_VAULT_PASSWORD=Hn3Wq7Zk5x ansible-runner\n", (S, "Hn3Wq7Zk5x"))
rec("env", "export PGPASS=Mk8Zq3Wt6v\nexport DOCKER_PASSWORD=Wr2Tz8Kq4n\n", (S, "Mk8Zq3Wt6v"), (S, "Wr2Tz8Kq4n"))
rec("env", "HELM_REPO_PASSWORD=Lx5Qv9Wz2k helm repo add corp https://charts.example.org\n", (S, "Lx5Qv9Wz2k"))
rec("env", "GH_TOKEN=Tk9Vq2Lx7Wz4Rm8Np3Hz6 gh release list\n", (S, "Tk9Vq2Lx7Wz4Rm8Np3Hz6"))
rec("env", "export PGPASSWORD=Qn7Wx3Lz9k PGUSER=app\nexport MSSQL_SA_PASSWORD=Zv4Tq8Kr2x\n", (S, "Qn7Wx3Lz9k"), (S, "Zv4Tq8Kr2x"))
rec("env", "export KOPIA_PASSWORD=Rw6Zx3Tq8m\nexport RCLONE_CONFIG_PASS=Nt2Kq7Wv5x\n", (S, "Rw6Zx3Tq8m"), (S, "Nt2Kq7Wv5x"))
rec("env-neg", "export PGPASSFILE=/home/app/.pgpass\nexport GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/gcp-sa.json\nexport KUBECONFIG=~/.kube/prod.yaml\n")
rec("env-neg", "redis-cli --no-auth-warning -a \"$REDISCLI_AUTH\" ping\nmysql --password=\"${MYSQL_PWD}\" -e 'select 1'\n")
rec("env-neg", "env:\n  GH_TOKEN: ${{ secrets.GH_TOKEN }}\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n")
rec("env-neg", "pw = os.environ[\"MYSQL_PWD\"]\ntoken = os.getenv('VAULT_TOKEN')\n")
rec("env-neg", "export SSHPASS=\nexport BORG_PASSPHRASE=\"\"\nRESTIC_PASSWORD_FILE=/etc/restic/pass\n")
rec("env-neg", "VAULT_ADDR=https://vault.example.org:8200\nCONSUL_HTTP_ADDR=127.0.0.1:8500\nNOMAD_ADDR=http://nomad:4646\n")
rec("env-neg", "RESTIC_REPOSITORY=s3:s3.amazonaws.com/backups\nBORG_REPO=ssh://backup@nas/./repo\nMYSQL_HOST=db1\n")
rec("env-neg", "Error: environment variable REDISCLI_AUTH is not set\nhint: set SSHPASS or use -p\n")
# Account tools taking the secret as an argument
rec("account", "usermod -p 'Kx7Wq2Lz9t' deploy\n", (S, "Kx7Wq2Lz9t"))
rec("account", "useradd -m -p '$6$Zq8wLm2x$Hv3Kq9Tz5Wr8Np3Lx6Bc2Vd3Ef4Gh5Jk6Lm7Nq8Pr9St0Uv1Wx2Yz3Ab4Cd5Ef6Gh7Jk8Lm9Np0' -s /bin/bash ci\n", (S, "$6$Zq8wLm2x$Hv3Kq9Tz5Wr8Np3Lx6Bc2Vd3Ef4Gh5Jk6Lm7Nq8Pr9St0Uv1Wx2Yz3Ab4Cd5Ef6Gh7Jk8Lm9Np0"))
rec("account", "echo 'backup:Rq5Xz2Wk8v' | chpasswd\n", (S, "Rq5Xz2Wk8v"))
rec("account", "rabbitmqctl add_user billing Tz4Wq8Lx2k\n", (S, "Tz4Wq8Lx2k"))
rec("account", "rabbitmqctl change_password guest Vn7Kq3Zx9w\n", (S, "Vn7Kq3Zx9w"))
rec("account", "mongosh admin --eval 'db.createUser({user:\"reporter\", pwd:\"Lq6Zt2Wx8r\", roles:[\"read\"]})'\n", (S, "Lq6Zt2Wx8r"))
rec("account", "CREATE USER 'etl'@'%' IDENTIFIED BY 'Wk3Zq9Tx5v';\n", (S, "Wk3Zq9Tx5v"))
rec("account", "ALTER ROLE reporting WITH LOGIN PASSWORD 'Hx8Qv2Lz6t';\n", (S, "Hx8Qv2Lz6t"))
rec("account", "influx user create -n ops -p Zr4Wx7Kq2m -o acme\n", (S, "Zr4Wx7Kq2m"))
rec("account", "mc admin user add myminio uploader Qk9Tz3Wv7x\n", (S, "Qk9Tz3Wv7x"))
rec("account", "keytool -importcert -keystore app.jks -storepass Nz5Wq8Lx3t -keypass Tk2Vx6Zq9r -alias ca\n", (S, "Nz5Wq8Lx3t"), (S, "Tk2Vx6Zq9r"))
rec("account", "openssl pkcs12 -export -in c.pem -out c.p12 -passout pass:Wz7Kq3Lx5v\n", (S, "Wz7Kq3Lx5v"))
rec("account", "openssl rsa -in k.pem -passin pass:Lx4Zq8Wt2k -out plain.pem\n", (S, "Lx4Zq8Wt2k"))
rec("account", "zip -P Qt6Wx2Kz9v logs.zip *.log\n", (S, "Qt6Wx2Kz9v"))
rec("account", "7z a -pRk8Zq3Wv5t backup.7z /srv\n", (S, "Rk8Zq3Wv5t"))
rec("account", "htpasswd -b /etc/nginx/.htpasswd admin Vq3Lz7Wx2k\n", (S, "Vq3Lz7Wx2k"))
rec("account", "net user svc_sql Zx6Wq2Tk8v /add\n", (S, "Zx6Wq2Tk8v"))
rec("account", "kubectl create secret generic db --from-literal=password=Kt5Zq9Wx3r\n", (S, "Kt5Zq9Wx3r"))
rec("account-neg", "usermod -aG docker deploy\nuseradd -m -s /bin/bash ci\nrabbitmqctl list_users\n")
rec("account-neg", "CREATE USER etl;\nALTER ROLE reporting WITH LOGIN;\nGRANT SELECT ON orders TO etl;\n")
rec("account-neg", "  -p, --password PASSWORD   the password to use\n  -P PASSWORD                zip password (insecure)\n")
rec("account-neg", "keytool -list -keystore app.jks -storepass:env KS_PASS\nopenssl rsa -in k.pem -passin env:KEY_PASS -out p.pem\n")
rec("account-neg", "openssl pkcs12 -in c.p12 -passin file:/run/secrets/p12 -nokeys\nzip -r logs.zip /var/log\n7z x backup.7z -o/tmp/restore\n")
rec("account-neg", "mc admin user add myminio uploader \"$MINIO_PASS\"\nrabbitmqctl add_user billing \"${RABBIT_PASS}\"\n")
# Passphrases that read as a sentence in quotes after a secret key, and pointers and descriptions that must stay
rec("phrase", "password: \"my dog is named rex\"\n", (S, "my dog is named rex"))
rec("phrase", "{\"passphrase\": \"correct horse battery staple\"}\n", (S, "correct horse battery staple"))
rec("phrase", "BORG_PASSPHRASE='the quick fox sleeps at noon'\n", (S, "the quick fox sleeps at noon"))
rec("phrase", "wifi_password = \"purple monkey dishwasher\"\n", (S, "purple monkey dishwasher"))
rec("phrase", "secret: \"we ride at dawn tomorrow\"\n", (S, "we ride at dawn tomorrow"))
rec("phrase-neg", "password: \"see vault\"\npassphrase: \"stored in 1password\"\n")
rec("phrase-neg", "password: \"the password for the admin user\"\ntoken: \"used to sign requests\"\n")
rec("phrase-neg", "password: \"must contain a digit\"\nsecret: \"not set\"\n")
rec("phrase-neg", "password: \"ask the DBA\"\napi_key: \"provided by ops on request\"\n")
rec("phrase-neg", "  --passphrase TEXT   passphrase for the key file\n  password:  \"(optional) password for basic auth\"\n")

with open(os.path.join(HERE, "records.jsonl"), "w") as out:
    for r in records:
        out.write(json.dumps(r) + "\n")
print(len(records), "records")
