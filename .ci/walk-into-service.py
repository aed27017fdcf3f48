#!/usr/bin/env python3
"""Walks README "Bringing it into service (mysql profile, no demo data)" over real HTTP (issue 14).

    .ci/walk-into-service.py [path/to/partyunion-workflow-*.jar]

A fresh database (WALK_DB, default partyunion_walk, utf8mb4) through the `mariadb` client on
127.0.0.1:3306 as root; the packaged jar (built with ./mvnw package only when none is given or
found) with the mysql profile, fresh random privacy keys and plain HTTP on 127.0.0.1:WALK_PORT
(8311). Then, as the people of the README would: the administrator's first login and password
change, the organization department's user (engine REST), the five registers imported from CSV
sheets with Chinese headers, every one-time password changed, the year opened, the committees'
recommendations, the confirmation task after the asynchronous summing-up, the batch designated,
the first nomination by an enterprise of the batch (its liaison gets the task) and the refusal
of an enterprise outside it (400, Chinese). One line per request, a summary, exit 1 when any
answer differs from the expected one, a 5xx was seen or the log has an ERROR line. The
application is stopped and the database dropped at the end. Python 3 standard library only.
"""

import base64
import csv
import datetime
import glob
import http.cookiejar
import io
import json
import os
import random
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

DB = os.environ.get("WALK_DB", "partyunion_walk")
PORT = int(os.environ.get("WALK_PORT", "8311"))
BASE = f"http://127.0.0.1:{PORT}"
ENGINE_REST = "/engine-rest"
TASKLIST_ENGINE = "/camunda/api/engine/engine/default"  # what Tasklist calls
ADMIN_PASSWORD = "Start-" + secrets.token_hex(6)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHANGHAI = datetime.timezone(datetime.timedelta(hours=8))
CJK = re.compile(r"[\u4e00-\u9fff]")

results = []  # (step, status, ok)
statuses = []  # every HTTP status seen, polling included


def sql(statement):
    subprocess.run(["mariadb", "-uroot", "-h127.0.0.1", "--protocol=tcp", "-e", statement], check=True)


def new_password():
    """A password the policy accepts: 3+ character classes, 8+ characters, no user data."""
    return "Wk#" + secrets.token_hex(4) + "Q" + str(random.randint(10, 99))


# ---------------------------------------------------------------- HTTP as a browser or a script


class Person:
    """One person's HTTP client: a cookie jar (the webapps' session) and, after the first login,
    their own password for HTTP Basic calls of /engine-rest."""

    def __init__(self, user_id, password):
        self.user_id = user_id
        self.password = password
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def xsrf(self):
        return next((c.value for c in self.jar if c.name == "XSRF-TOKEN"), None)

    def call(self, method, path, body=None, *, basic=False, form=None, files=None, accept=None):
        """(status, parsed JSON or text) of one request; session cookie always, CSRF header on
        state-changing calls, HTTP Basic when `basic`."""
        headers = {"Accept": accept or "application/json", "Accept-Language": "zh-CN,zh;q=0.9"}
        data = None
        if form is not None:
            data = urllib.parse.urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif files is not None:
            boundary = uuid.uuid4().hex
            parts = []
            for field, (filename, content, ctype) in files.items():
                parts.append(
                    f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; '
                    f'filename="{filename}"\r\nContent-Type: {ctype}\r\n\r\n'.encode() + content + b"\r\n"
                )
            data = b"".join(parts) + f"--{boundary}--\r\n".encode()
            headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        elif body is not None:
            data = json.dumps(body, ensure_ascii=False).encode()
            headers["Content-Type"] = "application/json"
        if basic:
            token = base64.b64encode(f"{self.user_id}:{self.password}".encode()).decode()
            headers["Authorization"] = "Basic " + token
        elif method not in ("GET", "HEAD") and self.xsrf():
            headers["X-XSRF-TOKEN"] = self.xsrf()
        request = urllib.request.Request(BASE + path, data=data, headers=headers, method=method)
        try:
            with self.opener.open(request, timeout=60) as response:
                status, raw = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, raw = error.code, error.read()
        statuses.append(status)
        text = raw.decode("utf-8", "replace")
        try:
            return status, json.loads(text) if text else None
        except ValueError:
            return status, text


def step(name, answer, expected):
    """Records and prints one request of the walk; returns the answer's body."""
    status, body = answer
    expected = (expected,) if isinstance(expected, int) else expected
    ok = status in expected
    results.append((name, status, ok))
    line = f"{'ok  ' if ok else 'FAIL'} {status} {name}"
    if not ok:
        line += f" (expected {'/'.join(map(str, expected))}): {str(body)[:400]}"
    print(line, flush=True)
    return body


def check(name, condition, detail=""):
    """A fact about the answers (not a request): printed like a step, with status '-'."""
    results.append((name, "-", bool(condition)))
    print(
        f"{'ok  ' if condition else 'FAIL'}   - {name}{'' if condition else ': ' + str(detail)[:400]}",
        flush=True,
    )


def login(person, app="tasklist"):
    """The webapps' login as a browser does it: the app's page (XSRF cookie), the login form."""
    step(
        f"{person.user_id}: open {app}",
        person.call("GET", f"/camunda/app/{app}/default/", accept="text/html"),
        200,
    )
    step(
        f"{person.user_id}: log in ({app})",
        person.call(
            "POST",
            f"/camunda/api/admin/auth/user/default/login/{app}",
            form={"username": person.user_id, "password": person.password},
        ),
        200,
    )


def first_login(person, app="tasklist"):
    """Login with a password somebody else set: refused until changed, then the change."""
    login(person, app)
    body = step(
        f"{person.user_id}: anything else refused before the change",
        person.call("GET", "/api/workbench/choices"),
        403,
    )
    check(
        f"{person.user_id}: refusal is PASSWORD_CHANGE_REQUIRED in Chinese",
        isinstance(body, dict)
        and body.get("error") == "PASSWORD_CHANGE_REQUIRED"
        and CJK.search(body.get("message", "")),
        body,
    )
    basic = step(
        f"{person.user_id}: HTTP Basic refused too before the change",
        person.call("GET", f"{ENGINE_REST}/task?maxResults=1", basic=True),
        403,
    )
    check(
        f"{person.user_id}: Basic refusal is PASSWORD_CHANGE_REQUIRED",
        isinstance(basic, dict) and basic.get("type") == "PASSWORD_CHANGE_REQUIRED",
        basic,
    )
    account = step(f"{person.user_id}: account", person.call("GET", "/api/security/account"), 200)
    check(
        f"{person.user_id}: passwordChangeRequired",
        isinstance(account, dict) and account.get("passwordChangeRequired"),
        account,
    )
    chosen = new_password()
    step(
        f"{person.user_id}: change password (/api/security/password)",
        person.call(
            "POST", "/api/security/password", {"currentPassword": person.password, "newPassword": chosen}
        ),
        204,
    )
    person.password = chosen
    step(f"{person.user_id}: workbench after the change", person.call("GET", "/api/workbench/me"), 200)


# ---------------------------------------------------------------- the registers' sheets

CODE_SET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(serial):
    """统一社会信用代码 (GB 32100-2015): 9 (工商) 1 (企业), 320602 (崇川区), organization code, check."""
    org = "MA1" + "".join(random.choice(CODE_SET) for _ in range(5)) + str(serial % 10)
    first17 = "91320602" + org
    check_value = 31 - sum(CODE_SET.index(c) * w for c, w in zip(first17, CREDIT_WEIGHTS)) % 31
    return first17 + CODE_SET[0 if check_value == 31 else check_value]


def id_number(birth, male):
    """A resident ID (GB 11643-1999) of 崇川区 with its check digit; the 17th digit odd for men."""
    seq = random.randrange(0, 50) * 2 + (1 if male else 0)
    first17 = "320602" + birth.strftime("%Y%m%d") + f"{random.randrange(10):d}{seq:02d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights)) % 11]


def sheet(header, rows):
    """A CSV file as a spreadsheet program saves it ("CSV UTF-8": with a byte-order mark)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig")


PARKS = [("ccpark01", "崇川经济开发区"), ("ccpark02", "市北高新技术产业开发区")]
CHAINS = [("ccchain01", "高端装备产业链党委")]
LIAISONS = [("lxr01", "陈立新", "崇川区和平桥街道党工委"), ("lxr02", "王海燕", "崇川区任港街道党工委")]
OFFICERS = [("fwy01", "张建华", "崇川区发展和改革委员会", "13961800101"), ("fwy02", "李明", "崇川区工业和信息化局", "13961800102")]
# code, name, industry, park, chain, 规模以上, 高新技术, 专精特新, liaison, officer, contact, contact name
ENTERPRISES = [
    (
        "ccent01",
        "南通中远海运船务工程有限公司",
        "高端装备",
        "ccpark01",
        "ccchain01",
        "是",
        "是",
        "否",
        "lxr01",
        "fwy01",
        "zhouqiang",
        "周强",
    ),
    (
        "ccent02",
        "南通振华重型装备制造有限公司",
        "高端装备",
        "ccpark01",
        "ccchain01",
        "是",
        "否",
        "是",
        "lxr01",
        "fwy01",
        "sunli",
        "孙丽",
    ),
    (
        "ccent03",
        "南通星辰合成材料有限公司",
        "新材料",
        "ccpark02",
        "ccchain01",
        "否",
        "是",
        "否",
        "lxr02",
        "fwy02",
        "wujun",
        "吴军",
    ),
    (
        "ccent04",
        "南通海星电子股份有限公司",
        "电子信息",
        "ccpark02",
        "ccchain01",
        "是",
        "是",
        "是",
        "lxr02",
        "fwy02",
        "zhengmin",
        "郑敏",
    ),
    ("ccent05", "南通通富微电子配套有限公司", "电子信息", "ccpark01", "", "是", "否", "否", "lxr01", "fwy01", "fenghui", "冯晖"),
    ("ccent06", "南通崇川老字号食品有限公司", "食品加工", "ccpark02", "", "否", "否", "否", "lxr02", "", "", ""),
]
BATCH = ["ccent01", "ccent02", "ccent03"]  # recommended by their park and by the chain
PARK_PICKS = {"ccpark01": ["ccent01", "ccent02", "ccent05"], "ccpark02": ["ccent03", "ccent04"]}
CHAIN_PICKS = {"ccchain01": ["ccent01", "ccent02", "ccent03"]}
OUTSIDER = "ccent04"  # recommended by its park only: not designatable

SHEETS = [
    ("parks", ["园区编号", "园区名称"], PARKS),
    ("chains", ["产业链党委编号", "产业链党委名称"], CHAINS),
    ("liaisons", ["登录账号", "姓名", "工作单位"], LIAISONS),
    ("officers", ["首席服务员编号", "姓名", "工作单位", "手机号码"], OFFICERS),
    (
        "enterprises",
        [
            "企业编号",
            "企业名称",
            "统一社会信用代码",
            "所属产业",
            "园区编号",
            "产业链党委编号",
            "规模以上",
            "高新技术",
            "专精特新",
            "特约培养联系人账号",
            "首席服务员编号",
            "联系人账号",
            "联系人姓名",
        ],
        [(e[0], e[1], credit_code(i)) + e[2:] for i, e in enumerate(ENTERPRISES)],
    ),
]


# ---------------------------------------------------------------- the application


def jar_path():
    if len(sys.argv) > 1:
        return sys.argv[1]
    found = [
        j for j in glob.glob(os.path.join(ROOT, "target", "partyunion-workflow-*.jar")) if "plain" not in j
    ]
    if not found:
        subprocess.run(["./mvnw", "-B", "-q", "-DskipTests", "package"], cwd=ROOT, check=True)
        found = [
            j
            for j in glob.glob(os.path.join(ROOT, "target", "partyunion-workflow-*.jar"))
            if "plain" not in j
        ]
    return found[0]


def start(jar, log):
    env = dict(os.environ)
    env.update(
        SPRING_PROFILES_ACTIVE="mysql",
        DB_URL=f"jdbc:mysql://127.0.0.1:3306/{DB}?sendFractionalSeconds=false&nullCatalogMeansCurrent=true"
        "&useUnicode=true&characterEncoding=utf8&serverTimezone=Asia/Shanghai",
        DB_USER="root",
        DB_PASSWORD="",
        ADMIN_PASSWORD=ADMIN_PASSWORD,
        PARTYUNION_PRIVACY_ENCRYPTION_KEY=base64.b64encode(os.urandom(16)).decode(),
        PARTYUNION_PRIVACY_SEARCH_KEY=base64.b64encode(os.urandom(32)).decode(),
        PARTYUNION_SECURITY_SESSION_COOKIE_SECURE="false",
        SERVER_PORT=str(PORT),
    )
    return subprocess.Popen(["java", "-Xmx768m", "-jar", jar], env=env, stdout=log, stderr=subprocess.STDOUT)


def wait_up(app, log_path, seconds=300):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if app.poll() is not None:
            raise SystemExit(f"the application ended with {app.returncode}; log: {log_path}")
        try:
            urllib.request.urlopen(BASE + "/camunda/app/welcome/default/", timeout=5).close()
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(2)
    raise SystemExit(f"the application did not answer within {seconds} s; log: {log_path}")


def port_free():
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", PORT)) != 0


# ---------------------------------------------------------------- the walk (README steps 2–6)


def tasks(person, query):
    status, body = person.call("GET", f"{ENGINE_REST}/task?{urllib.parse.urlencode(query)}", basic=True)
    return body if status == 200 and isinstance(body, list) else []


def in_filter(person, filter_name, task_id):
    """Whether Tasklist's filter `filter_name` lists `task_id` for `person` (session, CSRF)."""
    filters = step(
        f"{person.user_id}: Tasklist filters",
        person.call("GET", f"{TASKLIST_ENGINE}/filter?resourceType=Task&itemCount=true"),
        200,
    )
    match = [f for f in filters or [] if isinstance(f, dict) and f.get("name") == filter_name]
    check(
        f"{person.user_id}: Tasklist has the filter {filter_name}",
        match,
        [f.get("name") for f in filters or [] if isinstance(f, dict)],
    )
    if not match:
        return False
    listed = step(
        f"{person.user_id}: Tasklist filter {filter_name}",
        person.call(
            "POST",
            f"{TASKLIST_ENGINE}/filter/{match[0]['id']}/list?firstResult=0&maxResults=15",
            {"sorting": [{"sortBy": "created", "sortOrder": "desc"}]},
        ),
        200,
    )
    return isinstance(listed, list) and any(t.get("id") == task_id for t in listed)


def complete(person, task, variables, name, mistake=None):
    """Claim (as Tasklist does for a group task), read the form's variables as Tasklist does
    (serialized: a Json variable's value is its JSON text), submit the form. `mistake`: (variables,
    phrase) submitted first, to be refused with 400 and a message containing the phrase."""
    step(
        f"{person.user_id}: claim {name}",
        person.call("POST", f"{ENGINE_REST}/task/{task['id']}/claim", {"userId": person.user_id}, basic=True),
        204,
    )
    form = step(
        f"{person.user_id}: form variables of {name}",
        person.call(
            "GET", f"{ENGINE_REST}/task/{task['id']}/form-variables?deserializeValues=false", basic=True
        ),
        200,
    )
    if mistake:
        wrong, phrase = mistake
        refused = step(
            f"{person.user_id}: a wrong {name} refused",
            person.call(
                "POST", f"{ENGINE_REST}/task/{task['id']}/submit-form", {"variables": wrong}, basic=True
            ),
            400,
        )
        message = refused.get("message", "") if isinstance(refused, dict) else str(refused)
        check(f"refusal: {message[:70]}", phrase in message, refused)
    step(
        f"{person.user_id}: submit {name}",
        person.call(
            "POST", f"{ENGINE_REST}/task/{task['id']}/submit-form", {"variables": variables}, basic=True
        ),
        204,
    )
    return form


def options(form, name):
    """The codes a checklist of a task form offers (its Json variable of {label, value})."""
    value = (form or {}).get(name, {}).get("value")
    items = json.loads(value) if isinstance(value, str) else value or []
    return {item.get("value") for item in items if isinstance(item, dict)}


def json_list(codes):
    return {"value": json.dumps(codes), "type": "Json"}


def walk():
    # 2. the administrator: first login in Admin, password change, the organization department's user
    admin = Person("admin", ADMIN_PASSWORD)
    first_login(admin, "admin")
    groups = step(
        "admin: the groups (engine REST)", admin.call("GET", f"{ENGINE_REST}/group", basic=True), 200
    )
    names = {g.get("id"): g.get("name") for g in groups or [] if isinstance(g, dict)}
    check(
        "the role groups exist, orgdept named 区委组织部",
        {"orgdept", "park", "chain", "liaison", "enterprise"} <= set(names) and names["orgdept"] == "区委组织部",
        names,
    )
    users = step("admin: the users (engine REST)", admin.call("GET", f"{ENGINE_REST}/user", basic=True), 200)
    check("no user but admin", [u.get("id") for u in users or [] if isinstance(u, dict)] == ["admin"], users)
    orgdept = Person("orgdept01", new_password())
    step(
        "admin: create user orgdept01 (engine REST)",
        admin.call(
            "POST",
            f"{ENGINE_REST}/user/create",
            {
                "profile": {
                    "id": "orgdept01",
                    "firstName": "建国",
                    "lastName": "刘",
                    "email": "orgdept01@chongchuan.gov.cn",
                },
                "credentials": {"password": orgdept.password},
            },
            basic=True,
        ),
        204,
    )
    step(
        "admin: orgdept01 into group orgdept",
        admin.call("PUT", f"{ENGINE_REST}/group/orgdept/members/orgdept01", basic=True),
        204,
    )
    first_login(orgdept)

    # 3. the registers, in order, from CSV sheets; every one-time password handed over and changed
    logins = {}
    for register, header, rows in SHEETS:
        step(
            f"orgdept01: workbench page of {register}",
            orgdept.call("GET", f"/workbench/registers/{register}", accept="text/html"),
            200,
        )
        if register == "enterprises":
            bad = [
                rows[0][:2]
                + (rows[0][2][:17] + next(c for c in CODE_SET if c != rows[0][2][17]),)
                + rows[0][3:],
                rows[1][:4] + ("ccpark09",) + rows[1][5:],
            ] + list(rows[2:])
            refused = step(
                "orgdept01: enterprises with a wrong check character and an unknown park",
                orgdept.call(
                    "POST",
                    f"/api/registers/{register}/import",
                    files={"file": (f"{register}.csv", sheet(header, bad), "text/csv")},
                ),
                422,
            )
            reasons = refused.get("rows", []) if isinstance(refused, dict) else []
            check(
                "both bad rows listed by row number, in Chinese",
                [r.get("row") for r in reasons] == [2, 3]
                and "校验码" in str(reasons)
                and "ccpark09 未登记" in str(reasons),
                refused,
            )
        answer = step(
            f"orgdept01: import {register} ({len(rows)} rows)",
            orgdept.call(
                "POST",
                f"/api/registers/{register}/import",
                files={"file": (f"{register}.csv", sheet(header, rows), "text/csv")},
            ),
            200,
        )
        if isinstance(answer, dict):
            check(f"{register}: {len(rows)} rows imported", answer.get("imported") == len(rows), answer)
            logins.update({login["userId"]: login["initialPassword"] for login in answer.get("logins", [])})
    expected_logins = (
        {p[0] for p in PARKS}
        | {c[0] for c in CHAINS}
        | {l[0] for l in LIAISONS}
        | {e[10] for e in ENTERPRISES if e[10]}
    )
    check(
        "one-time passwords for every committee, liaison and contact",
        set(logins) == expected_logins,
        sorted(logins),
    )
    again = step(
        "orgdept01: the parks sheet again is refused",
        orgdept.call(
            "POST",
            "/api/registers/parks/import",
            files={"file": ("parks.csv", sheet(SHEETS[0][1], PARKS), "text/csv")},
        ),
        422,
    )
    check(
        "refusal lists the rows in Chinese",
        isinstance(again, dict)
        and len(again.get("rows", [])) == len(PARKS)
        and CJK.search(str(again.get("rows"))),
        again,
    )
    people = {}
    for user_id, password in sorted(logins.items()):
        people[user_id] = Person(user_id, password)
        first_login(people[user_id])

    # 4. open the year (engine REST, as README says), the committees recommend
    today = datetime.datetime.now(SHANGHAI).date()
    year = today.year
    step(
        f"orgdept01: open the year {year}",
        orgdept.call(
            "POST",
            f"{ENGINE_REST}/process-definition/key/enterpriseDesignation/submit-form",
            {
                "variables": {
                    "year": {"value": year},
                    "recommendationDeadline": {"value": (today + datetime.timedelta(days=14)).isoformat()},
                }
            },
            basic=True,
        ),
        200,
    )
    for committee, picks in list(PARK_PICKS.items()) + list(CHAIN_PICKS.items()):
        person = people[committee]
        found = tasks(
            person,
            {
                "processDefinitionKey": "enterpriseDesignation",
                "taskDefinitionKey": "Task_Recommend",
                "candidateGroup": committee,
            },
        )
        check(
            f"{committee}: sees 推荐直报企业",
            len(found) == 1 and found[0].get("name", "").startswith("推荐直报企业"),
            found,
        )
        foreign = next(e[0] for e in ENTERPRISES if committee not in (e[3], e[4]))
        if found:
            check(f"{committee}: 推荐直报企业 in Tasklist's 企业认定待办", in_filter(person, "企业认定待办", found[0]["id"]))
            form = complete(
                person,
                found[0],
                {
                    "recommendedEnterprises": json_list(picks),
                    "designationReason": {"value": "该企业党建基础扎实，产业工人队伍规模大，积极支持职工向党组织靠拢。"},
                },
                "推荐直报企业",
                (
                    {
                        "recommendedEnterprises": json_list([foreign]),
                        "designationReason": {"value": "跨单位推荐的企业，应被拒绝受理。"},
                    },
                    "不是本单位登记的企业",
                ),
            )
            own = {e[0] for e in ENTERPRISES if committee in (e[3], e[4]) and "是" in e[5:8]}
            offered = options(form, "enterpriseOptions")
            check(
                f"{committee}: the form offers its own enterprises with a category", offered == own, offered
            )

    # 5. the summing-up runs as a job; then the confirmation task; the batch
    confirm = []
    deadline = time.time() + 120
    while not confirm and time.time() < deadline:
        confirm = tasks(
            orgdept,
            {"processDefinitionKey": "enterpriseDesignation", "taskDefinitionKey": "Task_ConfirmBatch"},
        )
        if not confirm:
            time.sleep(2)
    check(
        f"orgdept01: 确认直报企业批次 appeared ({120 - int(deadline - time.time())} s after the last recommendation)",
        confirm,
        "no task within 120 s",
    )
    if confirm:
        check("orgdept01: 确认直报企业批次 in Tasklist's 企业认定待办", in_filter(orgdept, "企业认定待办", confirm[0]["id"]))
        form = complete(
            orgdept,
            confirm[0],
            {"designatedEnterprises": json_list(BATCH)},
            "确认直报企业批次",
            ({"designatedEnterprises": json_list(BATCH + [OUTSIDER])}, "未获开发园区党工委和产业链党委双推荐"),
        )
        offered = options(form, "recommendedOptions")
        check("the confirmation offers exactly the double-recommended", offered == set(BATCH), offered)
    designation = step(
        "orgdept01: the designation ended",
        orgdept.call(
            "GET",
            f"{ENGINE_REST}/history/process-instance?processDefinitionKey=enterpriseDesignation&finished=true",
            basic=True,
        ),
        200,
    )
    check("one finished designation", isinstance(designation, list) and len(designation) == 1, designation)

    # 6. the first nomination, in Tasklist (session and CSRF), by the contact of a batch enterprise
    contact = people[ENTERPRISES[0][10]]
    liaison_id = ENTERPRISES[0][8]
    step(
        f"{contact.user_id}: the nomination form",
        contact.call("GET", f"{TASKLIST_ENGINE}/process-definition/key/directReport/deployed-start-form"),
        200,
    )
    birth = datetime.date(1996, 3, 14)
    nomination = {
        "candidateName": "顾晓峰",
        "gender": "MALE",
        "ethnicity": "汉族",
        "birthDate": birth.isoformat(),
        "idNumber": id_number(birth, True),
        "phone": "13962812345",
        "education": "大专",
        "jobTitle": "数控车工",
        "skillLevel": "高级工",
        "talentCategory": "TECHNICAL_EXPERT",
        "politicalStatus": "LEAGUE_MEMBER",
        "applicationDate": (today - datetime.timedelta(days=30)).isoformat(),
        "discoveryChannel": "企业推荐",
        "honors": "南通市技术能手",
        "recommendationReason": "该同志技术过硬，多次在市级技能竞赛中获奖，积极向党组织靠拢，已递交入党申请书，群众基础好。",
    }
    variables = {k: {"value": v} for k, v in nomination.items()}
    started = step(
        f"{contact.user_id}: nominate (directReport submit-form)",
        contact.call(
            "POST",
            f"{TASKLIST_ENGINE}/process-definition/key/directReport/submit-form",
            {"variables": variables},
        ),
        200,
    )
    liaison = people[liaison_id]
    login(liaison)  # a new session after the first one, as on another day
    if isinstance(started, dict) and started.get("id"):
        seen = step(
            f"{liaison_id}: Tasklist shows the case's task",
            liaison.call("GET", f"{TASKLIST_ENGINE}/task?processInstanceId={started['id']}"),
            200,
        )
        check(
            f"{liaison_id} is the assignee of 特约培养联系人谈话",
            isinstance(seen, list)
            and len(seen) == 1
            and seen[0].get("assignee") == liaison_id
            and seen[0].get("taskDefinitionKey") == "Task_LiaisonReview",
            seen,
        )
        if isinstance(seen, list) and seen:
            check(f"{liaison_id}: the task in Tasklist's 我的待办", in_filter(liaison, "我的待办", seen[0]["id"]))
        other = people[LIAISONS[1][0]]
        hidden = step(
            f"{other.user_id}: another liaison does not see it",
            other.call("GET", f"{TASKLIST_ENGINE}/task?processInstanceId={started['id']}"),
            200,
        )
        check(f"{other.user_id} sees no task of it", hidden == [], hidden)

    outsider = people[next(e[10] for e in ENTERPRISES if e[0] == OUTSIDER)]
    nomination.update(
        candidateName="钱国栋", idNumber=id_number(datetime.date(1993, 7, 2), True), birthDate="1993-07-02"
    )
    refused = step(
        f"{outsider.user_id} ({OUTSIDER}, outside the batch): nomination refused",
        outsider.call(
            "POST",
            f"{TASKLIST_ENGINE}/process-definition/key/directReport/submit-form",
            {"variables": {k: {"value": v} for k, v in nomination.items()}},
        ),
        400,
    )
    message = refused.get("message", "") if isinstance(refused, dict) else str(refused)
    check(f"refusal in Chinese: {message[:60]}", "不在本年度直报企业批次内" in message, refused)


def main():
    if not port_free():
        raise SystemExit(f"port {PORT} is in use: stop what listens there")
    jar = jar_path()
    print(f"== walk into service: jar {os.path.relpath(jar, ROOT)}, database {DB}, {BASE}", flush=True)
    sql(
        f"DROP DATABASE IF EXISTS {DB}; CREATE DATABASE {DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    )
    log_path = os.path.join(tempfile.gettempdir(), f"walk-into-service-{PORT}.log")
    began = time.time()
    with open(log_path, "wb") as log:
        app = start(jar, log)
        try:
            wait_up(app, log_path)
            print(f"== application up after {time.time() - began:.0f} s; log {log_path}", flush=True)
            walk()
        except Exception as error:  # a broken answer: still the summary, the stop and the drop
            check(f"the walk went on to its end ({type(error).__name__}: {error})", False)
        finally:
            app.terminate()
            try:
                app.wait(60)
            except subprocess.TimeoutExpired:
                app.kill()
            sql(f"DROP DATABASE IF EXISTS {DB}")
    with open(log_path, encoding="utf-8", errors="replace") as log:
        errors = [line.rstrip() for line in log if re.search(r"\bERROR\b", line)]
    failed = [r for r in results if not r[2]]
    server_errors = sum(1 for s in statuses if s >= 500)
    seen = {}
    for s in statuses:
        seen[s] = seen.get(s, 0) + 1
    print("== summary")
    print(
        f"steps: {len(results)} ({sum(1 for r in results if r[1] != '-')} requests checked, {len(failed)} failed)"
    )
    print("statuses seen: " + ", ".join(f"{s}×{n}" for s, n in sorted(seen.items())))
    print(f"5xx answers: {server_errors}")
    print(f"ERROR lines in the application log: {len(errors)}")
    for line in errors[:10]:
        print("  " + line[:300])
    for name, status, _ in failed:
        print(f"failed: {status} {name}")
    ok = not failed and server_errors == 0 and not errors
    print("== walk " + ("passed" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
