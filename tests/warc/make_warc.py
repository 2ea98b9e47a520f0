#!/usr/bin/env python3
"""tests/warc/make_warc.py - build the sample web archives in tests/warc/
from the HTML pages in tests/warc/pages/.

    python3 tests/warc/make_warc.py            # rewrite the samples
    python3 tests/warc/make_warc.py --bench OUT.warc.gz [MB]  # a big one

Samples (all from the same records):
  sample.warc          plain WARC 1.1
  sample.warc.gz       gzip per record, as Common Crawl writes them
  truncated.warc.gz    sample.warc.gz cut inside its fifth record
  badlength.warc       a record whose Content-Length is 40 bytes short
  notwarc.gz           gzip of something else

The records: warcinfo; request, response and metadata of an English
article (HTTP 200, UTF-8); an image; a 301 redirect; a Korean article
sent chunked and gzip-encoded; a Russian page in KOI8-R whose charset is
named only by the HTTP header; a Windows-1252 page likewise; a home page
with no article; a `resource` record of an HTML page; a revisit record.

Everything is deterministic (fixed dates, record ids and gzip mtime), so
the files only change when this script or the pages do.
"""
import gzip
import io
import os
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")


def page(name):
    with open(os.path.join(PAGES, name), "rb") as f:
        return f.read()


def record(wtype, uri, date, rid, ctype, block, extra=()):
    head = [b"WARC/1.1", b"WARC-Type: " + wtype.encode(),
            b"WARC-Record-ID: <urn:uuid:" + rid.encode() + b">",
            b"WARC-Date: " + date.encode()]
    if uri:
        head.append(b"WARC-Target-URI: " + uri.encode())
    head += [h.encode() for h in extra]
    head.append(b"Content-Type: " + ctype.encode())
    head.append(b"Content-Length: " + str(len(block)).encode())
    return b"\r\n".join(head) + b"\r\n\r\n" + block + b"\r\n\r\n"


def http(status, headers, body):
    lines = [b"HTTP/1.1 " + status.encode()] + [h.encode() for h in headers]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def chunked(body, size=97):
    out = b""
    for i in range(0, len(body), size):
        part = body[i:i + size]
        out += b"%x\r\n" % len(part) + part + b"\r\n"
    return out + b"0\r\n\r\n"


def uuid(n):
    return "00000000-0000-4000-8000-%012d" % n


def records():
    d = "2025-10-19T03:04:05Z"
    en = page("en-summit.html")
    ko = page("ko-talks.html")
    ko_gz = gzip.compress(ko, mtime=0)
    recs = [
        record("warcinfo", None, d, uuid(1), "application/warc-fields",
               b"software: dyad tests/warc/make_warc.py\r\nformat: WARC File Format 1.1\r\n"),
        record("request", "https://www.harbour-gazette.example/asia/japan-korea-summit", d,
               uuid(2), "application/http; msgtype=request",
               b"GET /asia/japan-korea-summit HTTP/1.1\r\nHost: www.harbour-gazette.example\r\n\r\n"),
        record("response", "https://www.harbour-gazette.example/asia/japan-korea-summit", d,
               uuid(3), "application/http; msgtype=response",
               http("200 OK", ["Content-Type: text/html; charset=UTF-8",
                               "Content-Length: %d" % len(en)], en),
               ["WARC-IP-Address: 192.0.2.10", "WARC-Payload-Digest: sha1:AAAA"]),
        record("metadata", "https://www.harbour-gazette.example/asia/japan-korea-summit", d,
               uuid(4), "application/warc-fields", b"fetchTimeMs: 120\r\noutlink: https://a.example/\r\n"),
        record("response", "https://www.harbour-gazette.example/logo.png", d, uuid(5),
               "application/http; msgtype=response",
               http("200 OK", ["Content-Type: image/png"], b"\x89PNG\r\n\x1a\n" + bytes(range(256)))),
        record("response", "http://harbour-gazette.example/old", d, uuid(6),
               "application/http; msgtype=response",
               http("301 Moved Permanently", ["Location: https://www.harbour-gazette.example/",
                                              "Content-Type: text/html"],
                    b"<html><body><p>Moved to the home page of the site, please follow the link.</p></body></html>")),
        record("response", "https://news.seoul-daily.example/politics/shuttle", "2025-10-19T04:00:00Z",
               uuid(7), "application/http; msgtype=response",
               http("200 OK", ["Content-Type: text/html", "Transfer-Encoding: chunked",
                               "Content-Encoding: gzip"], chunked(ko_gz))),
        record("response", "https://ru.example/politics/lavrov-china", "2025-10-21T09:00:00Z",
               uuid(8), "application/http; msgtype=response",
               http("200 OK", ["Content-Type: text/html; charset=KOI8-R"], page("ru-koi8.html"))),
        record("response", "https://levant.example/visit", "2025-10-20T10:00:00Z",
               uuid(9), "application/http; msgtype=response",
               http("200 OK", ["content-type: text/html;charset=\"windows-1252\""],
                    page("latin1-visit.html"))),
        record("response", "https://www.harbour-gazette.example/", d, uuid(10),
               "application/http; msgtype=response",
               http("200 OK", ["Content-Type: text/html"], page("index-page.html"))),
        record("resource", "file:///archive/kenya-tanzania.html", "2025-10-27T12:00:00Z",
               uuid(11), "text/html", page("resource-note.html")),
        record("revisit", "https://www.harbour-gazette.example/asia/japan-korea-summit", d,
               uuid(12), "application/http; msgtype=response",
               b"HTTP/1.1 304 Not Modified\r\n\r\n",
               ["WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"]),
    ]
    return recs


def gz_member(data):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
        g.write(data)
    return buf.getvalue()


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def samples():
    recs = records()
    write("sample.warc", b"".join(recs))
    members = [gz_member(r) for r in recs]
    write("sample.warc.gz", b"".join(members))
    cut = sum(len(m) for m in members[:4]) + len(members[4]) // 2
    write("truncated.warc.gz", b"".join(members)[:cut])
    bad = recs[:2]
    r = recs[2]
    i = r.index(b"Content-Length: ")
    j = r.index(b"\r\n", i)
    n = int(r[i + 16:j]) - 40
    bad.append(r[:i + 16] + str(n).encode() + r[j:])
    bad += recs[3:]
    write("badlength.warc", b"".join(bad))
    write("notwarc.gz", gz_member(b"just some text, not an archive\n" * 4))


def bench(out, megabytes):
    """A big per-record gzip WARC from the HTML test pages beside
    tests/html/ (else from pages/), each page repeated under new URIs, with
    a request and a metadata record for each response, as in a crawl."""
    src = os.path.join(HERE, "..", "html")
    names = sorted(n for n in os.listdir(src) if n.endswith(".html")) if os.path.isdir(src) else []
    pages = [open(os.path.join(src, n), "rb").read() for n in names]
    if not pages:
        pages = [page(n) for n in sorted(os.listdir(PAGES))]
    target = megabytes << 20
    size = 0
    n = 0
    with open(out, "wb") as f:
        f.write(gz_member(records()[0]))
        while size < target:
            body = pages[n % len(pages)]
            uri = "https://site%d.example/news/%d" % (n % 97, n)
            d = "2025-10-%02dT%02d:00:00Z" % (1 + n % 28, n % 24)
            for r in (
                record("request", uri, d, uuid(100000 + 3 * n), "application/http; msgtype=request",
                       b"GET /news/%d HTTP/1.1\r\nHost: x\r\n\r\n" % n),
                record("response", uri, d, uuid(100001 + 3 * n), "application/http; msgtype=response",
                       http("200 OK", ["Content-Type: text/html; charset=utf-8",
                                       "Content-Length: %d" % len(body)], body)),
                record("metadata", uri, d, uuid(100002 + 3 * n), "application/warc-fields",
                       b"fetchTimeMs: 87\r\n"),
            ):
                m = gz_member(r)
                f.write(m)
                size += len(m)
            n += 1
    print("%s: %d pages, %d bytes" % (out, n, size))


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "--bench":
        bench(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 50)
    else:
        samples()
