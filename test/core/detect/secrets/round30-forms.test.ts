// Secret forms added in the thirtieth round: passwords a connection call takes by position
// (database, FTP, LDAP, SSH clients in PHP, Java, Python), a user and a password as an `auth`
// pair, a password after "log in as <user> with", random mixed-case letters after a password
// noun, a random token that holds a SAYS_FAKE word only by chance of its case, and a key its
// own line calls a published sample. Each has look-alikes that must stay quiet. Values are
// split with `j()` so that the test file itself trips no secret scanner.
import { describe, expect, it } from '@jest/globals'
import { findSecrets } from '../../../../src/core/detect/secrets/index.js'
import { saysFake } from '../../../../src/core/detect/secrets/placeholders.js'

const j = (...parts: string[]) => parts.join('')
const values = (text: string) => findSecrets(text).map((m) => text.slice(m.start, m.end))

describe('findSecrets: a password a connection call takes by position', () => {
  it.each([
    [`$mysqli = new mysqli("localhost", "wp_user", "${j('A1lONSFa', 'hskhoNIY')}", "wordpress");`, j('A1lONSFa', 'hskhoNIY')],
    [`$link = mysqli_connect('db.internal', 'shop', '${j('Kx82_mWq', '!pLr')}', 'orders');`, j('Kx82_mWq', '!pLr')],
    [`$pdo = new PDO($dsn, 'shop', '${j('Kx82_mWq', '!pL')}');`, j('Kx82_mWq', '!pL')],
    [
      `Connection c = DriverManager.getConnection("jdbc:oracle:thin:@ora-prod:1521/FIN", "fin_app", "${j('1wH1mHiN', 'CCk1fB2')}");`,
      j('1wH1mHiN', 'CCk1fB2'),
    ],
    [`db = MySQLdb.connect("db.internal", "report", "${j('Tq7vLm2', 'Rx9')}", "sales")`, j('Tq7vLm2', 'Rx9')],
    [`conn = cx_Oracle.connect("hr", "${j('welc0me', '2024x')}", "dbhost:1521/orcl")`, j('welc0me', '2024x')],
    [`ssh.connect("10.0.0.5", 22, "deploy", "${j('Rv8kPq2', 'Lm5Zx')}")`, j('Rv8kPq2', 'Lm5Zx')],
    [`ftp = ftplib.FTP("ftp.acme.io", "uploader", "${j('Fz9!tr', 'Wq2m')}")`, j('Fz9!tr', 'Wq2m')],
    [`ldap_bind($ds, "cn=admin,dc=acme,dc=org", "${j('Adm1n', 'Secret9')}");`, j('Adm1n', 'Secret9')],
    [`ldap.simple_bind_s("cn=admin,dc=acme,dc=org", "${j('Xk29fLq', '8Wz7')}")`, j('Xk29fLq', '8Wz7')],
    [`conn = pymssql.connect("sql01", "sa", "${j('Xk29fLq', '8Wz7')}", "erp")`, j('Xk29fLq', '8Wz7')],
  ])('%s', (text, value) => {
    expect(values(text)).toEqual([value])
  })

  it.each([
    // The password from a variable or the environment; keyword arguments are judged by name elsewhere.
    'conn = mysql.connector.connect("localhost", "root", $PASSWORD, "db")',
    'mysqli("localhost", "wp_user", getenv("DB_PASS"), "wordpress")',
    'cnx = mysql.connector.connect(user="scott", password=pw, host="127.0.0.1")',
    // Stand-ins, empty passwords, the manual's example.
    '$mysqli = new mysqli("localhost", "my_user", "my_password", "my_db");',
    '$link = mysql_connect("localhost", "mysql_user", "mysql_password");',
    'db.connect("localhost", "root", "")',
    // Other calls named connect: sockets, signals, message buses, a DSN alone.
    'sock.connect(("example.com", 443))',
    'client.connect("broker.local", 1883, 60)',
    'signal.connect("clicked", "on_button_clicked")',
    'button.connect("clicked", "Submit Form")',
    'bus.connect("org.freedesktop.DBus", "/org/freedesktop/DBus", "Hello")',
    'conn = psycopg2.connect("dbname=test user=postgres")',
    // Names where the password would be: a database, a branch.
    'db.connect("prod.db", "reporting", "sales_2024")',
    'conn.connect(host, "deploy", "main_branch")',
    'conn = db.connect("red", "green", "blue", "yellow")',
    'ldap.simple_bind_s("cn=admin,dc=acme,dc=org", password)',
  ])('quiet: %s', (text) => {
    expect(values(text)).toEqual([])
  })
})

describe('findSecrets: a user and a password as an auth pair', () => {
  it.each([
    [
      `r = requests.get(url, auth=("svc_jenkins", "${j('kdwU40doek', 'zrxQIcRKXs')}"), verify=False)`,
      j('kdwU40doek', 'zrxQIcRKXs'),
    ],
    [`$client = new Client(['auth' => ['api', '${j('N3vKx8pQ', '2mZr7')}']]);`, j('N3vKx8pQ', '2mZr7')],
    [`es = Elasticsearch(["https://es:9200"], http_auth=("elastic", "${j('cH4ng3dPw', '9Lx')}"))`, j('cH4ng3dPw', '9Lx')],
    [`request.get(url).auth("deploy", "${j('Qm7!xR2', 'vLp')}")`, j('Qm7!xR2', 'vLp')],
    [`let resp = client.get(url).basic_auth("deploy", Some("${j('Qm7xR2', 'vLp9Kd')}")).send()`, j('Qm7xR2', 'vLp9Kd')],
    [`Jedis jedis = new Jedis("cache"); jedis.auth("${j('Xk29fLq', '8Wz7')}");`, j('Xk29fLq', '8Wz7')],
  ])('%s', (text, value) => {
    expect(values(text)).toEqual([value])
  })

  it.each([
    'auth=("user", "password")',
    'auth=(username, password)',
    'session.auth = (user, os.environ["API_PASSWORD"])',
    'auth: ["admin", "${ADMIN_PASSWORD}"]',
    // `oauth`, not `auth`.
    'oauth=("client", "Kx82mWqpL77")',
    'firebase.auth()',
    'req.auth(token, { type: "bearer" })',
    'client.basic_auth("deploy", None::<&str>)',
  ])('quiet: %s', (text) => {
    expect(values(text)).toEqual([])
  })
})

describe("findSecrets: Go's MySQL driver DSN", () => {
  it('user:password@tcp(host)/db in a string', () => {
    const text = `db, err := sql.Open("mysql", "app:${j('Xk29fLq', '8Wz7')}@tcp(db:3306)/shop")`
    expect(values(text)).toEqual([`app:${j('Xk29fLq', '8Wz7')}`])
  })

  it.each([
    'dsn := "root:password@tcp(127.0.0.1:3306)/test"',
    'dsn := "user:${DB_PASS}@tcp(db:3306)/app"',
    'fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, db)',
  ])('quiet: %s', (text) => {
    expect(values(text)).toEqual([])
  })
})

describe('findSecrets: a password after "log in as <user> with"', () => {
  it.each([
    [`To check the invoices, log in as admin with ${j('Pa55word', '!Reno')} and then go to Settings.`, j('Pa55word', '!Reno')],
    [`Sign in to the Grafana console as viewer using \`${j('Gauges&', 'Dials5')}\`.`, j('Gauges&', 'Dials5')],
    [`login as svc_backup using ${j('Tr0ub4dor', '&3')}`, j('Tr0ub4dor', '&3')],
    [`Log into the portal as ops with ${j('Xk29fLq8', 'Wz7')}, then export.`, j('Xk29fLq8', 'Wz7')],
  ])('%s', (text, value) => {
    expect(values(text)).toEqual([value])
  })

  it.each([
    'log in as admin with SSO',
    'Sign in as guest with Google-OAuth2 to continue.',
    'Log in as user with Azure-AD2.',
    'Log in as an administrator with the credentials from the vault.',
    'log in as root with sudo-privileges enabled',
    'log in as admin with password123',
    'Log in as admin with MFA_enabled and check the logs.',
    'sign in as tester with OAuth2.0 tokens',
    'Log in as alice@example.com using WebAuthn-Passkey',
    'log in as admin with your-own-password',
  ])('quiet: %s', (text) => {
    expect(values(text)).toEqual([])
  })
})

describe('findSecrets: random mixed-case letters after a password noun', () => {
  it.each([j('sCJEqWPIOb', 'hUNXXiBN'), j('knfGbTtwJp', 'CnEyacQf'), j('sIKOFOrsdv', 'fWdnuiRO')])('%s', (value) => {
    const text = `connect with psql and enter the password ${value} when prompted`
    expect(values(text)).toEqual([value])
  })

  it('after "is"', () => {
    const value = j('JxAHKfLoWZPFZVwz', 'iEkOhqbeIwVloKLL')
    expect(values(`The API key is ${value}`)).toEqual([value])
    expect(values('The class name is ThisIsMyVariableName')).toEqual([])
  })

  it.each([
    'enter the password ThisIsMyVariableName when prompted',
    'the api key GetApiKeyForUser is returned',
    'the token IsAuthenticatedUser is checked',
    'the password HTTPServerConfig field',
  ])('quiet: %s', (text) => {
    expect(values(text)).toEqual([])
  })
})

describe('saysFake: a word, not a chance of random case', () => {
  it.each(['myFakeToken', 'FAKE_KEY_123', 'sk_test_fake', 'Fake-Secret', 'EXAMPLEKEY', 'your_api_key'])('%s', (value) => {
    expect(saysFake(value)).toBe(true)
  })

  it('a random body holding `fAkE` by chance', () => {
    expect(saysFake(j('U85Ne8mKbR4WzhKJnKeNcRJNwVL', 'fAkEGaBzVwObZMT9NQuCMq'))).toBe(false)
    const text = `ANTHROPIC_API_KEY=sk-ant-api03-${j('U85Ne8mKbR4WzhKJnKeNcRJNwVL', 'fAkEGaBzVwObZMT9NQuCMq_KlcBQfrwjHtmPGJ8n0kK5bqakVC83t_n6V18iniLrwM')}AA`
    expect(findSecrets(text)).toHaveLength(1)
  })
})

describe('findSecrets: a key its line calls a published sample', () => {
  it.each([
    `Stripe's docs use ${j('sk_test_', '4eC39HqLyjWDarjtT1zdp7dc')} in every snippet; it's their public sample key, so don't bother reporting it.`,
    `aws_secret_access_key = ${j('Rk3vQx9LmPz2TwYb8NcJ', 'd5HsGa7FeUoXiKq4WrBn')}  # the sample key from the AWS docs`,
    `The tutorial sample key ${j('sk_test_', 'Rk3vQx9LmPz2TwYb8NcJd5Hs')} works with the public sandbox.`,
    `Use the documented example token ${j('ghp_', 'Rk3vQx9LmPz2TwYb8NcJd5HsGa7FeUoXiKq4')} to follow along.`,
  ])('quiet: %s', (text) => {
    expect(values(text)).toEqual([])
  })

  it.each([
    // The team's own test key, and docs mentioned for something else.
    `This is our test key for staging: ${j('sk_test_', 'Rk3vQx9LmPz2TwYb8NcJd5Hs')}`,
    `STRIPE_KEY=${j('sk_live_', 'Rk3vQx9LmPz2TwYb8NcJd5Hs')} (see the docs for rotating it)`,
    `Sample config from prod:\nSTRIPE_KEY=${j('sk_live_', 'Rk3vQx9LmPz2TwYb8NcJd5Hs')}`,
    `The sample key from the docs did not work. Mine does: ${j('sk_live_', 'Rk3vQx9LmPz2TwYb8NcJd5Hs')}`,
  ])('%s', (text) => {
    expect(values(text)).toHaveLength(1)
  })
})

describe('findSecrets: a scare-quoted password noun in a sentence', () => {
  it.each([
    [`the 'password' for the guest wifi is ${j('Kestrel#', 'Garden42')}`, j('Kestrel#', 'Garden42')],
    [`the "pw" for the router is ${j('Xk29fLq', '8Wz7')}`, j('Xk29fLq', '8Wz7')],
  ])('%s', (text, value) => {
    expect(values(text)).toEqual([value])
  })

  it.each([
    '<input type="password" name="pw" id="password">',
    'the "password" for the account',
    'the "password" to use is the one in the vault',
    'set the "password" field: PasswordInput2Field',
  ])('quiet: %s', (text) => {
    expect(values(text)).toEqual([])
  })
})

describe('findSecrets: a hard-coded password checked in code', () => {
  const v = j('Xk29fLq', '8Wz7')
  it.each([
    `if (password.equals("${v}")) {`,
    `if ("${v}".equals(pwd)) {`,
    `if (strcmp(pass, "${v}") == 0)`,
    `if (strcmp("${v}", input_password) == 0)`,
    `if (hash_equals($admin_pass, "${v}")) {`,
    `if user.Password.Equals("${v}") {`,
    `String.Equals(pwd, "${v}")`,
  ])('%s', (text) => {
    expect(values(text)).toEqual([v])
  })

  it.each([
    'if (status.equals("Active2Pending")) {',
    'if ("Active2Pending".equals(status)) {',
    'if (password.equals("")) {',
    'if (password.equals(confirmPassword)) {',
    'if (password.equals("password")) warn()',
    `if (strcmp(cmd, "${v}") == 0)`,
  ])('quiet: %s', (text) => {
    expect(values(text)).toEqual([])
  })
})

describe('findSecrets: keystore and archive passwords', () => {
  const v = j('Xk29fLq', '8Wz7')
  it.each([
    [`keytool -genkey -alias upload -keystore a.jks -storepass ${v}`, [v]],
    [`jarsigner -storepass ${v} -keypass ${v} app.apk upload`, [v, v]],
    [`zip -P ${v} backup.zip db.sql`, [v]],
    [
      `signingConfigs {\n  release {\n    storeFile file('release.jks')\n    storePassword '${v}'\n    keyAlias 'upload'\n  }\n}`,
      [v],
    ],
    [`  release {\n    keyPassword "${v}"\n  }`, [v]],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected)
  })

  it.each([
    'zip -r out.zip src/',
    "    storePassword System.getenv('STORE_PW')",
    "    storePassword 'changeit'",
    "    keyPassword 'android'",
    'keytool -list -keystore a.jks -storepass:env STORE_PW',
  ])('quiet: %s', (text) => {
    expect(values(text)).toEqual([])
  })
})

describe('findSecrets: random letters as the password of a URL whose host was anonymised', () => {
  it.each([j('sCJEqWPIOb', 'hUNXXiBN'), j('knfGbTtwJp', 'CnEyacQf')])('%s', (value) => {
    const text = `Download the artifacts from https://ci-bot:${value}@artifacts.example.net/repository/ before answering.`
    expect(values(text)).toEqual([`ci-bot:${value}`])
  })

  it.each(['https://admin:ChangeMeNow@host.example.com/', 'https://user:ThisIsMyPassword@host.example.com/'])(
    'quiet: %s',
    (text) => {
      expect(values(text)).toEqual([])
    },
  )
})
