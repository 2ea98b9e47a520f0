/*
 * cmd_serve.c - `dyad serve`: the store's JSON API and the dashboard over
 * HTTP, until Ctrl-C or SIGTERM.
 *
 * The address it listens on goes to stdout as a URL, first thing, so a
 * script that asked for port 0 can read which one it got; requests are
 * logged on stderr.  The signals are blocked before the server's threads
 * start (they inherit the mask) and taken here with sigwait().
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#ifndef DYAD_WEBDIR
#define DYAD_WEBDIR "web/dist"
#endif

static const char serve_help[] =
"usage: dyad serve [OPTIONS]\n"
"\n"
"Serve a store over HTTP: a JSON API with the questions of 'dyad events',\n"
"'dyads', 'timeline', 'focus', 'story' and 'related', each article with the\n"
"spans of its events, POST /api/articles to code and store an article at\n"
"once, and the dashboard at /.  The API is described in docs/api.md.\n"
"Prints the URL it listens on to stdout, then one line per request to\n"
"stderr; Ctrl-C or SIGTERM stops it.\n"
"\n"
"options:\n"
"  --db FILE              the store (default dyad.db)\n"
"  --listen HOST:PORT     address to listen on (default 127.0.0.1:8080;\n"
"                         port 0 takes a free one; [::1]:8080 for IPv6)\n"
"  --web DIR              the dashboard's files (default the built web/dist,\n"
"                         or $DYAD_WEB)\n"
"  --read-only            refuse POST /api/articles (no dictionaries loaded)\n"
"  --dict PATH            dictionaries for coding posted articles, as for\n"
"                         'dyad ingest'; repeatable\n"
"  --dict-format F        format of the --dict options after it\n"
"  --threads N            threads answering requests (default 2)\n"
"  --max-connections N    connections at once; more get 503 (default 64)\n"
"  --max-body BYTES       largest request body (default 8 MiB)\n"
"  --timeout SECONDS      close a connection idle this long (default 30)\n"
"  --quiet                no request log\n"
"  -h, --help             this help\n"
"\n"
"exit status: 0 stopped by a signal, 2 usage error, 3 dictionary or store\n"
"format error, 4 cannot listen or open the store.\n";

struct serve_opts {
	struct cli_dicts dicts;
	struct dyad_server_config cfg;
	char host[256];
	int read_only, quiet, web_given;
};

/* "HOST:PORT", "[V6]:PORT", ":PORT" or "PORT" into host and port. */
static int parse_listen(const char *s, char *host, size_t cap, unsigned *port)
{
	const char *colon, *h = s;
	size_t n;
	char *end;
	unsigned long p;

	if (s[0] == '[') {
		const char *close = strchr(s, ']');
		if (!close || close[1] != ':')
			return -1;
		h = s + 1;
		n = (size_t)(close - h);
		colon = close + 1;
	} else if ((colon = strrchr(s, ':'))) {
		n = (size_t)(colon - s);
	} else {
		n = 0;
		colon = s - 1;
	}
	if (n >= cap)
		return -1;
	if (n) {
		memcpy(host, h, n);
		host[n] = '\0';
	} else {
		snprintf(host, cap, "127.0.0.1");
	}
	errno = 0;
	p = strtoul(colon + 1, &end, 10);
	if (!colon[1] || *end || errno || p > 65535)
		return -1;
	*port = (unsigned)p;
	return 0;
}

static int parse_uint(const char *opt, const char *arg, unsigned lo, unsigned hi,
		      unsigned *out)
{
	size_t v;

	if (cli_size_option(&v, opt, arg))
		return -1;
	if (v < lo || v > hi) {
		cli_error("%s: '%s' is not between %u and %u", opt, arg, lo, hi);
		return -1;
	}
	*out = (unsigned)v;
	return 0;
}

static int parse_opts(int argc, char **argv, struct serve_opts *o)
{
	struct dyad_server_config *c = &o->cfg;
	int i, r;

	memset(o, 0, sizeof(*o));
	dyad_server_config_init(c);
	c->db = "dyad.db";
	snprintf(o->host, sizeof(o->host), "%s", c->host);
	c->host = o->host;
	c->web_dir = getenv("DYAD_WEB") ? getenv("DYAD_WEB") : DYAD_WEBDIR;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(serve_help, stdout);
			exit(EXIT_OK);
		}
		if ((r = cli_dict_option(&o->dicts, argc, argv, &i))) {
			if (r < 0)
				return -1;
			continue;
		}
		if (!strcmp(a, "--read-only")) {
			o->read_only = 1;
			continue;
		}
		if (!strcmp(a, "--quiet")) {
			o->quiet = 1;
			continue;
		}
		if (strncmp(a, "--", 2) || (strcmp(a, "--db") && strcmp(a, "--listen") &&
		    strcmp(a, "--web") && strcmp(a, "--threads") &&
		    strcmp(a, "--max-connections") && strcmp(a, "--max-body") &&
		    strcmp(a, "--timeout"))) {
			cli_error("serve: unknown %s '%s'; see 'dyad serve --help'",
				  a[0] == '-' ? "option" : "argument", a);
			return -1;
		}
		if (!v) {
			cli_error("serve: %s needs a value; see 'dyad serve --help'", a);
			return -1;
		}
		i++;
		if (!strcmp(a, "--db")) {
			c->db = v;
		} else if (!strcmp(a, "--web")) {
			c->web_dir = v;
			o->web_given = 1;
		} else if (!strcmp(a, "--listen")) {
			if (parse_listen(v, o->host, sizeof(o->host), &c->port)) {
				cli_error("--listen: '%s' is not HOST:PORT (e.g. 127.0.0.1:8080)", v);
				return -1;
			}
		} else if (!strcmp(a, "--threads")) {
			if (parse_uint(a, v, 1, 256, &c->threads))
				return -1;
		} else if (!strcmp(a, "--max-connections")) {
			if (parse_uint(a, v, 1, 100000, &c->max_connections))
				return -1;
		} else if (!strcmp(a, "--timeout")) {
			if (parse_uint(a, v, 1, 86400, &c->timeout))
				return -1;
		} else if (cli_size_option(&c->max_body, a, v)) {
			return -1;
		}
	}
	c->web_required = o->web_given;
	return 0;
}

static void log_line(const char *line, void *ctx)
{
	(void)ctx;
	fprintf(stderr, "%s\n", line);
}

int cmd_serve(int argc, char **argv)
{
	struct serve_opts o;
	dyad_lexicon *lex = NULL;
	dyad_server *srv = NULL;
	dyad_error err = { 0, "" };
	sigset_t set;
	int rc, sig;

	if (parse_opts(argc, argv, &o))
		return EXIT_USAGE;
	if (access(o.cfg.db, F_OK)) {
		cli_error("%s: no such store; fill one with 'dyad ingest --db %s'",
			  o.cfg.db, o.cfg.db);
		return EXIT_FATAL;
	}
	if (!o.read_only) {
		if ((rc = cli_load_lexicon(&o.dicts, &lex)) != EXIT_OK)
			return rc;
		o.cfg.lex = lex;
	}
	if (!o.quiet)
		o.cfg.log = log_line;

	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);

	if ((rc = dyad_server_start(&srv, &o.cfg, &err))) {
		cli_error("%s", err.msg);
		dyad_lexicon_free(lex);
		return rc == DYAD_EUSAGE ? EXIT_USAGE : rc == DYAD_EPARSE ? EXIT_DATA : EXIT_FATAL;
	}
	printf("http://%s%s%s:%u/\n", strchr(o.host, ':') ? "[" : "", o.host,
	       strchr(o.host, ':') ? "]" : "", dyad_server_port(srv));
	fflush(stdout);
	if (!dyad_server_has_web(srv))
		cli_error("note: no dashboard at %s (build it with 'make web'); "
			  "serving the API only", o.cfg.web_dir);
	cli_error("serving %s%s; Ctrl-C stops", o.cfg.db,
		  o.read_only ? " (read-only)" : "");
	sigwait(&set, &sig);
	cli_error("stopping (%s)", sig == SIGINT ? "interrupt" : "terminate");
	dyad_server_stop(srv);
	dyad_lexicon_free(lex);
	return EXIT_OK;
}
