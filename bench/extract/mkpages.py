#!/usr/bin/env python3
"""Make the extraction benchmark's pages: about 200 pages of 50-150 KB.

Each is one of the test pages in tests/html/ (their expected texts come
along as NAME.txt) padded with what real news pages carry around an
article: inline scripts and styles in the head, a mega-menu and a
breaking-news bar after <body>, and before </body> related-story rails,
a comment thread, a newsletter box and a footer of links.  The padding is
page furniture, so each page's expected body is still its test page's.

    mkpages.py TESTDIR OUTDIR [N]

The same inputs give the same bytes (seeded by page name and index).
"""
import os
import random
import sys

WORDS = ("government minister talks security election president market trade "
         "summit crisis report court military policy vote energy climate health "
         "economy border ceasefire sanctions protest parliament treaty").split()


def sentence(rnd, n):
    w = [rnd.choice(WORDS) for _ in range(n)]
    return " ".join(w).capitalize() + "."


def script(rnd, kb):
    out, size = [], 0
    while size < kb * 1024:
        line = ("window.__cfg_%d={slot:'ad-%d',sizes:[[300,250],[728,90]],targeting:{section:'world',"
                "tags:['%s','%s']},lazy:%s};function f%d(e){return e&&e.target?e.target.dataset.id:null}\n"
                % (rnd.randint(0, 1 << 30), rnd.randint(0, 999), rnd.choice(WORDS), rnd.choice(WORDS),
                   "true" if rnd.random() < .5 else "false", rnd.randint(0, 1 << 20)))
        out.append(line)
        size += len(line)
    return "<script>%s</script>" % "".join(out)


def style(rnd, kb):
    out, size = [], 0
    while size < kb * 1024:
        line = ".c-%x{margin:%dpx %dpx;padding:0 %dpx;font:%dpx/1.4 Georgia,serif;color:#%06x}\n" % (
            rnd.randint(0, 1 << 24), rnd.randint(0, 40), rnd.randint(0, 40), rnd.randint(0, 20),
            rnd.randint(10, 30), rnd.randint(0, 1 << 24))
        out.append(line)
        size += len(line)
    return "<style>%s</style>" % "".join(out)


def menu(rnd, n):
    items = []
    for i in range(n):
        sub = "".join('<li><a href="/s/%d/%d">%s %s</a></li>' % (i, j, rnd.choice(WORDS).capitalize(), rnd.choice(WORDS))
                      for j in range(rnd.randint(3, 8)))
        items.append('<li class="menu-item"><a href="/s/%d">%s</a><ul class="sub-menu">%s</ul></li>'
                     % (i, rnd.choice(WORDS).capitalize(), sub))
    return '<nav class="mega-menu" role="navigation"><ul>%s</ul></nav>' % "".join(items)


def rail(rnd, n):
    items = "".join('<li class="teaser"><a href="/a/%d"><img src="/i/%d.jpg" alt=""><h4>%s</h4></a><p>%s...</p></li>'
                    % (rnd.randint(0, 99999), i, sentence(rnd, rnd.randint(6, 12))[:-1],
                       sentence(rnd, rnd.randint(10, 16))[:-1]) for i in range(n))
    return '<aside class="related-stories"><h3>More from World</h3><ul>%s</ul></aside>' % items


def thread(rnd, n):
    cs = "".join('<div class="comment"><div class="comment-author">reader%d</div><div class="comment-body"><p>%s %s</p></div>'
                 '<div class="comment-actions"><a href="#">Reply</a> <a href="#">Report</a></div></div>'
                 % (rnd.randint(1, 9999), sentence(rnd, rnd.randint(12, 25)), sentence(rnd, rnd.randint(8, 20)))
                 for _ in range(n))
    return '<section class="comments" id="comments"><h3>Comments</h3>%s</section>' % cs


def footer(rnd):
    cols = "".join("<ul>%s</ul>" % "".join('<li><a href="/f/%d">%s</a></li>' % (j, rnd.choice(WORDS).capitalize())
                                          for j in range(12)) for _ in range(5))
    return '<footer class="site-footer">%s<p>Copyright 2025. All rights reserved.</p></footer>' % cols


def pad(data, rnd, target):
    lo = data.lower()
    head_end = lo.find(b"</head>")
    body = lo.find(b"<body")
    body_gt = lo.find(b">", body) + 1 if body >= 0 else -1
    body_end = lo.rfind(b"</body>")
    if head_end < 0 or body_gt <= 0:
        return None
    if body_end < 0:
        body_end = len(data)
    need = max(0, target - len(data))
    head_pad = script(rnd, need * 0.35 / 1024) + style(rnd, need * 0.10 / 1024)
    top = menu(rnd, max(4, int(need * 0.12 / 700))) + '<div class="breaking-bar">Breaking news</div>'
    tail = "".join(rail(rnd, 8) for _ in range(max(1, int(need * 0.2 / 3000)))) + \
        thread(rnd, max(2, int(need * 0.12 / 300))) + footer(rnd)
    while len(data) + len(head_pad) + len(top) + len(tail) < target:
        tail = rail(rnd, 8) + tail
    out = (data[:head_end] + head_pad.encode() + data[head_end:body_gt] + top.encode() +
           data[body_gt:body_end] + tail.encode() + data[body_end:])
    return out


def main():
    src, dst = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    os.makedirs(dst, exist_ok=True)
    names = sorted(f[:-5] for f in os.listdir(src) if f.endswith(".html"))
    names = [m for m in names if os.path.getsize(os.path.join(src, m + ".html")) < 100000]
    made = 0
    i = 0
    while made < n:
        name = names[i % len(names)]
        rnd = random.Random("%s-%d" % (name, i))
        i += 1
        with open(os.path.join(src, name + ".html"), "rb") as f:
            data = f.read()
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            continue
        out = pad(data, rnd, rnd.randint(50, 150) * 1024)
        if out is None:
            continue
        stem = "%03d-%s" % (made, name)
        with open(os.path.join(dst, stem + ".html"), "wb") as f:
            f.write(out)
        with open(os.path.join(src, name + ".txt"), "rb") as f, open(os.path.join(dst, stem + ".txt"), "wb") as g:
            g.write(f.read())
        made += 1


if __name__ == "__main__":
    main()
