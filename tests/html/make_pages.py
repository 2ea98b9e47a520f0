#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write the HTML extraction test set: NAME.html and NAME.txt (the expected
body, one paragraph per line) for each page below.

Each layout imitates how a kind of real news site marks up an article:
semantic <article> pages, div soup with meaningless class names, inline
ads, comment sections, related-story rails, cookie banners, AMP, paywall
teasers, live blogs, old table layouts, pages in Windows-1252, Latin-1,
Windows-1251 or UTF-16, a wrongly declared charset, a byte order mark,
broken nesting, deep nesting, a 2 MB page and a page with no article.
The texts are in articles.py.  Run from anywhere:

    python3 tests/html/make_pages.py

The generated files are committed; edit here and regenerate.
"""
import html
import os
import random

from articles import ARTICLES

HERE = os.path.dirname(os.path.abspath(__file__))
E = lambda s: html.escape(s, quote=False)
A = lambda s: html.escape(s, quote=True)


def ptext(p):
    return p if isinstance(p, str) else p[1]


def latin1(s):
    try:
        s.encode("latin-1")
        return True
    except UnicodeEncodeError:
        return False


def gold(a):
    return "\n".join(ptext(p) for p in a["paras"]) + "\n"


def body_html(a, p_attr="", h2="h2", wrap_li="ul", quote="blockquote"):
    """The article body as <p>, <h2>, <ul><li> and <blockquote>."""
    out, in_list = [], False
    for p in a["paras"]:
        kind = "p" if isinstance(p, str) else p[0]
        if kind == "li" and not in_list:
            out.append("<%s>" % wrap_li)
            in_list = True
        if kind != "li" and in_list:
            out.append("</%s>" % wrap_li)
            in_list = False
        t = E(ptext(p))
        if kind == "p":
            out.append("<p%s>%s</p>" % (p_attr, t))
        elif kind == "h2":
            out.append("<%s>%s</%s>" % (h2, t, h2))
        elif kind == "li":
            out.append("<li>%s</li>" % t)
        else:
            out.append("<%s><p>%s</p></%s>" % (quote, t, quote))
    if in_list:
        out.append("</%s>" % wrap_li)
    return "\n".join(out)


# ---- furniture ---------------------------------------------------------

SECTIONS = ["World", "Politics", "Business", "Asia", "Europe", "Americas",
            "Middle East", "Africa", "Opinion", "Sport", "Culture", "Science",
            "Climate", "Health", "Video", "Podcasts"]


def teasers(exclude, n, rnd, snippet=True):
    # Teasers go on pages in Latin-1 and Windows-1252 too.
    keys = [k for k in sorted(ARTICLES) if k != exclude and ARTICLES[k]["lang"] == "en"
            and latin1(ARTICLES[k]["title"] + ptext(ARTICLES[k]["paras"][0]))]
    rnd.shuffle(keys)
    out = []
    for k in keys[:n]:
        a = ARTICLES[k]
        first = ptext(a["paras"][0])
        cut = first[: rnd.randint(60, 110)].rsplit(" ", 1)[0] + "..."
        out.append((a["title"], cut if snippet else None, "/%s/%s" % (a["date"][:4], k)))
    return out


def nav(rnd, cls="main-nav", tag="nav"):
    items = "".join('<li><a href="/%s">%s</a></li>' % (s.lower().replace(" ", "-"), s)
                    for s in SECTIONS[: rnd.randint(8, len(SECTIONS))])
    return '<%s class="%s"><ul>%s</ul></%s>' % (tag, cls, items, tag)


def site_header(site, rnd):
    return ('<header class="site-header"><a class="logo" href="/">%s</a>'
            '<form class="search" action="/search"><input name="q" placeholder="Search">'
            '<button>Search</button></form><a class="subscribe-btn" href="/subscribe">Subscribe</a>'
            '<a href="/login">Sign in</a></header>\n%s' % (E(site), nav(rnd)))


def site_footer(site):
    cols = [["About us", "Contact us", "Careers", "Advertise with us"],
            ["Terms of use", "Privacy policy", "Cookie settings", "Accessibility"],
            ["Newsletters", "Podcasts", "RSS feeds", "Apps"]]
    h = "".join("<ul>%s</ul>" % "".join('<li><a href="#">%s</a></li>' % c for c in col)
                for col in cols)
    return ('<footer class="site-footer">%s<p>&copy; 2025 %s. All rights reserved.</p>'
            '<p>Reproduction of material from any pages without written permission is strictly prohibited.</p>'
            '</footer>' % (h, E(site)))


def related_rail(a, rnd, n=4, cls="related", heading="Related stories", snippet=True):
    items = []
    for t, s, href in teasers(a["key"], n, rnd, snippet):
        items.append('<li><a href="%s"><h4>%s</h4></a>%s</li>'
                     % (href, E(t), "<p>%s</p>" % E(s) if s else ""))
    return '<aside class="%s"><h3>%s</h3><ul>%s</ul></aside>' % (cls, heading, "".join(items))


COMMENTS = [
    ("northwind", "I have been following this story for weeks and I still think the government should have acted much sooner than it did. Nobody seems to be asking the obvious questions."),
    ("jrs1974", "This is a good summary, but it leaves out the history that matters most. Anyone who has lived in the region knows that the problems go back much further than the last few years."),
    ("Quiet Observer", "Thank you for the clear reporting. It would be helpful if you could follow up on what this means for ordinary people, because the official statements never tell us that."),
    ("mapleleaf", "We will see what happens next. In my experience these agreements look good on paper and then fall apart as soon as the cameras have left."),
    ("ellie_k", "Does anyone know whether the full text of the statement has been published? I would rather read it myself than rely on summaries."),
]


def comments(rnd, cls="comments", n=4, wrap="section"):
    cs = []
    for i, (who, text) in enumerate(rnd.sample(COMMENTS, n)):
        cs.append('<div class="comment"><div class="comment-meta"><b>%s</b> <time>%d hours ago</time></div>'
                  '<div class="comment-body"><p>%s</p></div><a href="#">Reply</a> <a href="#">Like</a></div>'
                  % (E(who), i + 1, E(text)))
    return ('<%s id="comments" class="%s"><h3>%d Comments</h3>%s'
            '<form class="comment-form"><h3>Leave a Reply</h3><textarea></textarea>'
            '<button>Post comment</button></form></%s>' % (wrap, cls, n, "".join(cs), wrap))


COOKIE = ("We use cookies and similar technologies to improve your experience on our site, "
          "to analyse our traffic and to show you personalised content and advertising. "
          "By clicking Accept all, you agree to the storing of cookies on your device. "
          "You can change your choices at any time by visiting the cookie settings page.")

NEWSLETTER = ("Sign up for our morning briefing and get the day's most important stories "
              "delivered to your inbox every weekday, with analysis from our correspondents around the world.")

SCRIPT = ("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
          "gtag('js',new Date());gtag('config','G-XXXX');var s='<p>not text</p>';"
          "if(a<b&&c>d){console.log(s)}</script>")


def jsonld(a, kind="NewsArticle"):
    return ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"%s",'
            '"headline":%s,"datePublished":"%sT08:00:00Z","author":{"@type":"Person","name":%s},'
            '"publisher":{"@type":"Organization","name":%s}}</script>'
            % (kind, jq(a["title"]), a["date"], jq(a["author"]), jq(a["site"])))


def jq(s):
    import json
    return json.dumps(s, ensure_ascii=False)


def head(a, charset="utf-8", extra="", title_suffix=True, canonical=True, meta=True):
    t = a["title"] + (" | " + a["site"].split(".")[0].capitalize() if title_suffix else "")
    h = ['<meta charset="%s">' % charset if charset else "",
         "<title>%s</title>" % E(t),
         '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if meta:
        h.append('<meta property="og:title" content="%s">' % A(a["title"]))
        h.append('<meta property="article:published_time" content="%sT09:30:00+00:00">' % a["date"])
        h.append('<meta name="author" content="%s">' % A(a["author"]))
    if canonical:
        h.append('<link rel="canonical" href="https://www.%s/%s/%s">' % (a["site"], a["date"][:4], a["key"]))
    h.append('<link rel="stylesheet" href="/static/main.css"><style>body{font-family:serif}.ad{min-height:250px}</style>')
    h.append(SCRIPT)
    h.append(extra)
    return "<head>\n%s\n</head>" % "\n".join(x for x in h if x)


def page(a, body, lang="en", **kw):
    return ('<!DOCTYPE html>\n<html lang="%s">\n%s\n<body>\n%s\n</body>\n</html>\n'
            % (lang, head(a, **kw), body))


def byline(a):
    return ('<div class="byline">By <a rel="author" href="/authors/x">%s</a></div>'
            '<time datetime="%s">%s</time>' % (E(a["author"]), a["date"], a["date"]))


# ---- layouts -----------------------------------------------------------

def l_article_tag(a, rnd):
    body = "%s\n<main>\n<article>\n<header><h1>%s</h1>%s</header>\n" \
           '<figure><img src="/img/1.jpg" alt=""><figcaption>Delegates at the meeting. Photo: Agency</figcaption></figure>\n' \
           '<div class="article-body">\n%s\n</div>\n' \
           '<footer class="article-footer"><ul class="tags"><li><a href="/t/1">Diplomacy</a></li><li><a href="/t/2">Asia</a></li></ul>' \
           '<div class="share"><span>Share this article</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a></div></footer>\n' \
           "</article>\n%s\n</main>\n%s" % (site_header(a["site"], rnd), E(a["title"]), byline(a),
                                          body_html(a), related_rail(a, rnd), site_footer(a["site"]))
    return page(a, body)


def l_div_soup(a, rnd):
    # Meaningless generated class names, as CSS-in-JS sites have.
    ps = "".join('<div class="css-1x8k2"><p class="css-at9mc evys1bk0">%s</p></div>' % E(ptext(p))
                 for p in a["paras"])
    menu = "".join('<div class="css-q3z"><a href="/s/%d">%s</a></div>' % (i, s) for i, s in enumerate(SECTIONS))
    trend = "".join('<div class="css-9ab"><a href="%s"><div class="css-h1">%s</div></a></div>' % (h, E(t))
                    for t, s, h in teasers(a["key"], 5, rnd, False))
    body = ('<div id="app"><div class="css-1d"><div class="css-2e">%s</div></div>'
            '<div class="css-3f"><div class="css-4g"><div class="css-5h"><h1 class="css-6i">%s</h1>'
            '<div class="css-7j">%s</div><div class="css-8k">%s</div></div>'
            '<div class="css-0z"><div class="css-hd">Trending now</div>%s</div></div></div>'
            '<div class="css-ft"><div class="css-q3z">&copy; 2025 %s</div></div></div>'
            % (menu, E(a["title"]), E(a["author"]), ps, trend, E(a["site"])))
    return page(a, body)


def l_inline_ads(a, rnd):
    parts = []
    for i, p in enumerate(a["paras"]):
        parts.append("<p>%s</p>" % E(ptext(p)))
        if i % 2 == 1:
            parts.append('<div class="ad-container"><div class="ad-label">Advertisement</div>'
                         '<div id="div-gpt-ad-%d" class="ad-slot"></div></div>' % i)
        if i == 2:
            parts.append('<p class="ad-notice">Story continues below advertisement</p>')
    body = ('%s<div class="container"><div class="story"><h1>%s</h1>%s<div class="story-text">%s</div></div>'
            '<div class="sidebar"><div class="ad">Advertisement</div>%s</div></div>%s'
            % (site_header(a["site"], rnd), E(a["title"]), byline(a), "\n".join(parts),
               related_rail(a, rnd, 5, "most-popular", "Most popular", False), site_footer(a["site"])))
    return page(a, body)


def l_comments(a, rnd):
    body = ('%s<article class="post"><h1 class="entry-title">%s</h1><div class="entry-meta">Posted on %s by %s</div>'
            '<div class="entry-content">%s</div></article>%s%s'
            % (site_header(a["site"], rnd), E(a["title"]), a["date"], E(a["author"]), body_html(a),
               comments(rnd, n=5), site_footer(a["site"])))
    return page(a, body)


def l_comments_plain(a, rnd):
    # Comments in generic markup, no class naming them.
    cs = "".join('<div class="c-item"><div class="c-h"><strong>%s</strong></div><p>%s</p></div>' % (E(w), E(t))
                 for w, t in rnd.sample(COMMENTS, 4))
    body = ('%s<div class="wrap"><div class="main-col"><h1>%s</h1>%s<div class="txt">%s</div></div>'
            '<div class="discussion"><h2>Reader responses</h2>%s</div></div>%s'
            % (nav(rnd), E(a["title"]), byline(a), body_html(a), cs, site_footer(a["site"])))
    return page(a, body)


def l_related_rail(a, rnd):
    body = ('%s<div class="layout"><div class="col-main"><article><h1>%s</h1>%s%s</article>'
            '%s</div><div class="col-side">%s%s</div></div>%s'
            % (site_header(a["site"], rnd), E(a["title"]), byline(a), body_html(a),
               related_rail(a, rnd, 4, "more-stories", "More like this"),
               related_rail(a, rnd, 6, "rail-popular", "Popular"),
               '<div class="newsletter"><h3>Newsletter</h3><p>%s</p><form><input><button>Sign up</button></form></div>' % NEWSLETTER,
               site_footer(a["site"])))
    return page(a, body)


def l_cookie_banner(a, rnd):
    body = ('<div id="cookie-consent" class="cc-window"><p>%s</p><button>Accept all</button>'
            '<button>Reject all</button><a href="/cookies">Manage cookies</a></div>'
            '%s<main><article><h1>%s</h1>%s%s</article></main>%s'
            % (COOKIE, site_header(a["site"], rnd), E(a["title"]), byline(a), body_html(a), site_footer(a["site"])))
    return page(a, body)


def l_cookie_dialog(a, rnd):
    # Obfuscated classes, but the banner is a dialog.
    body = ('<div role="dialog" class="x91 z2"><div class="x92"><h2>Your privacy</h2><p>%s</p>'
            '<p>We and our 842 partners store and access information on a device, such as unique identifiers in cookies, to process personal data.</p></div></div>'
            '<div class="x1">%s</div><div class="x3"><h1>%s</h1><div class="x4">%s</div><div class="x5">%s</div></div>'
            '<div class="x9">%s</div>'
            % (COOKIE, nav(rnd, "x7", "div"), E(a["title"]), E(a["author"]), body_html(a), site_footer(a["site"])))
    return page(a, body)


def l_amp(a, rnd):
    ps = "\n".join("<p>%s</p>" % E(ptext(p)) for p in a["paras"])
    body = ('<header class="amp-header"><amp-img src="/logo.png" width="100" height="30"></amp-img>'
            '<button on="tap:sidebar.toggle">Menu</button></header>'
            '<amp-sidebar id="sidebar" layout="nodisplay">%s</amp-sidebar>'
            '<article class="amp-article"><h1>%s</h1><div class="amp-byline">%s</div>'
            '<amp-img src="/img/2.jpg" width="600" height="400" layout="responsive"></amp-img>'
            '<div class="amp-body">%s<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/x">'
            '<div fallback>Advertisement</div></amp-ad></div>'
            '<amp-social-share type="twitter"></amp-social-share><amp-social-share type="email"></amp-social-share>'
            '</article>%s'
            % (nav(rnd), E(a["title"]), E(a["author"]), ps, site_footer(a["site"])))
    h = ('<!doctype html>\n<html amp lang="en">\n<head><meta charset="utf-8">'
         '<script async src="https://cdn.ampproject.org/v0.js"></script>'
         '<title>%s</title><link rel="canonical" href="https://www.%s/%s/%s">'
         '<meta name="viewport" content="width=device-width">'
         '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>'
         '<noscript><style amp-boilerplate>body{-webkit-animation:none}</style></noscript>%s</head>\n'
         '<body>%s</body></html>\n' % (E(a["title"]), a["site"], a["date"][:4], a["key"], jsonld(a), body))
    return h


def l_paywall(a, rnd):
    shown = a["paras"][:2]
    g = "\n".join(ptext(p) for p in shown) + "\n"
    body = ('%s<article><h1>%s</h1>%s<div class="article-body">%s</div>'
            '<div class="paywall"><h3>Subscribe to continue reading</h3>'
            '<p>You have reached the limit of free articles this month. Subscribe today for unlimited access to our journalism, '
            'with exclusive analysis and reporting from around the world.</p>'
            '<a class="btn" href="/subscribe">Subscribe now</a><p>Already a subscriber? <a href="/login">Log in</a></p></div>'
            '</article>%s%s'
            % (site_header(a["site"], rnd), E(a["title"]), byline(a),
               "\n".join("<p>%s</p>" % E(ptext(p)) for p in shown),
               related_rail(a, rnd), site_footer(a["site"])))
    return page(a, body), g


def l_liveblog(a, rnd):
    entries = []
    for i, p in enumerate(a["paras"]):
        entries.append('<div class="live-post"><div class="live-post-time"><time datetime="%sT%02d:%02d:00+09:00">%02d:%02d KST</time></div>'
                       '<div class="live-post-body"><p>%s</p></div>'
                       '<div class="live-post-share"><a href="#">Share</a></div></div>'
                       % (a["date"], 12 - i, 5 * i, 12 - i, 5 * i, E(ptext(p))))
    body = ('%s<main><h1>%s</h1><div class="live-status">Live</div><div class="live-updates">'
            '<button>Load latest posts</button>%s</div></main>%s'
            % (site_header(a["site"], rnd), E(a["title"]), "".join(entries), site_footer(a["site"])))
    return page(a, body)


def l_table_layout(a, rnd):
    links = "<br>".join('<a href="/s/%d">%s</a>' % (i, s) for i, s in enumerate(SECTIONS))
    text = "<br><br>\n".join(E(ptext(p)) for p in a["paras"])
    body = ('<table width="100%%" border="0"><tr><td colspan="2"><img src="/banner.gif"><font size="1">%s</font></td></tr>'
            '<tr><td width="160" valign="top" bgcolor="#eeeeee"><font size="2">%s</font></td>'
            '<td valign="top"><font face="Arial"><b><font size="4">%s</font></b><br><i>%s</i><br><br>\n%s\n'
            '</font></td></tr><tr><td colspan="2" align="center"><font size="1">Copyright 2025 %s | '
            '<a href="/privacy">Privacy</a> | <a href="/contact">Contact</a></font></td></tr></table>'
            % (E(a["site"]), links, E(a["title"]), a["date"], text, E(a["site"])))
    return ('<html><head><title>%s</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body bgcolor="#ffffff">%s</body></html>\n' % (E(a["title"]), body))


def l_br_div(a, rnd):
    text = "<br />\n<br />\n".join(E(ptext(p)) for p in a["paras"])
    body = ('%s<div id="content"><div class="title">%s</div><div class="date">%s</div>'
            '<div class="text">%s</div><div class="links"><a href="/prev">Previous article</a> | <a href="/next">Next article</a></div></div>%s'
            % (nav(rnd), E(a["title"]), a["date"], text, site_footer(a["site"])))
    return page(a, body)


def l_wire(a, rnd):
    paras = list(a["paras"])
    city = {"choe-russia": "SEOUL", "istanbul-talks": "ISTANBUL"}.get(a["key"], "LONDON")
    first = "%s, %s (Wire) - %s" % (city, "Oct 26" if a["date"].endswith("26") else "May 16", ptext(paras[0]))
    paras[0] = first
    g = "\n".join(ptext(p) for p in paras) + "\n"
    ps = "\n".join('<p data-testid="paragraph-%d">%s</p>' % (i, E(ptext(p))) for i, p in enumerate(paras))
    body = ('%s<main id="main-content"><article><h1 data-testid="Heading">%s</h1>'
            '<div class="info"><span>By %s</span><time>%s</time><span>3 min read</span></div>'
            '<div class="article-body__content">%s'
            '<p class="sign-off">Reporting by %s; Editing by Mark Heinrich</p>'
            '<p class="trust">Our Standards: The Trust Principles.</p></div></article></main>%s'
            % (site_header(a["site"], rnd), E(a["title"]), E(a["author"]), a["date"], ps,
               E(a["author"]), site_footer(a["site"])))
    return page(a, body), g


def l_schema_main(a, rnd):
    body = ('%s<main role="main"><div itemscope itemtype="https://schema.org/NewsArticle">'
            '<h1 itemprop="headline">%s</h1><meta itemprop="datePublished" content="%s">'
            '<span itemprop="author">%s</span><div itemprop="articleBody">%s</div></div></main>'
            '<div class="col-right">%s</div>%s'
            % (site_header(a["site"], rnd), E(a["title"]), a["date"], E(a["author"]), body_html(a),
               related_rail(a, rnd, 5), site_footer(a["site"])))
    return page(a, body, meta=False, extra=jsonld(a))


def l_blog(a, rnd):
    widgets = ('<div id="secondary" class="widget-area"><section class="widget widget_search"><form><input></form></section>'
               '<section class="widget widget_recent_entries"><h2>Recent Posts</h2><ul>%s</ul></section>'
               '<section class="widget widget_archive"><h2>Archives</h2><ul><li><a href="#">October 2025</a></li>'
               '<li><a href="#">September 2025</a></li><li><a href="#">August 2025</a></li></ul></section>'
               '<section class="widget widget_text"><h2>About this blog</h2><p>This blog follows diplomacy and security '
               'in the Asia-Pacific region, with commentary on the week\'s events and links to the best reporting elsewhere.</p></section></div>'
               % "".join('<li><a href="%s">%s</a></li>' % (h, E(t)) for t, s, h in teasers(a["key"], 5, rnd, False)))
    body = ('<div id="page" class="site"><header id="masthead"><p class="site-title"><a href="/">%s</a></p>'
            '<p class="site-description">Notes on world affairs</p>%s</header>'
            '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main">'
            '<article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">%s</h1>'
            '<div class="entry-meta"><span class="posted-on">%s</span> <span class="byline">%s</span></div></header>'
            '<div class="entry-content">%s</div><footer class="entry-footer">Posted in <a href="#">Diplomacy</a></footer></article>'
            '<nav class="post-navigation"><a href="#">Previous post</a><a href="#">Next post</a></nav>%s'
            '</main></div>%s</div>%s</div>'
            % (E(a["site"]), nav(rnd), E(a["title"]), a["date"], E(a["author"]), body_html(a),
               comments(rnd, n=3), widgets, site_footer(a["site"])))
    return page(a, body)


def l_gov_release(a, rnd):
    body = ('<div class="skip"><a href="#main">Skip to main content</a></div>'
            '<div class="gov-banner">An official website of the government</div>%s'
            '<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>Press releases</li></ol>'
            '<div class="row"><div class="col-3 leftnav"><ul><li><a href="#">Minister</a></li><li><a href="#">Speeches</a></li>'
            '<li><a href="#">Press releases</a></li><li><a href="#">Publications</a></li><li><a href="#">Consultations</a></li></ul></div>'
            '<div class="col-9" id="main"><h1>%s</h1><p class="release-date">Press release | %s</p>%s'
            '<p class="contact">Media enquiries: press office, telephone 020 0000 0000</p></div></div>%s'
            % (nav(rnd), E(a["title"]), a["date"], body_html(a), site_footer(a["site"])))
    return page(a, body)


def l_bbc_like(a, rnd):
    more = "".join('<li><a href="%s">%s</a></li>' % (h, E(t)) for t, s, h in teasers(a["key"], 4, rnd, False))
    body = ('%s<div class="container"><div class="story-body"><h1 class="story-body__h1">%s</h1>'
            '<div class="byline"><span class="byline__name">By %s</span></div>'
            '<div class="story-body__inner" property="articleBody">%s</div>'
            '<div class="tags-container"><h2>Related Topics</h2><ul><li><a href="#">Diplomacy</a></li><li><a href="#">Asia</a></li></ul></div>'
            '<div class="share-tools-footer"><h2>Share this story</h2><a href="#">About sharing</a></div>'
            '<div class="more-on-this-story"><h2>More on this story</h2><ul>%s</ul></div></div>'
            '<div class="column--secondary">%s</div></div>%s'
            % (site_header(a["site"], rnd), E(a["title"]), E(a["author"]), body_html(a), more,
               related_rail(a, rnd, 10, "most-popular-list", "Most Read", False), site_footer(a["site"])))
    return page(a, body)


def l_guardian_like(a, rnd):
    paras = a["paras"]
    parts = []
    for i, p in enumerate(paras):
        parts.append("<p>%s</p>" % E(ptext(p)))
        if i == 1:
            # A pull quote repeats the body: furniture.
            parts.append('<aside class="pullquote"><blockquote><p>%s</p></blockquote></aside>'
                         % E(ptext(paras[0])[:80]))
        if i == 2:
            parts.append('<aside class="newsletter-signup"><p>Sign up to First Edition</p><p>%s</p>'
                         '<p>Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.</p></aside>'
                         % NEWSLETTER)
    body = ('%s<main><div class="content__headline"><h1>%s</h1></div><div class="content__standfirst"><p>%s</p></div>'
            '<div class="content__meta"><a rel="author" href="#">%s</a> <time>%s</time></div>'
            '<div class="content__article-body">%s</div>'
            '<div class="submeta"><h3>Explore more on these topics</h3><ul><li><a href="#">World news</a></li><li><a href="#">Diplomacy</a></li></ul>'
            '<a href="#">Share</a><a href="#">Reuse this content</a></div></main>%s%s'
            % (site_header(a["site"], rnd), E(a["title"]), "Leaders met amid growing pressure.", E(a["author"]), a["date"],
               "\n".join(parts), related_rail(a, rnd, 6, "onward-journey", "Most viewed"), site_footer(a["site"])))
    return page(a, body)


def l_nyt_like(a, rnd):
    parts = []
    for i, p in enumerate(a["paras"]):
        parts.append('<div class="StoryBodyCompanionColumn"><div class="css-53u6y8"><p class="css-at9mc">%s</p></div></div>' % E(ptext(p)))
        if i in (1, 3):
            parts.append('<div class="css-1d8a290"><div class="ad"><p>Advertisement</p></div></div>'
                         '<p class="css-cont"><a href="#after">Continue reading the main story</a></p>')
    body = ('%s<main id="site-content"><article id="story"><header><h1>%s</h1><p class="css-byline">By <span>%s</span></p>'
            '<time datetime="%s">%s</time></header><section name="articleBody">%s</section>'
            '<div class="bottom-of-article"><p>A version of this article appears in print on %s, Section A, Page 10 of the New York edition.</p>'
            '<a href="#">Order Reprints</a> | <a href="#">Today\'s Paper</a> | <a href="#">Subscribe</a></div></article></main>%s'
            % (site_header(a["site"], rnd), E(a["title"]), E(a["author"]), a["date"], a["date"],
               "\n".join(parts), a["date"], site_footer(a["site"])))
    return page(a, body)


def l_figures(a, rnd):
    parts = []
    for i, p in enumerate(a["paras"]):
        parts.append("<p>%s</p>" % E(ptext(p)))
        parts.append('<figure class="image"><img src="/img/%d.jpg" alt=""><figcaption><span class="caption-text">'
                     'People gather near the site on the day of the announcement, in a photograph released by local officials.</span>'
                     '<span class="credit">Photo: Agency photographer</span></figcaption></figure>' % i)
    body = ('%s<article><h1>%s</h1>%s<div class="body">%s</div></article>%s'
            % (nav(rnd), E(a["title"]), byline(a), "\n".join(parts), site_footer(a["site"])))
    return page(a, body)


def l_deep_nesting(a, rnd):
    depth = 300
    body = ('%s%s<article><h1>%s</h1>%s</article>%s%s'
            % (nav(rnd), "<div>" * depth, E(a["title"]), body_html(a), "</div>" * depth, site_footer(a["site"])))
    return page(a, body)


def l_xhtml(a, rnd):
    ps = "\n".join("<p>%s</p>" % E(ptext(p)) for p in a["paras"])
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en"><head><title>%s - %s</title>'
            '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body>'
            '<div id="header"><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/about/">About</a></li></ul></div>'
            '<div id="content"><h1>%s</h1><p class="meta">%s</p>%s</div>'
            '<div id="footer"><p>Copyright &#169; 2025 %s</p></div></body></html>\n'
            % (E(a["title"]), E(a["site"]), E(a["title"]), a["date"], ps, E(a["site"])))


def l_hidden(a, rnd):
    body = ('<noscript><p>Please enable JavaScript to view this site. Our site works best with JavaScript turned on in your browser settings.</p></noscript>'
            '<template><p>Template copy of the paragraph that is never shown on the page to readers at all.</p></template>'
            '%s<article><h1>%s</h1><span class="sr-only">Article text begins here, skip to the end of the article for more stories.</span>'
            '%s<div style="display: none"><p>This hidden paragraph was left in the page by the content management system and is never shown.</p></div>'
            '<div hidden><p>Another hidden paragraph that browsers never show to the people who read the article on the page.</p></div>'
            '<div aria-hidden="true" class="modal"><p>You have been logged out of your account because you were inactive for a long time.</p></div>'
            '</article>%s' % (nav(rnd), E(a["title"]), body_html(a), site_footer(a["site"])))
    return page(a, body)


def l_broken(a, rnd):
    # Unclosed paragraphs, misnested inline tags, stray end tags, an unclosed
    # div and attribute soup.
    ps = []
    for i, p in enumerate(a["paras"]):
        t = E(ptext(p))
        if i == 0:
            ps.append("<p><b>%s</b>" % t)          # no </p>
        elif i == 1:
            ps.append("<p><i>%s</p></i>" % t)      # misnested
        elif i == 2:
            ps.append("</span><p class=x id=y data-z>%s</p></td>" % t)  # stray end tags
        else:
            ps.append("<p>%s" % t)
    body = ('<div class=menu><a href=/>Home<a href=/world>World</a><a href=/asia>Asia</a></div>'
            '<div class="content"><h1>%s<h1>%s<div class=txt>%s'
            '<div class=footer>All rights reserved &copy 2025' % (E(a["title"]), "", "\n".join(ps)))
    return '<html><head><title>%s</title><meta charset=utf-8></head><body>%s' % (E(a["title"]), body)


def l_no_article(a, rnd):
    # A section front: headlines and teasers, no article.
    cards = "".join('<div class="card"><a href="%s"><h3>%s</h3></a><p>%s</p><span class="time">2 hours ago</span></div>'
                    % (h, E(t), E(s)) for t, s, h in teasers("", 14, rnd))
    body = ('%s<main><h1>Asia</h1><section class="top-stories"><h2>Top stories</h2>%s</section>'
            '<section class="latest"><h2>Latest</h2><ul>%s</ul></section></main>%s'
            % (site_header("asiawire.example", rnd), cards,
               "".join('<li><a href="%s">%s</a></li>' % (h, E(t)) for t, s, h in teasers("", 8, rnd, False)),
               site_footer("asiawire.example")))
    fake = dict(title="Asia news", date="2025-10-27", author="", site="asiawire.example", key="asia", paras=[])
    h = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Asia | Asiawire</title></head>'
         '<body>%s</body></html>\n' % body)
    return h, ""


def l_huge(a, rnd):
    # A 2 MB page: the article among hundreds of comments-free furniture
    # blocks, long scripts and a giant mega-menu.
    big_script = "<script>var data=%s;</script>" % ("[" + ",".join(str(rnd.randint(0, 99999)) for _ in range(260000)) + "]")
    mega = "".join('<li><a href="/topic/%d">Topic number %d</a></li>' % (i, i) for i in range(9000))
    rails = "".join(related_rail(a, rnd, 6, "related", "Related") for _ in range(60))
    body = ('%s<nav class="mega-menu"><ul>%s</ul></nav><main><article><h1>%s</h1>%s%s</article></main>%s%s%s'
            % (site_header(a["site"], rnd), mega, E(a["title"]), byline(a), body_html(a), rails,
               big_script, site_footer(a["site"])))
    return page(a, body)


def l_korean(a, rnd):
    knav = "".join('<li><a href="#">%s</a></li>' % s for s in ["정치", "경제", "사회", "국제", "문화", "스포츠", "오피니언"])
    rel = "".join('<li><a href="#">%s</a></li>' % t for t in [
        "여야, 새 정부 첫 국회 협상 돌입", "경제부총리 후보자 지명 임박", "대통령실, 비서실장 인선 발표"])
    body = ('<header><nav><ul>%s</ul></nav></header><div id="container"><div class="article_head"><h1>%s</h1>'
            '<div class="byline">%s 기자 | 입력 %s</div></div><div id="article_body" class="article_body">%s</div>'
            '<div class="copyright">저작권자 © 한반도뉴스 무단전재 및 재배포 금지</div>'
            '<div class="related"><h3>관련 기사</h3><ul>%s</ul></div></div>'
            '<footer><p>회사소개 | 개인정보처리방침 | 청소년보호정책 | 이메일무단수집거부</p></footer>'
            % (knav, E(a["title"]), E(a["author"]), a["date"], body_html(a), rel))
    return page(a, body, lang="ko", title_suffix=False)


def l_russian(a, rnd):
    rnav = "".join('<li><a href="#">%s</a></li>' % s for s in ["Политика", "Экономика", "Мир", "Общество", "Спорт", "Культура"])
    rel = "".join('<li><a href="#">%s</a></li>' % t for t in [
        "Песков прокомментировал итоги переговоров", "Курс рубля на торгах в понедельник", "Погода в Москве на выходные"])
    body = ('<div class="top-menu"><ul>%s</ul></div><div class="article"><h1>%s</h1><div class="article__info">%s, %s</div>'
            '<div class="article__text">%s</div><div class="article__share">Поделиться</div></div>'
            '<div class="sidebar"><h3>Читайте также</h3><ul>%s</ul></div>'
            '<div class="footer">© 2025 Новости мира. Все права защищены.</div>'
            % (rnav, E(a["title"]), E(a["author"]), a["date"], body_html(a), rel))
    return page(a, body, lang="ru")


def l_russian_cp1251(a, rnd):
    h = l_russian(a, rnd).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')
    return h.replace('<html lang="ru">', "<html>"), None, "cp1251"


def l_cp1252(a, rnd):
    # Curly quotes and dashes in Windows-1252, declared.
    a2 = dict(a)
    a2["paras"] = [ptext(p).replace("'", "\u2019") for p in a["paras"]]
    h = l_article_tag(a2, rnd).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
    return h, gold(a2), "cp1252"


def l_latin1(a, rnd):
    h = l_bbc_like(a, rnd).replace('<meta charset="utf-8">', '<meta charset="ISO-8859-1">').replace('lang="en"', 'lang="es"')
    return h, None, "latin-1"


def l_wrong_utf8(a, rnd):
    # Declared UTF-8, saved in Windows-1252.
    a2 = dict(a)
    a2["paras"] = [ptext(p).replace("'", "\u2019").replace(" - ", " \u2013 ") for p in a["paras"]]
    h = l_inline_ads(a2, rnd)
    return h, gold(a2), "cp1252"


def l_wrong_latin1(a, rnd):
    # Declared Latin-1, saved in UTF-8.
    h = l_comments(a, rnd).replace('<meta charset="utf-8">', '<meta http-equiv="content-type" content="text/html;charset=iso-8859-1">')
    return h, None, "utf-8"


def l_bom(a, rnd):
    h = l_related_rail(a, rnd).replace('<meta charset="utf-8">', "")
    return "\ufeff" + h, None, "utf-8"


def l_utf16(a, rnd):
    return l_article_tag(a, rnd).replace('<meta charset="utf-8">', ""), None, "utf-16"


def l_headings(a, rnd):
    body = ('%s<div class="page"><div class="article-container"><h1>%s</h1>%s<div class="rich-text">%s</div></div>'
            '<div class="read-next"><h2>Read next</h2>%s</div></div>%s'
            % (site_header(a["site"], rnd), E(a["title"]), byline(a), body_html(a, h2="h3"),
               "".join('<div class="teaser"><a href="%s"><h3>%s</h3></a><p>%s</p></div>' % (h, E(t), E(s))
                       for t, s, h in teasers(a["key"], 3, rnd)), site_footer(a["site"])))
    return page(a, body)


def l_short_heavy(a, rnd):
    # A short article drowned in furniture.
    a2 = dict(a)
    a2["paras"] = a["paras"][:2]
    body = ('<div id="cookie-notice"><p>%s</p></div>%s<div class="breaking-news-ticker">Breaking: markets open lower</div>'
            '<div class="main"><h1>%s</h1>%s<div class="content">%s</div>%s%s</div><div class="sidebar">%s</div>%s'
            % (COOKIE, site_header(a["site"], rnd), E(a["title"]), byline(a), body_html(a2),
               related_rail(a, rnd, 6, "related-news", "Related"), comments(rnd, n=3),
               related_rail(a, rnd, 8, "popular", "Most read", False), site_footer(a["site"])))
    return page(a2, body), gold(a2)


PAGES = [
    ("article-tag", "choe-russia", l_article_tag),
    ("div-soup", "beijing-parade", l_div_soup),
    ("inline-ads", "nato-hague", l_inline_ads),
    ("comment-section", "g7-kananaskis", l_comments),
    ("comments-unmarked", "india-pakistan", l_comments_plain),
    ("related-rail", "pope-leo", l_related_rail),
    ("cookie-banner", "merz-chancellor", l_cookie_banner),
    ("cookie-dialog", "canada-election", l_cookie_dialog),
    ("amp", "myanmar-quake", l_amp),
    ("paywall", "gaza-hostages", l_paywall),
    ("live-blog", "liveblog", l_liveblog),
    ("table-layout", "thai-cambodia", l_table_layout),
    ("br-paragraphs", "australia-election", l_br_div),
    ("wire-service", "istanbul-talks", l_wire),
    ("schema-itemprop", "takaichi", l_schema_main),
    ("blog-wordpress", "alaska-summit", l_blog),
    ("gov-press-release", "eu-syria", l_gov_release),
    ("story-body", "duterte-icc", l_bbc_like),
    ("pullquote-newsletter", "nepal-protests", l_guardian_like),
    ("continue-reading-ads", "poland-election", l_nyt_like),
    ("figure-captions", "romania-election", l_figures),
    ("deep-nesting", "madagascar", l_deep_nesting),
    ("xhtml", "apec-prep", l_xhtml),
    ("hidden-elements", "key-facts", l_hidden),
    ("broken-nesting", "quote-statement", l_broken),
    ("no-article", "apec-prep", l_no_article),
    ("huge-2mb", "gaza-hostages", l_huge),
    ("korean", "korea-election-ko", l_korean),
    ("russian", "istanbul-talks-ru", l_russian),
    ("russian-cp1251", "alaska-summit-ru", l_russian_cp1251),
    ("windows-1252", "merz-chancellor", l_cp1252),
    ("latin1-spanish", "pope-leo-es", l_latin1),
    ("wrong-charset-utf8", "nato-hague", l_wrong_utf8),
    ("wrong-charset-latin1", "romania-election", l_wrong_latin1),
    ("bom-utf8", "thai-cambodia", l_bom),
    ("utf16-bom", "australia-election", l_utf16),
    ("subheadings-lists", "key-facts", l_headings),
    ("short-heavy-furniture", "eu-syria", l_short_heavy),
    ("wire-copy-choe", "choe-russia", l_wire),
]


def main():
    for name, key, layout in PAGES:
        rnd = random.Random(name)
        a = ARTICLES[key]
        r = layout(a, rnd)
        g, enc = None, "utf-8"
        if isinstance(r, tuple):
            if len(r) == 2:
                r, g = r
            else:
                r, g, enc = r
        if g is None:
            g = gold(a)
        data = r.encode(enc)
        if enc == "utf-16":
            data = r.encode("utf-16-le")
            data = b"\xff\xfe" + data
        with open(os.path.join(HERE, name + ".html"), "wb") as f:
            f.write(data)
        with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(g)
    print("%d pages" % len(PAGES))


if __name__ == "__main__":
    main()
