#!/usr/bin/env python3
"""A small SPARQL 1.1 Graph Store Protocol server for tests/push/mock-store.sh.

PUT /gsp?graph=IRI stores the body as the graph (replacing it); /old-gsp answers 307 to /gsp.
With --user and --password it asks for HTTP digest or basic authentication (basic only with
--basic-only). The graphs are kept in the --db JSON file, so a restarted server still has them,
as a real store would.

Test controls (no authentication):
  POST /_control  {"fail_next": [503, ...], "reject": "substring", "die_after": N}
      fail_next: answer the next PUTs with these statuses (Retry-After: 0);
      reject: answer 400 to PUTs whose graph IRI holds the substring;
      die_after: exit at once, without an answer, on a PUT once N PUTs have succeeded
      since this control was set (a server killed in the middle of a push);
      reject_body: the body of those 400s (e.g. with terminal escape codes);
      redirect_to: answer every PUT to /gsp with 307 to this URL (another port, or http).
  GET /_graphs    {"graphs": {IRI: statement count}, "puts": N, "content_types": [...],
                   "basic_auth_seen": requests that carried a password as Basic}
"""
import argparse
import base64
import hashlib
import json
import os
import re
import secrets
import ssl
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

lock = threading.Lock()
control = {"fail_next": [], "reject": None, "die_after": None, "ok_since_control": 0, "reject_body": None,
           "redirect_to": None}
db = {"graphs": {}, "puts": 0, "content_types": []}
seen = {"basic_auth_seen": 0}
nonce = secrets.token_hex(16)


def md5(text):
    return hashlib.md5(text.encode()).hexdigest()


def digest_ok(header, method):
    """RFC 7616 digest with MD5, qop=auth or none."""
    fields = {m.group(1): m.group(2) if m.group(2) is not None else m.group(3)
              for m in re.finditer(r'(\w+)=(?:"([^"]*)"|([^,\s]*))', header[len("Digest "):])}
    if fields.get("username") != args.user or fields.get("nonce") != nonce or "uri" not in fields:
        return False
    ha1 = md5(f"{args.user}:mock:{args.password}")
    ha2 = md5(f"{method}:{fields['uri']}")
    if fields.get("qop"):
        expected = md5(f"{ha1}:{nonce}:{fields.get('nc')}:{fields.get('cnonce')}:{fields['qop']}:{ha2}")
    else:
        expected = md5(f"{ha1}:{nonce}:{ha2}")
    return fields.get("response") == expected


def save(path):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        json.dump(db, out)
    os.replace(tmp, path)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        sys.stderr.write("mock-store: " + (fmt % args) + "\n")

    def reply(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def read_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def do_GET(self):
        if self.path.startswith("/_graphs"):
            with lock:
                self.reply(200, json.dumps({**db, **seen}).encode(), [("Content-Type", "application/json")])
        else:
            self.reply(404)

    def do_POST(self):
        body = self.read_body()
        if not self.path.startswith("/_control"):
            return self.reply(405)
        with lock:
            settings = json.loads(body or b"{}")
            control["fail_next"] = list(settings.get("fail_next", []))
            control["reject"] = settings.get("reject")
            control["die_after"] = settings.get("die_after")
            control["reject_body"] = settings.get("reject_body")
            control["redirect_to"] = settings.get("redirect_to")
            control["ok_since_control"] = 0
        self.reply(204)

    def do_PUT(self):
        body = self.read_body()  # always read, so that the connection can be kept
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/old-gsp":
            return self.reply(307, headers=[("Location", "/gsp?" + url.query)])
        if url.path != "/gsp":
            return self.reply(404, b"no such service")
        if control["redirect_to"]:
            return self.reply(307, headers=[("Location", control["redirect_to"] + "?" + url.query)])
        if args.user:
            given = self.headers.get("Authorization", "")
            basic = "Basic " + base64.b64encode(f"{args.user}:{args.password}".encode()).decode()
            if given.startswith("Basic "):
                with lock:
                    seen["basic_auth_seen"] += 1
            digest = not args.basic_only and given.startswith("Digest ") and digest_ok(given, "PUT")
            if given != basic and not digest:
                challenges = [] if args.basic_only else [
                    ("WWW-Authenticate", f'Digest realm="mock", qop="auth", nonce="{nonce}", algorithm=MD5')]
                return self.reply(401, b"who are you?", challenges + [("WWW-Authenticate", 'Basic realm="mock"')])
        graph = urllib.parse.parse_qs(url.query).get("graph", [None])[0]
        if not graph:
            return self.reply(400, b"no graph parameter")
        with lock:
            if control["die_after"] is not None and control["ok_since_control"] >= control["die_after"]:
                sys.stderr.write("mock-store: dying in the middle of the push, as asked\n")
                sys.stderr.flush()
                os._exit(3)
            if control["fail_next"]:
                status = control["fail_next"].pop(0)
                return self.reply(status, b"busy, try again", [("Retry-After", "0")])
            if control["reject"] and control["reject"] in graph:
                body = control["reject_body"] or "<html><body><h1>Syntax error</h1> at line 1</body></html>"
                return self.reply(400, body.encode())
            text = body.decode("utf-8")
            created = graph not in db["graphs"]
            db["graphs"][graph] = sum(1 for line in text.splitlines() if line.strip())
            db["puts"] += 1
            content_type = self.headers.get("Content-Type", "")
            if content_type not in db["content_types"]:
                db["content_types"].append(content_type)
            control["ok_since_control"] += 1
            save(args.db)
        self.reply(201 if created else 204)


parser = argparse.ArgumentParser()
parser.add_argument("--port-file", required=True)
parser.add_argument("--port", type=int, default=0)
parser.add_argument("--db", required=True)
parser.add_argument("--user")
parser.add_argument("--password")
parser.add_argument("--basic-only", action="store_true")
parser.add_argument("--cert")
parser.add_argument("--key")
args = parser.parse_args()

if os.path.exists(args.db):
    with open(args.db, encoding="utf-8") as f:
        db = json.load(f)
ThreadingHTTPServer.allow_reuse_address = True
server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
if args.cert:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args.cert, args.key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
with open(args.port_file + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.replace(args.port_file + ".tmp", args.port_file)
server.serve_forever()
